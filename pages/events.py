"""The events index and the iCalendar feed that calendar programs subscribe to."""

import datetime

import icalendar
from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from pages.models import EventIndexPage, EventPage
from pages.subscriptions import session_or_key_required, subscription_url

# A subscribed calendar keeps recent events instead of dropping them the
# moment they end.
KEEP_PAST = datetime.timedelta(days=90)


def published_events(language):
    return (
        EventPage.objects.live()
        .filter(locale__language_code=language, alias_of__isnull=True)
        .order_by("start", "pk")
    )


def upcoming_events(language, limit=3):
    events = published_events(language).filter(end__gte=timezone.now())
    return list(events[:limit])


def events_index_context(index, request):
    now = timezone.now()
    events = published_events(translation.get_language()).child_of(index)
    return {
        "upcoming_events": list(events.filter(end__gte=now)),
        "past_events": list(events.filter(end__lt=now).order_by("-start")[:5]),
        "calendar_url": request.build_absolute_uri(
            subscription_url(request, reverse("events_calendar"))
        ),
    }


@session_or_key_required
def calendar_feed(request):
    language = translation.get_language()
    if not EventIndexPage.objects.live().filter(locale__language_code=language):
        raise Http404
    events = published_events(language).filter(end__gte=timezone.now() - KEEP_PAST)
    return calendar_response(request, events, filename="digimentors")


def calendar_response(request, events, filename):
    response = HttpResponse(
        calendar(request, events), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def calendar(request, events):
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Digimentors//Intranet//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _("Digimentor network events"))
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    for event in events:
        item = icalendar.Event()
        # The same event has the same UID in every language's calendar.
        item.add("uid", f"{event.translation_key}@digimentors")
        item.add("dtstamp", stamp)
        item.add("dtstart", event.start)
        item.add("dtend", event.end)
        item.add("summary", event.title)
        item.add("location", event.place or event.teams_link)
        url = event.get_full_url(request)
        item.add("url", url)
        description = [event.lead, event.teams_link, url]
        item.add("description", "\n\n".join(part for part in description if part))
        if event.last_published_at:
            item.add("last-modified", event.last_published_at)
        cal.add_component(item)
    return cal.to_ical()
