"""The news index's filters and listing, and the home page's latest news.

Audience links point at the Finnish (canonical) units and campuses; matching
goes through `translation_key`, so a link made on a translated page works
the same.
"""

from typing import Any

from django import forms
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from pages.common import topics
from pages.common.access import open_pages
from pages.common.languages import reader_language
from pages.common.organisation import Campus, Service, Unit, unit_tree
from pages.common.paginator import IdPaginator
from pages.common.staff_profile import saved_profile
from pages.common.subscriptions import subscription_url
from pages.news.models import (
    NewsAudienceCampus,
    NewsAudienceUnit,
    NewsPage,
    NewsTopic,
    audience_name_maps,
    audience_names,
)

PAGE_SIZE = 10
# The home page's news card image slot, as news_card.html asks for it.
CARD_IMAGE = "fill-480x270"
EVERYONE, MINE = "", "mine"


def published_news(request: HttpRequest, language) -> QuerySet[NewsPage]:
    """Live news written in `language` (untranslated aliases left out) that
    the reader may open, newest first."""
    news = NewsPage.objects.live().filter(
        locale__language_code=language, alias_of__isnull=True
    )
    return open_pages(request, news).order_by("-date", "-pk")


def with_listing_relations(news) -> QuerySet[NewsPage]:
    return news.select_related("service").prefetch_related(
        Prefetch("tagged_items", NewsTopic.objects.select_related("tag")),
        Prefetch("audience_units", NewsAudienceUnit.objects.select_related("unit")),
        Prefetch(
            "audience_campuses", NewsAudienceCampus.objects.select_related("campus")
        ),
    )


class NewsFilterForm(forms.Form):
    service = forms.ChoiceField(label=_("Service"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(
        label=_("Show"),
        required=False,
        widget=forms.RadioSelect,
        choices=[
            (EVERYONE, _("All news")),
            (MINE, _("News for my unit and campus")),
        ],
    )

    def __init__(self, *args, language, request: HttpRequest, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        any_choice = [("", _("Any"))]
        self.fields["service"].choices = any_choice + list(
            Service.objects.filter(locale__language_code=language).values_list(
                "slug", "name"
            )
        )
        self.fields["topic"].choices = any_choice + topics.choices(
            topics.open_tags(request, NewsTopic.objects.all())
        )


def for_audience(news, unit_id) -> QuerySet[NewsPage]:
    """News for everyone, plus news for the Finnish unit `unit_id` (or a unit
    above it) or one of its campuses."""
    units_above = _ancestors(unit_id)
    unit_keys = Unit.objects.filter(pk__in=units_above).values("translation_key")
    campus_keys = Campus.objects.filter(units__pk=unit_id).values("translation_key")
    targeted_units = NewsAudienceUnit.objects.filter(page=OuterRef("pk"))
    targeted_campuses = NewsAudienceCampus.objects.filter(page=OuterRef("pk"))
    return news.filter(
        Q(~Exists(targeted_units) & ~Exists(targeted_campuses))
        | Exists(targeted_units.filter(unit__translation_key__in=unit_keys))
        | Exists(targeted_campuses.filter(campus__translation_key__in=campus_keys))
    )


def _ancestors(unit_id):
    parents = dict(unit_tree())
    found = []
    while unit_id is not None and unit_id not in found:
        found.append(unit_id)
        unit_id = parents.get(unit_id)
    return found


def news_index_context(index, request: HttpRequest) -> dict[str, Any]:
    language = reader_language()
    profile = saved_profile(request)
    unit_id = profile.unit_id if profile else None
    form = NewsFilterForm(request.GET, language=language, request=request)
    news = published_news(request, language).child_of(index)
    if form.is_valid():
        data = form.cleaned_data
        if data["service"]:
            news = news.filter(service__slug=data["service"])
        if data["topic"]:
            news = news.filter(tagged_items__tag__slug=data["topic"])
        if data["audience"] == MINE and unit_id:
            news = for_audience(news, unit_id)
    else:
        news = news.none()
    results = IdPaginator(news, PAGE_SIZE).get_page(request.GET.get("page"))
    by_id = with_listing_relations(NewsPage.objects.filter(pk__in=results)).in_bulk()
    items = [by_id[pk] for pk in results]
    names = audience_name_maps(language)
    services = Service.objects.filter(locale__language_code=language)
    return {
        "filter_form": form,
        "feed_links": feed_links(request, services),
        "has_saved_unit": bool(unit_id),
        "results": results,
        "news_items": [(item, audience_names(item, names)) for item in items],
    }


def latest_news(request: HttpRequest, limit: int = 3) -> dict[str, Any]:
    """The home page's latest news: for the reader's unit and campus (and
    everyone) once they have saved their unit."""
    language = reader_language()
    news = published_news(request, language)
    profile = saved_profile(request)
    if profile and profile.unit_id:
        news = for_audience(news, profile.unit_id)
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE)
    news = with_listing_relations(news).prefetch_related(Prefetch("image", images))
    items = list(news[:limit])
    names = audience_name_maps(language)
    return {"latest_news": [(item, audience_names(item, names)) for item in items]}


def feed_links(request: HttpRequest, services) -> list[tuple[str, str, str]]:
    """(label, Atom address, RSS address) for the language's feed and each
    service's, with the reader's subscription key."""
    links = [
        (
            _("All news"),
            subscription_url(request, reverse("news_feed")),
            subscription_url(request, reverse("news_feed_rss")),
        )
    ]
    for service in services:
        links.append(
            (
                service.name,
                subscription_url(
                    request, reverse("service_news_feed", args=[service.slug])
                ),
                subscription_url(
                    request, reverse("service_news_feed_rss", args=[service.slug])
                ),
            )
        )
    return [
        (label, request.build_absolute_uri(atom), request.build_absolute_uri(rss))
        for label, atom, rss in links
    ]
