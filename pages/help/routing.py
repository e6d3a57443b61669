"""Which mentor a request goes to, and when it moves on."""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from pages.common.access import open_pages_for
from pages.help.models import WORKING_DAYS_TO_TAKE
from pages.mentors.finder_ranking import nearest_mentors, offered_mentors
from pages.mentors.models import MentorPage


def nearest_taking_requests(
    unit, *, requester, language=None, exclude=()
) -> MentorPage | None:
    """The Finnish profile of the nearest mentor to `unit` who is taking
    requests and whose profile the requester may open, by the finder's
    ranking: first among those who speak `language`, then among all. None
    when nobody is."""
    if unit is None:
        return None
    for wanted in [language, None] if language else [None]:
        among = open_pages_for(
            requester,
            offered_mentors(language=wanted)
            .filter(taking_requests=True)
            .exclude(pk__in=list(exclude)),
        )
        matches = nearest_mentors(unit, among=among, limit=1)
        if matches:
            return MentorPage.objects.get(pk=matches[0].mentor_id)
    return None


def mentors_to_hand_to(help_request) -> QuerySet[MentorPage]:
    """Active mentors who could take the request instead, by name: those
    whose profile its asker may open (they see who has it)."""
    return open_pages_for(
        help_request.requester,
        offered_mentors()
        .exclude(Q(pk=help_request.mentor_id) | Q(user=help_request.requester_id))
        .order_by("title"),
    )


def after_working_days(start, days=WORKING_DAYS_TO_TAKE) -> datetime.datetime:
    """`days` working days (Monday to Friday) after `start`: a request asked
    on Friday afternoon moves on on Tuesday afternoon. Public holidays count
    as working days."""
    moment = timezone.localtime(start)
    remaining = days
    while remaining:
        moment += datetime.timedelta(days=1)
        if moment.weekday() < 5:
            remaining -= 1
    return moment
