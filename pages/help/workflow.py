"""Every change of a help request's state: nothing else writes its status.

A request is offered to a mentor (new), taken, and done. Until it is done it
may be handed over to another mentor, by its mentor or a coordinator, and it
is passed on by itself when nobody takes it in time. Views and background
tasks call these functions; each saves the request. What a change sets off
in the background (the mentor's e-mail, the passing on, the requester's
e-mail) pages/help/tasks.py schedules on the signals sent here, in the
transaction that saved the change.
"""

from django.dispatch import Signal
from django.utils import timezone

from pages.help.models import HelpRequest
from pages.help.routing import nearest_taking_requests
from pages.mentors.models import MentorPage

# Sent with `help_request` once it is offered to a mentor, and once it is done.
offered = Signal()
done = Signal()


def offer(help_request: HelpRequest, mentor) -> None:
    """Give the request to `mentor` (None: to nobody yet), who is told and
    who has two working days to take it. Call inside the transaction that
    saves the request: the tasks are stored with it."""
    help_request.mentor = mentor
    help_request.status = HelpRequest.Status.NEW
    help_request.offered_at = timezone.now()
    help_request.mentor_told_at = None
    help_request.save()
    if mentor is None:
        return
    offered.send(sender=HelpRequest, help_request=help_request)


def take(help_request: HelpRequest) -> None:
    help_request.status = HelpRequest.Status.TAKEN
    help_request.taken_at = timezone.now()
    help_request.save(update_fields=["status", "taken_at"])


def hand_over(help_request: HelpRequest, mentor) -> None:
    """Offer the request to `mentor` instead; it is never offered again to
    the mentor who had it."""
    if help_request.mentor is not None:
        help_request.passed_by.add(help_request.mentor)
    offer(help_request, mentor)


def pass_on(help_request: HelpRequest) -> MentorPage | None:
    """Nobody took the request in time: offer it to the next mentor in the
    ranking who has not had it. Returns that mentor, or None when there is
    none (the request then stays where it is)."""
    passed = help_request.mentor
    if passed is not None:
        help_request.passed_by.add(passed)
    following = nearest_taking_requests(
        help_request.unit,
        requester=help_request.requester,
        language=help_request.language,
        exclude=help_request.passed_by.values_list("pk", flat=True),
    )
    if following is not None:
        offer(help_request, following)
    return following


def mark_done(help_request: HelpRequest, note: str) -> None:
    help_request.status = HelpRequest.Status.DONE
    help_request.note = note
    help_request.done_at = timezone.now()
    if help_request.taken_at is None:
        help_request.taken_at = help_request.done_at
    help_request.save(update_fields=["status", "note", "done_at", "taken_at"])
    done.send(sender=HelpRequest, help_request=help_request)
