from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyBlock


class HomePage(Page):
    """The network's front page, one per language."""

    intro = StreamField(BodyBlock(), blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.StandardPage",
        "pages.MentorIndexPage",
        "pages.NewsIndexPage",
        "pages.MinutesIndexPage",
        "pages.GuideIndexPage",
        "pages.EventIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from pages.directory import your_mentors
        from pages.events import upcoming_events
        from pages.news import latest_news

        context = super().get_context(request, *args, **kwargs)
        context.update(your_mentors(request))
        context.update(latest_news(request))
        context["upcoming_events"] = upcoming_events(translation.get_language())
        return context


class StandardPage(Page):
    """A general page: about the network, central services, how to join."""

    lead = models.TextField(_("lead paragraph"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + ["lead", "body"]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        # A page's headings name what it is about more than its paragraphs
        # do: the competence-areas page, not every mentor who lists one.
        index.SearchField("headings", boost=1),
    ]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = _("general page")

    def headings(self):
        return " ".join(
            block.value["text"] for block in self.body if block.block_type == "heading"
        )
