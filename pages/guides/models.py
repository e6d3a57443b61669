import datetime
from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.common import topics
from pages.common.blocks import GuideBlock, headings
from pages.guides.matching import mentors_for_guide

# A guide nobody has checked for this long may describe screens that changed.
REVIEW_AFTER = datetime.timedelta(days=365)


def review_due_before() -> datetime.date:
    return timezone.localdate() - REVIEW_AFTER


class GuidePage(Page):
    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    lead = models.TextField(_("lead paragraph"))
    steps = StreamField(GuideBlock(), verbose_name=_("instructions"))
    competence_area = models.ForeignKey(
        "pages.CompetenceArea",
        verbose_name=_("competence area"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    topics = ClusterTaggableManager(
        verbose_name=_("topics"),
        through="pages.GuideTopic",
        blank=True,
        help_text=_("Tools and systems the guide is about, as in mentor profiles."),
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.BEGINNER
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_(
            "When someone last checked the steps against the current screens. "
            "After a year readers see a notice."
        ),
    )

    content_panels = Page.content_panels + [
        "lead",
        "steps",
        MultiFieldPanel(
            [
                FieldRowPanel(["competence_area", "level"]),
                "topics",
                "last_reviewed",
            ],
            heading=_("About this guide"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("steps"),
        index.SearchField("headings", boost=1),
        index.FilterField("level"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.SearchField("topic_translations"),
    ]
    parent_page_types = ["pages.GuideIndexPage"]
    subpage_types = []
    template = "guides/guide_page.html"

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def topic_translations(self) -> str:
        return topics.translated_names(self)

    def headings(self) -> str:
        return headings(self.steps)

    @property
    def numbered_steps(self):
        """(step number or None, block): steps are numbered, tips and the
        rest between them are not."""
        number = 0
        numbered = []
        for block in self.steps:
            if block.block_type == "step":
                number += 1
                numbered.append((number, block))
            else:
                numbered.append((None, block))
        return numbered

    @property
    def needs_review(self) -> bool:
        return self.last_reviewed < review_due_before()

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(mentors_for_guide(self, request))
        return context


class GuideTopic(TaggedItemBase):
    content_object = ParentalKey(
        GuidePage, on_delete=models.CASCADE, related_name="tagged_items"
    )
