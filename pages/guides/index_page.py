"""The guides section's index page, filtered by competence area, topic and
level."""

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from pages.common.index_pages import SectionIndexPage
from pages.guides.context import guide_index_context


class GuideIndexPage(SectionIndexPage):
    """Step-by-step guides, filtered by competence area, topic and level."""

    subpage_types = ["pages.GuidePage"]
    template = "guides/guide_index_page.html"

    class Meta:
        verbose_name = _("guide index")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(guide_index_context(self, request))
        return context
