"""Help requests, feedback and logged time of the last months for the demo,
generated from data/help.yaml with a fixed seed."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from pages.common.languages import source_language
from pages.help import timelog
from pages.help.models import HelpFeedback, HelpRequest, TimeEntry
from pages.mentors.models import MentorPage

OPEN_REQUESTS = 3
RATINGS = [1, 2, 3, 4, 5]
RATING_WEIGHTS = [1, 2, 5, 14, 18]
KINDS = [
    (TimeEntry.Kind.GUIDING, 6),
    (TimeEntry.Kind.TRAINING, 2),
    (TimeEntry.Kind.MEETING, 1),
    (TimeEntry.Kind.DEVELOPMENT, 1),
]


@transaction.atomic
def ensure_help(spec, requester, mentor_user) -> None:
    """Add the history once: a database that has requests is left as it is.
    The last few requests are still new or taken."""
    if HelpRequest.objects.exists() or TimeEntry.objects.exists():
        return
    rng = random.Random(2026)
    offered = MentorPage.objects.live().filter(
        locale__language_code=source_language(), status="active"
    )
    own_mentor = offered.get(user=mentor_user)
    mentors = list(
        offered.exclude(pk=own_mentor.pk).prefetch_related("unit_links").order_by("pk")
    )
    mentors = [own_mentor, *rng.sample(mentors, spec["mentors_logging_time"])]
    now = timezone.now()
    # The demo's mentor has the open ones: signed in, they find a queue.
    for _n in range(OPEN_REQUESTS):
        asked = now - datetime.timedelta(hours=rng.uniform(1, 40))
        add_request(spec, rng, own_mentor, requester, asked, now)
    for back in range(spec["months"]):
        for _n in range(spec["requests_per_month"]):
            asked = now - datetime.timedelta(
                days=back * 30 + rng.uniform(2, 29), minutes=rng.randint(0, 600)
            )
            add_request(spec, rng, rng.choice(mentors), requester, asked, now)
    for mentor in mentors:
        add_time(spec, rng, mentor, now)


def add_request(spec, rng, mentor, requester, asked, now) -> None:
    need = rng.choice(spec["needs"])
    link = mentor.unit_links.first()
    age = now - asked
    status = HelpRequest.Status.DONE
    if age < datetime.timedelta(days=2):
        status = rng.choice([HelpRequest.Status.NEW, HelpRequest.Status.TAKEN])
    help_request = HelpRequest.objects.create(
        requester=requester,
        mentor=mentor,
        unit_id=link.unit_id if link else None,
        need=need["need"],
        tool=need["tool"],
        urgency=rng.choice(HelpRequest.Urgency.values),
        contact=rng.choice(HelpRequest.Contact.values),
        language=source_language(),
        status=status,
        note=rng.choice(spec["notes"]) if status == HelpRequest.Status.DONE else "",
    )
    taken = asked + datetime.timedelta(hours=rng.randint(1, 30))
    done = taken + datetime.timedelta(hours=rng.randint(1, 48))
    HelpRequest.objects.filter(pk=help_request.pk).update(
        created_at=asked,
        offered_at=asked,
        mentor_told_at=asked,
        taken_at=taken if status != HelpRequest.Status.NEW else None,
        done_at=min(done, now) if status == HelpRequest.Status.DONE else None,
        requester_told_at=min(done, now) if status == HelpRequest.Status.DONE else None,
    )
    if status != HelpRequest.Status.DONE:
        return
    TimeEntry.objects.create(
        mentor=mentor,
        date=timezone.localtime(min(done, now)).date(),
        minutes=rng.choice([15, 20, 30, 45, 60]),
        kind=TimeEntry.Kind.GUIDING,
        request=help_request,
    )
    if rng.random() < 0.7:
        HelpFeedback.objects.create(
            request=help_request,
            rating=rng.choices(RATINGS, RATING_WEIGHTS)[0],
            comment=rng.choice(spec["comments"]),
            signed=rng.random() < 0.3,
        )


def add_time(spec, rng, mentor, now) -> None:
    """A couple of entries a week besides the requests: trainings, the
    network's meetings, development work."""
    today = timezone.localtime(now).date()
    start = timelog.month_start(today)
    for _back in range(spec["months"] - 1):
        start = timelog.previous_month(start)
    day = start
    kinds, weights = zip(*KINDS, strict=True)
    while day <= today:
        if day.weekday() < 5 and rng.random() < 0.3:
            TimeEntry.objects.create(
                mentor=mentor,
                date=day,
                minutes=rng.choice([30, 45, 60, 90]),
                kind=rng.choices(kinds, weights)[0],
            )
        day += datetime.timedelta(days=1)
