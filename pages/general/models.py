"""The home page and general pages (about the network, central services, how
to join)."""

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.common.access import open_pages
from pages.common.blocks import BodyBlock, headings
from pages.common.languages import reader_language
from pages.events.context import upcoming_events
from pages.mentors.finder_page import your_mentors
from pages.mentors.index_page import MentorIndexPage
from pages.news.context import latest_news
from pages.news.index_page import NewsIndexPage


class HomePage(Page):
    """The network's front page, one per language."""

    intro = StreamField(BodyBlock(), blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("headings", boost=1),
    ]
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
    template = "general/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def headings(self) -> str:
        return headings(self.intro)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        language = reader_language()
        context["directory"] = section_index(request, MentorIndexPage, language)
        context.update(your_mentors(request))
        context["news_index"] = section_index(request, NewsIndexPage, language)
        context.update(latest_news(request))
        context["upcoming_events"] = upcoming_events(request, language)
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
    template = "general/standard_page.html"

    class Meta:
        verbose_name = _("general page")

    def headings(self) -> str:
        return headings(self.body)


def section_index(request: HttpRequest, model, language) -> Page | None:
    """The live index page of a section in `language`, for links to it, when
    the reader may open it."""
    indexes = model.objects.live().filter(locale__language_code=language)
    return open_pages(request, indexes).first()
