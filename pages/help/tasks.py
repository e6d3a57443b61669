"""Background work of help requests, on the "background" task queue.

Each task reads the request again and does nothing if its moment has passed
(the request was taken, handed on, or its e-mail already sent), so a task
that runs twice, or late, is harmless. An e-mail that fails is tried again
later, ever less often: the request itself is already saved.
"""

import datetime
import logging
import smtplib
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import QuerySet
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import task

from pages.help import emails, workflow
from pages.help.models import HelpRequest
from pages.help.routing import after_working_days

logger = logging.getLogger(__name__)

FIRST_RETRY = datetime.timedelta(minutes=1)
LONGEST_RETRY = datetime.timedelta(hours=6)
# What a mail server that is down, refuses, or does not answer within
# EMAIL_TIMEOUT raises (a timeout is an OSError, or smtplib's own
# SMTPServerDisconnected).
MAIL_ERRORS = (smtplib.SMTPException, OSError)


def retry_delay(attempt) -> int:
    """1, 2, 4… minutes after each failed attempt, at most six hours."""
    return min(FIRST_RETRY * 2 ** (attempt - 1), LONGEST_RETRY)


def sent(message, retry, attempt, *args) -> bool:
    """Send `message`; if the mail server fails, enqueue `retry(*args,
    attempt + 1)` for later and return False."""
    try:
        message.send()
    except MAIL_ERRORS:
        delay = retry_delay(attempt)
        logger.warning(
            "E-mail to %s failed (attempt %d); trying again in %s",
            ", ".join(message.to),
            attempt,
            delay,
            exc_info=True,
        )
        retry.using(run_after=timezone.now() + delay).enqueue(*args, attempt + 1)
        return False
    return True


@receiver(workflow.offered)
def tell_of_offer(sender, help_request, **kwargs) -> None:
    """The mentor's e-mail, and the request's passing on if they do not
    take it in time."""
    offered = help_request.offered_at.isoformat()
    tell_mentor.enqueue(help_request.pk, offered, 1)
    move_on_at = after_working_days(help_request.offered_at)
    move_on_if_untaken.using(run_after=move_on_at).enqueue(help_request.pk, offered)


@receiver(workflow.done)
def tell_of_done(sender, help_request, **kwargs) -> None:
    tell_requester_done.enqueue(help_request.pk, 1)


def current_offer(request_id, offered) -> HelpRequest | None:
    help_request = (
        HelpRequest.objects.select_related("mentor__user__staff_profile", "requester")
        .filter(pk=request_id)
        .first()
    )
    if help_request is None or help_request.offered_at is None:
        return None
    if help_request.offered_at.isoformat() != offered:
        return None  # handed on since
    return help_request


@task(backend="background")
def tell_mentor(request_id, offered, attempt) -> None:
    help_request = current_offer(request_id, offered)
    if help_request is None or help_request.mentor is None:
        return
    if help_request.mentor_told_at is not None:
        return
    if sent(emails.to_mentor(help_request), tell_mentor, attempt, request_id, offered):
        HelpRequest.objects.filter(
            pk=request_id, offered_at=help_request.offered_at
        ).update(mentor_told_at=timezone.now())


@task(backend="background")
def move_on_if_untaken(request_id, offered) -> None:
    """Nobody took the request in two working days: offer it to the next
    mentor in the ranking and tell the coordinators."""
    with transaction.atomic():
        help_request = current_offer(request_id, offered)
        if help_request is None or help_request.status != HelpRequest.Status.NEW:
            return
        following = workflow.pass_on(help_request)
        for coordinator in coordinators():
            tell_coordinator.enqueue(
                request_id, coordinator.pk, following is not None, 1
            )


def coordinators() -> QuerySet[Any]:
    """Active coordinators with an e-mail address."""
    return (
        get_user_model()
        .objects.filter(groups__name="Coordinators", is_active=True)
        .exclude(email="")
        .distinct()
    )


@task(backend="background")
def tell_coordinator(request_id, coordinator_id, moved_on, attempt) -> None:
    help_request = HelpRequest.objects.filter(pk=request_id).first()
    coordinator = get_user_model().objects.filter(pk=coordinator_id).first()
    if help_request is None or coordinator is None:
        return
    message = emails.to_coordinator(help_request, coordinator, moved_on)
    sent(message, tell_coordinator, attempt, request_id, coordinator_id, moved_on)


@task(backend="background")
def tell_requester_done(request_id, attempt) -> None:
    help_request = (
        HelpRequest.objects.select_related("requester").filter(pk=request_id).first()
    )
    if help_request is None or help_request.requester_told_at is not None:
        return
    if help_request.status != HelpRequest.Status.DONE:
        return
    if not help_request.requester.email:
        return  # their request page asks for the feedback too
    if sent(
        emails.to_requester_done(help_request), tell_requester_done, attempt, request_id
    ):
        HelpRequest.objects.filter(pk=request_id).update(
            requester_told_at=timezone.now()
        )
