"""Help requests: a member of staff asks a mentor for help, the mentor takes
the request and marks it done, and the member of staff says whether it
helped. Mentors log the time they spend mentoring against the weekly hours
they are resourced for.

A request always belongs to one mentor at a time (the Finnish, source
profile, as the finder ranks them); it moves on when the mentor hands it over
or when nobody has taken it in two working days (pages/help/tasks.py).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A request untaken this long is offered to the next mentor.
WORKING_DAYS_TO_TAKE = 2


class HelpRequest(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        TAKEN = "taken", _("Taken")
        DONE = "done", _("Done")

    class Urgency(models.TextChoices):
        TODAY = "today", _("Today if possible")
        THIS_WEEK = "week", _("This week")
        NO_HURRY = "later", _("No hurry")

    class Contact(models.TextChoices):
        TEAMS = "teams", _("Teams chat")
        PHONE = "phone", _("Phone")
        EMAIL = "email", _("E-mail")
        IN_PERSON = "in_person", _("Meet in person")

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        on_delete=models.CASCADE,
        related_name="help_requests",
    )
    mentor = models.ForeignKey(
        "pages.MentorPage",
        verbose_name=_("mentor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="help_requests",
    )
    # Mentors who have had the request and passed it on: a hand-over never
    # offers it to them again.
    passed_by = models.ManyToManyField(
        "pages.MentorPage", blank=True, related_name="+", editable=False
    )
    # The requester's unit when they asked (Finnish, source row): the nearest
    # mentors are ranked from it.
    unit = models.ForeignKey(
        "pages.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    to_anyone = models.BooleanField(_("asked anyone near"), default=False)
    need = models.TextField(_("what do you need help with?"), max_length=2000)
    tool = models.CharField(_("tool or topic"), max_length=200, blank=True)
    urgency = models.CharField(
        _("how urgent is it?"),
        max_length=10,
        choices=Urgency.choices,
        default=Urgency.THIS_WEEK,
    )
    contact = models.CharField(
        _("how should the mentor contact you?"),
        max_length=10,
        choices=Contact.choices,
        default=Contact.TEAMS,
    )
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    when = models.CharField(_("when suits you?"), max_length=200, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, editable=False
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    note = models.TextField(_("mentor's note"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    # When the current mentor was given the request, and when they were told
    # by e-mail: a retried e-mail task sends once per offer.
    offered_at = models.DateTimeField(null=True, editable=False)
    mentor_told_at = models.DateTimeField(null=True, editable=False)
    taken_at = models.DateTimeField(_("taken"), null=True, editable=False)
    done_at = models.DateTimeField(_("done"), null=True, editable=False)
    requester_told_at = models.DateTimeField(null=True, editable=False)

    class Meta:
        verbose_name = _("help request")
        verbose_name_plural = _("help requests")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["mentor", "status"]),
            models.Index(fields=["requester", "created_at"]),
        ]

    def __str__(self) -> str:
        return self.summary

    @property
    def summary(self) -> str:
        first_line = self.need.strip().splitlines()[0] if self.need.strip() else ""
        return first_line[:80] + ("…" if len(first_line) > 80 else "")


class HelpFeedback(models.Model):
    """What the requester thought of the help, once it was done."""

    request = models.OneToOneField(
        HelpRequest, on_delete=models.CASCADE, related_name="feedback"
    )
    rating = models.PositiveSmallIntegerField(
        _("did it help?"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    signed = models.BooleanField(
        _("show my name with my feedback to the coordinators"), default=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")

    def __str__(self) -> str:
        return f"{self.rating}/5: {self.request}"


class TimeEntry(models.Model):
    """Time a mentor spent mentoring on a day."""

    class Kind(models.TextChoices):
        GUIDING = "guiding", _("Guiding a colleague")
        TRAINING = "training", _("Training")
        MEETING = "meeting", _("Network meeting")
        DEVELOPMENT = "development", _("Development work")

    mentor = models.ForeignKey(
        "pages.MentorPage",
        verbose_name=_("mentor"),
        on_delete=models.CASCADE,
        related_name="time_entries",
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    minutes = models.PositiveSmallIntegerField(
        _("minutes"), validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.GUIDING
    )
    request = models.ForeignKey(
        HelpRequest,
        verbose_name=_("help request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="time_entries",
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("time entry")
        verbose_name_plural = _("time entries")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["mentor", "date"])]

    def __str__(self) -> str:
        return f"{self.date}: {self.minutes} min"
