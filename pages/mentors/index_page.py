"""The mentor directory: the page staff browse and filter mentors on, and
the nearest-mentor finder under it."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.common.index_pages import SectionIndexPage
from pages.mentors.directory import directory_context
from pages.mentors.finder_page import finder_context


class MentorIndexPage(RoutablePageMixin, SectionIndexPage):
    """The mentor directory, with the nearest-mentor finder under `nearest/`."""

    subpage_types = ["pages.MentorPage"]
    template = "mentors/mentor_index_page.html"

    class Meta:
        verbose_name = _("mentor directory")

    @path("", name="directory")
    def directory(self, request: HttpRequest):
        return self.render(request, context_overrides=directory_context(request))

    @path("nearest/", name="nearest")
    def nearest(self, request: HttpRequest):
        return self.render(
            request,
            context_overrides=finder_context(request),
            template="mentors/mentor_finder.html",
        )
