"""The e-mails of help requests, each in its reader's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from pages.common.languages import source_language


def language_of(user) -> str:
    """The language a user reads the site in: the one they chose in their
    profile, else the site's default."""
    profile = getattr(user, "staff_profile", None) if user else None
    return (profile and profile.preferred_language) or source_language()


def request_link(help_request, language) -> str:
    with translation.override(language):
        path = reverse("help_request", args=[help_request.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def message(template, to, language, context) -> EmailMessage:
    """An e-mail from templates/help/email/<template>_subject.txt and .txt."""
    with translation.override(language):
        subject = render_to_string(f"help/email/{template}_subject.txt", context)
        body = render_to_string(f"help/email/{template}.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=to)


def to_mentor(help_request) -> EmailMessage:
    mentor = help_request.mentor
    language = language_of(mentor.user)
    return message(
        "new_request",
        [mentor.email],
        language,
        {
            "help_request": help_request,
            "mentor": mentor,
            "link": request_link(help_request, language),
        },
    )


def to_requester_done(help_request) -> EmailMessage:
    requester = help_request.requester
    return message(
        "request_done",
        [requester.email],
        help_request.language,
        {
            "help_request": help_request,
            "link": request_link(help_request, help_request.language),
        },
    )


def to_coordinator(help_request, coordinator, moved_on) -> EmailMessage:
    language = language_of(coordinator)
    return message(
        "request_untaken",
        [coordinator.email],
        language,
        {
            "help_request": help_request,
            "moved_on": moved_on,
            "link": request_link(help_request, language),
        },
    )
