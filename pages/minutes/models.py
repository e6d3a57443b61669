from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from pages.common.chosen_documents import PrivateDocumentChooser
from pages.minutes.people import minutes_context
from pages.minutes.permissions import OwnMinutesPermissionTester

LIST_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class MeetingMinutesPage(Page):
    class Kind(models.TextChoices):
        NETWORK = "network", _("Monthly network meeting")
        UNIT = "unit", _("Unit meeting")
        OTHER = "other", _("Other meeting")

    meeting_date = models.DateField(_("meeting date"))
    kind = models.CharField(
        _("kind of meeting"), max_length=20, choices=Kind.choices, default=Kind.NETWORK
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    teams_link = models.URLField(_("Teams meeting link"), max_length=1000, blank=True)
    other_attendees = models.TextField(
        _("other attendees"),
        blank=True,
        help_text=_("People without a mentor profile, one per line."),
    )
    agenda = RichTextField(_("agenda"), features=LIST_FEATURES)
    decisions = RichTextField(_("decisions"), blank=True, features=LIST_FEATURES)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel(["meeting_date", "kind"]), "place", "teams_link"],
            heading=_("Meeting"),
        ),
        MultiFieldPanel(
            [InlinePanel("attendees", label=_("Mentors")), "other_attendees"],
            heading=_("Attendees"),
        ),
        "agenda",
        "decisions",
        InlinePanel("action_items", heading=_("Action items"), label=_("Action item")),
        InlinePanel("attachments", heading=_("Attachments"), label=_("Attachment")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("agenda"),
        index.SearchField("decisions"),
        index.FilterField("meeting_date"),
        index.RelatedFields("action_items", [index.SearchField("task")]),
    ]
    parent_page_types = ["pages.MinutesIndexPage"]
    subpage_types = []
    template = "minutes/meeting_minutes_page.html"

    class Meta:
        verbose_name = _("meeting minutes")
        verbose_name_plural = _("meeting minutes")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(minutes_context(self, request))
        return context

    def permissions_for_user(self, user):
        return OwnMinutesPermissionTester(user, self)


class MinutesAttendee(Orderable):
    page = ParentalKey(
        MeetingMinutesPage, on_delete=models.CASCADE, related_name="attendees"
    )
    mentor = models.ForeignKey(
        "pages.MentorPage",
        verbose_name=_("mentor"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = ["mentor"]


class ActionItem(TranslatableMixin, Orderable):
    # Translatable, unlike the other inlines: its task is text to translate.
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Done")

    page = ParentalKey(
        MeetingMinutesPage, on_delete=models.CASCADE, related_name="action_items"
    )
    task = models.CharField(_("task"), max_length=500)
    owner = models.ForeignKey(
        "pages.MentorPage",
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    owner_name = models.CharField(
        _("owner without a profile"), max_length=200, blank=True
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )

    panels = [
        "task",
        FieldRowPanel(["owner", "owner_name"]),
        FieldRowPanel(["due_date", "status"]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("action item")
        verbose_name_plural = _("action items")


class MinutesAttachment(Orderable):
    page = ParentalKey(
        MeetingMinutesPage, on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document", widget=PrivateDocumentChooser)]
