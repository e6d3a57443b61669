from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.blocks import NewsBodyBlock
from pages.forms import NewsPageForm


class NewsIndexPage(Page):
    """News from central services, newest first, filtered by service, topic
    and audience; feeds per language and per service."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from pages.news import news_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(news_index_context(self, request))
        return context


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
    body = StreamField(NewsBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldRowPanel(["date", "service"]),
        "lead",
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
        index.FilterField("date"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("service", [index.SearchField("name")]),
    ]
    base_form_class = NewsPageForm
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def get_context(self, request, *args, **kwargs):
        from pages.news import audience_names

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
