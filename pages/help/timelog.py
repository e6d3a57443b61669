"""Mentoring time against the resourced hours, by month."""

import calendar
import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum


def working_days(month):
    """Monday to Friday in the month of the date `month`."""
    _weekday, days = calendar.monthrange(month.year, month.month)
    return sum(
        1
        for day in range(1, days + 1)
        if datetime.date(month.year, month.month, day).weekday() < 5
    )


def resourced_minutes(weekly_hours, month):
    """A month's share of the weekly resourced hours, in minutes: a week is
    five working days."""
    return round(Decimal(weekly_hours) * 60 * working_days(month) / 5)


def month_start(day):
    return day.replace(day=1)


def next_month(month):
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def previous_month(month):
    return (month - datetime.timedelta(days=1)).replace(day=1)


def parse_month(text, default):
    """The first day of the month `text` names as YYYY-MM, or `default`."""
    try:
        return datetime.datetime.strptime(text, "%Y-%m").date()
    except (TypeError, ValueError):
        return default


def hours_and_minutes(minutes):
    hours, rest = divmod(int(minutes), 60)
    return f"{hours} h {rest:02d} min"


@dataclass
class MonthOfTime:
    month: datetime.date
    logged: int  # minutes
    resourced: int  # minutes

    @property
    def share(self):
        """Logged time as a percentage of the resourced time."""
        return round(100 * self.logged / self.resourced) if self.resourced else None

    @property
    def logged_text(self):
        return hours_and_minutes(self.logged)

    @property
    def resourced_text(self):
        return hours_and_minutes(self.resourced)


def month_of(mentor, month):
    entries = mentor.time_entries.filter(
        date__gte=month, date__lt=next_month(month)
    ).select_related("request")
    logged = entries.aggregate(total=Sum("minutes"))["total"] or 0
    summary = MonthOfTime(month, logged, resourced_minutes(mentor.weekly_hours, month))
    return entries, summary
