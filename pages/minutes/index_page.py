"""The minutes section's index page: minutes by year, with the open action
items of recent meetings."""

from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from pages.minutes.context import minutes_index_context


class MinutesIndexPage(Page):
    """Meeting minutes by year, with the open action items of recent meetings."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.MeetingMinutesPage"]
    max_count_per_parent = 1
    template = "minutes/minutes_index_page.html"

    class Meta:
        verbose_name = _("minutes index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(minutes_index_context(self, request))
        return context
