"""The guides section's index page, filtered by competence area, topic and
level."""

from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from pages.guides.context import guide_index_context


class GuideIndexPage(Page):
    """Step-by-step guides, filtered by competence area, topic and level."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = Page.content_panels + ["intro"]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.GuidePage"]
    max_count_per_parent = 1
    template = "guides/guide_index_page.html"

    class Meta:
        verbose_name = _("guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(guide_index_context(self, request))
        return context
