"""Mentoring time against the resourced hours, by month."""

import calendar
import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum
from django.utils.translation import gettext as _

# Months shown in the mentor's time log and the coordinators' time report:
# the current one and the 23 before it. Other months are refused, not
# computed: a month like 0001-01 or 9999-12 has no month before or after it.
MONTHS_SHOWN = 24


def working_days(month) -> int:
    """Monday to Friday in the month of the date `month`."""
    _weekday, days = calendar.monthrange(month.year, month.month)
    return sum(
        1
        for day in range(1, days + 1)
        if datetime.date(month.year, month.month, day).weekday() < 5
    )


def resourced_minutes(weekly_hours, month) -> int:
    """A month's share of the weekly resourced hours, in minutes: a week is
    five working days."""
    return round(Decimal(weekly_hours) * 60 * working_days(month) / 5)


def month_start(day) -> datetime.date:
    return day.replace(day=1)


def next_month(month) -> datetime.date:
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def previous_month(month) -> datetime.date:
    return (month - datetime.timedelta(days=1)).replace(day=1)


def parse_month(text, default) -> datetime.date:
    """The first day of the month `text` names as YYYY-MM, or `default`."""
    try:
        return datetime.datetime.strptime(text, "%Y-%m").date()
    except (TypeError, ValueError):
        return default


def shown_months(today: datetime.date) -> list[datetime.date]:
    """The months the time log and the time report show, newest first: the
    current one and those before it, MONTHS_SHOWN in all. Time is logged at
    most a year back (forms.TimeEntryForm), so every month it can be logged
    in is here."""
    months = [month_start(today)]
    while len(months) < MONTHS_SHOWN:
        months.append(previous_month(months[-1]))
    return months


def chosen_month(text: str | None, today: datetime.date) -> tuple[datetime.date, bool]:
    """The month `text` names as YYYY-MM when it is one shown, else the
    current month; and whether `text` asked for a month that cannot be shown
    (the reader is told so)."""
    months = shown_months(today)
    month = parse_month(text, None)
    if month in months:
        return month, False
    return months[0], bool(text)


def month_refused(today: datetime.date) -> str:
    """What the reader is told when the month they asked for is not shown."""
    months = shown_months(today)
    return _(
        "Only the months %(first)s to %(last)s can be shown: this is the current month."
    ) % {"first": f"{months[-1]:%m/%Y}", "last": f"{months[0]:%m/%Y}"}


def a_year_before(day: datetime.date) -> datetime.date:
    """The same day a year earlier; 29 February's is 28 February."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def hours_and_minutes(minutes) -> str:
    hours, rest = divmod(int(minutes), 60)
    return f"{hours} h {rest:02d} min"


@dataclass
class MonthOfTime:
    month: datetime.date
    logged: int  # minutes
    resourced: int  # minutes

    @property
    def share(self) -> int | None:
        """Logged time as a percentage of the resourced time."""
        return round(100 * self.logged / self.resourced) if self.resourced else None

    @property
    def logged_text(self) -> str:
        return hours_and_minutes(self.logged)

    @property
    def resourced_text(self) -> str:
        return hours_and_minutes(self.resourced)


def month_of(mentor, month):
    entries = mentor.time_entries.filter(
        date__gte=month, date__lt=next_month(month)
    ).select_related("request")
    logged = entries.aggregate(total=Sum("minutes"))["total"] or 0
    summary = MonthOfTime(month, logged, resourced_minutes(mentor.weekly_hours, month))
    return entries, summary
