"""The events calendar that calendar programs subscribe to."""

import datetime

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone

from pages.common.languages import reader_language
from pages.common.subscriptions import session_or_key_required
from pages.events.calendar import calendar_response
from pages.events.context import published_events
from pages.events.index_page import EventIndexPage

# A subscribed calendar keeps recent events instead of dropping them the
# moment they end.
KEEP_PAST = datetime.timedelta(days=90)


@session_or_key_required
def calendar_feed(request: HttpRequest) -> HttpResponse:
    language = reader_language()
    if not EventIndexPage.objects.live().filter(locale__language_code=language):
        raise Http404
    events = published_events(request, language).filter(
        end__gte=timezone.now() - KEEP_PAST
    )
    return calendar_response(request, events, filename="digimentors")
