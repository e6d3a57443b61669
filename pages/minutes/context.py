"""The minutes index: minutes by year, with open action items."""

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest

from pages.common.access import open_pages
from pages.minutes.models import ActionItem, MeetingMinutesPage
from pages.minutes.people import open_people

# The open action items of this many latest meetings are shown on the index.
RECENT_MEETINGS = 3


def published_minutes(request: HttpRequest, index) -> QuerySet[Any]:
    minutes = MeetingMinutesPage.objects.live().child_of(index)
    return open_pages(request, minutes.filter(alias_of__isnull=True)).order_by(
        "-meeting_date", "-pk"
    )


def minutes_index_context(index, request: HttpRequest) -> dict[str, Any]:
    minutes = published_minutes(request, index)
    years = [d.year for d in minutes.dates("meeting_date", "year", order="DESC")]
    # Only a year with minutes is looked up: anything else shows the latest.
    by_text = {str(each): each for each in years}
    year = by_text.get(request.GET.get("year", ""), years[0] if years else None)
    recent = list(minutes.values_list("pk", flat=True)[:RECENT_MEETINGS])
    open_items = list(
        ActionItem.objects.filter(page_id__in=recent, status=ActionItem.Status.OPEN)
        .select_related("page", "owner")
        .order_by("due_date", "pk")
    )
    owners = open_people(request, [item.owner for item in open_items], index.locale_id)
    return {
        "years": years,
        "year": year,
        "minutes": minutes.filter(meeting_date__year=year) if year else [],
        "open_action_items": [(item, owners.get(item.owner_id)) for item in open_items],
    }
