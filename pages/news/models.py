"""A news item from a central service, and who it is for (its audience)."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.common import topics
from pages.common.blocks import NewsBodyBlock, headings
from pages.common.chosen_documents import PrivateImageChooser
from pages.common.languages import reader_language
from pages.common.organisation import Campus, Unit, localized_names
from pages.news.forms import NewsPageForm


class NewsPage(Page):
    date = models.DateField(_("news date"), default=timezone.localdate)
    service = models.ForeignKey(
        "pages.Service",
        verbose_name=_("publishing service"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topics"), through="pages.NewsTopic", blank=True
    )
    lead = models.TextField(_("lead paragraph"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. Shown on the news card and above the news; describe it "
            "in the image's description."
        ),
    )
    body = StreamField(NewsBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldRowPanel(["date", "service"]),
        "lead",
        FieldPanel("image", widget=PrivateImageChooser),
        "body",
        "topics",
        MultiFieldPanel(
            [
                InlinePanel("audience_units", label=_("Units")),
                InlinePanel("audience_campuses", label=_("Campuses")),
            ],
            heading=_("Audience"),
            help_text=_(
                "Leave both empty for news to everyone. News for a faculty "
                "or division reaches its units too."
            ),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("headings", boost=1),
        index.FilterField("date"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.SearchField("topic_translations"),
        index.RelatedFields("service", [index.SearchField("name")]),
    ]
    base_form_class = NewsPageForm
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []
    template = "news/news_page.html"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def topic_translations(self) -> str:
        return topics.translated_names(self)

    def headings(self) -> str:
        return headings(self.body)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["audience"] = audience_names(self)
        return context


class NewsTopic(TaggedItemBase):
    content_object = ParentalKey(
        NewsPage, on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsAudienceUnit(Orderable):
    page = ParentalKey(
        NewsPage, on_delete=models.CASCADE, related_name="audience_units"
    )
    unit = models.ForeignKey(
        "pages.Unit", verbose_name=_("unit"), on_delete=models.CASCADE, related_name="+"
    )

    panels = ["unit"]


class NewsAudienceCampus(Orderable):
    page = ParentalKey(
        NewsPage, on_delete=models.CASCADE, related_name="audience_campuses"
    )
    campus = models.ForeignKey(
        "pages.Campus",
        verbose_name=_("campus"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = ["campus"]


def audience_name_maps(language):
    return localized_names(Unit, language), localized_names(Campus, language)


def audience_names(news, names=None):
    """Names of the units and campuses a news item is for, in the reader's
    language; empty for news to everyone."""
    unit_names, campus_names = names or audience_name_maps(reader_language())
    return [
        unit_names.get(link.unit_id) or link.unit.name
        for link in news.audience_units.all()
    ] + [
        campus_names.get(link.campus_id) or link.campus.name
        for link in news.audience_campuses.all()
    ]
