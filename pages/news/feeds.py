"""News feeds (Atom and RSS) for each language, and for each service."""

import datetime
import re

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from pages.common.caching.personal import keep_private
from pages.common.languages import reader_language
from pages.common.organisation import Service
from pages.common.subscriptions import session_or_key_required
from pages.news.context import published_news
from pages.news.index_page import NewsIndexPage
from pages.news.models import NewsTopic

FEED_LENGTH = 20
NOON = datetime.time(12)
# Characters XML 1.0 cannot hold: text pasted with them (a vertical tab from
# a word processor) would make the feed unwritable.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value) -> str:
    return NOT_XML.sub("", str(value))


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, service=None):
        language = reader_language()
        index = (
            NewsIndexPage.objects.live().filter(locale__language_code=language).first()
        )
        if index is None:
            raise Http404
        if service is not None:
            service = Service.objects.filter(
                locale__language_code=language, slug=service
            ).first()
            if service is None:
                raise Http404
        self.request = request
        return index, service

    def title(self, obj) -> str:
        index, service = obj
        if service is None:
            return _("Digimentors: %(title)s") % {"title": xml_text(index.title)}
        return _("Digimentors: %(title)s from %(service)s") % {
            "title": xml_text(index.title),
            "service": xml_text(service.name),
        }

    def link(self, obj) -> str:
        return obj[0].get_full_url(self.request)

    def subtitle(self, obj) -> str:
        return _("News for the digimentor network.")

    description = subtitle

    def items(self, obj):
        index, service = obj
        news = published_news(self.request, reader_language()).child_of(index)
        if service is not None:
            news = news.filter(service=service)
        return list(
            news.select_related("service").prefetch_related(
                Prefetch("tagged_items", NewsTopic.objects.select_related("tag"))
            )[:FEED_LENGTH]
        )

    def item_title(self, item) -> str:
        return xml_text(item.title)

    def item_description(self, item) -> str:
        return xml_text(item.lead)

    def item_link(self, item) -> str:
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # The news date is what readers see; the publishing time is the
        # closest there is to a time of day for it.
        published = item.first_published_at
        if published and timezone.localdate(published) == item.date:
            return published
        return timezone.make_aware(datetime.datetime.combine(item.date, NOON))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item) -> str:
        return xml_text(item.service.name)

    def item_categories(self, item) -> list[str]:
        return [xml_text(tagged.tag.name) for tagged in item.tagged_items.all()]


class RssNewsFeed(NewsFeed):
    feed_type = Rss201rev2Feed


# A feed object per request: it keeps the request for absolute addresses.
@session_or_key_required
def atom_feed(request: HttpRequest, service=None) -> HttpResponse:
    return keep_private(NewsFeed()(request, service=service))


@session_or_key_required
def rss_feed(request: HttpRequest, service=None) -> HttpResponse:
    return keep_private(RssNewsFeed()(request, service=service))
