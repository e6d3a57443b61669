"""Events as iCalendar, for calendar programs to import or subscribe to."""

import icalendar
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from pages.common.caching.personal import keep_private
from pages.common.links import web_address


def calendar_response(request: HttpRequest, events, filename) -> HttpResponse:
    response = HttpResponse(
        calendar(request, events), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    # The events the reader (or the key's owner) may see.
    return keep_private(response)


def calendar(request: HttpRequest, events) -> bytes:
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
        teams_link = web_address(event.teams_link)
        item.add("location", event.place or teams_link)
        url = event.get_full_url(request)
        item.add("url", url)
        description = [event.lead, teams_link, url]
        item.add("description", "\n\n".join(part for part in description if part))
        if event.last_published_at:
            item.add("last-modified", event.last_published_at)
        cal.add_component(item)
    return cal.to_ical()
