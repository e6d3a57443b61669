"""Ceilings on what one person writes: help requests an hour per requester,
mentoring time a day per mentor. They hold when posts arrive in parallel.

Each count is made while holding a row that stands for the person (the
requester's account, the mentor's profile) until the request's transaction
ends: a parallel post that counts the same waits for the first to commit,
then counts its write too. On PostgreSQL that is SELECT ... FOR UPDATE.
SQLite has no row locks; there every post holds the database's write lock
from its start (intranet.middleware.SQLiteWritersWaitMiddleware), which
serializes the same posts whole.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from pages.help.models import HelpRequest
from pages.help.timelog import hours_and_minutes
from pages.mentors.models import MentorPage

# Requests one person may send in an hour: enough for real needs, not for a
# script.
MAX_REQUESTS_PER_HOUR = 5
# Mentoring time one mentor may log on one day, in minutes: a day's length.
MAX_MINUTES_PER_DAY = 24 * 60


def hold(rows) -> None:
    """Lock `rows` until the transaction ends."""
    list(rows.select_for_update(of=("self",)).values_list("pk", flat=True))


def requests_sent_lately(user) -> int:
    """How many requests `user` sent in the last hour; the count stands until
    the transaction ends."""
    hold(get_user_model().objects.filter(pk=user.pk))
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    return HelpRequest.objects.filter(
        requester=user, created_at__gte=an_hour_ago
    ).count()


def over_the_day(mentor: MentorPage, day: datetime.date, minutes: int) -> str | None:
    """Why `minutes` more do not fit in the mentor's time on `day`, or None
    when they do; the answer stands until the transaction ends."""
    hold(MentorPage.objects.filter(pk=mentor.pk))
    logged = (
        mentor.time_entries.filter(date=day).aggregate(total=Sum("minutes"))["total"]
        or 0
    )
    if logged + minutes <= MAX_MINUTES_PER_DAY:
        return None
    return _(
        "A day holds at most %(most)s h: %(logged)s is already logged on "
        "%(date)s, so at most %(left)s more fits."
    ) % {
        "most": MAX_MINUTES_PER_DAY // 60,
        "logged": hours_and_minutes(logged),
        "date": formats.date_format(day, "SHORT_DATE_FORMAT"),
        "left": hours_and_minutes(max(MAX_MINUTES_PER_DAY - logged, 0)),
    }
