"""The mentor directory: the page staff browse and filter mentors on, and
the nearest-mentor finder under it."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from pages.mentors.directory import directory_context, finder_context


class MentorIndexPage(RoutablePageMixin, Page):
    """The mentor directory, with the nearest-mentor finder under `nearest/`."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.MentorPage"]
    max_count_per_parent = 1
    template = "mentors/mentor_index_page.html"

    class Meta:
        verbose_name = _("mentor directory")

    @path("", name="directory")
    def directory(self, request):
        return self.render(request, context_overrides=directory_context(request))

    @path("nearest/", name="nearest")
    def nearest(self, request):
        return self.render(
            request,
            context_overrides=finder_context(request),
            template="mentors/mentor_finder.html",
        )
