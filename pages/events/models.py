from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.common.blocks import BodyBlock, headings
from pages.events.calendar import calendar_response
from pages.events.forms import EventPageForm


class EventPage(RoutablePageMixin, Page):
    class Kind(models.TextChoices):
        NETWORK_MEETING = "network_meeting", _("Network meeting")
        TRAINING = "training", _("Training")
        OTHER = "other", _("Other event")

    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.NETWORK_MEETING
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Room and building.")
    )
    teams_link = models.URLField(_("Teams meeting link"), max_length=1000, blank=True)
    lead = models.TextField(_("lead paragraph"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        "kind",
        MultiFieldPanel(
            [FieldRowPanel(["start", "end"]), "place", "teams_link"],
            heading=_("When and where"),
        ),
        "lead",
        "body",
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("headings", boost=1),
        index.SearchField("place"),
        index.FilterField("start"),
    ]
    base_form_class = EventPageForm
    parent_page_types = ["pages.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def headings(self) -> str:
        return headings(self.body)

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @path("ics/", name="ics")
    def ics(self, request: HttpRequest) -> HttpResponse:
        return calendar_response(request, [self], filename=self.slug)
