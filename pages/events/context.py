"""The events index's listing and the home page's upcoming events."""

import datetime
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from pages.common.access import open_pages
from pages.common.languages import reader_language
from pages.common.subscriptions import subscription_url
from pages.events.models import EventPage


def published_events(request: HttpRequest, language) -> QuerySet[EventPage]:
    """Live events written in `language` that the reader may open, soonest first."""
    events = EventPage.objects.live().filter(
        locale__language_code=language, alias_of__isnull=True
    )
    return open_pages(request, events).order_by("start", "pk")


def upcoming_events(request: HttpRequest, language, limit: int = 3) -> list[EventPage]:
    events = published_events(request, language).filter(end__gte=timezone.now())
    return list(events[:limit])


def events_index_context(index, request: HttpRequest) -> dict[str, Any]:
    now = timezone.now()
    events = published_events(request, reader_language()).child_of(index)
    return {
        "upcoming_events": list(events.filter(end__gte=now)),
        "past_events": list(events.filter(end__lt=now).order_by("-start")[:5]),
        "calendar_url": request.build_absolute_uri(
            subscription_url(request, reverse("events_calendar"))
        ),
    }


def next_change(now) -> datetime.datetime | None:
    """When an event next starts or ends: the lists of upcoming and past
    events change then, with nothing saved (pages/common/caching/freshness.py)."""
    events = EventPage.objects.live()
    moments = [
        events.filter(start__gt=now)
        .order_by("start")
        .values_list("start", flat=True)
        .first(),
        events.filter(end__gt=now)
        .order_by("end")
        .values_list("end", flat=True)
        .first(),
    ]
    moments = [moment for moment in moments if moment is not None]
    return min(moments) if moments else None
