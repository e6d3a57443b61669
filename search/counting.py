"""How often each query is searched, for the editors' report (Wagtail's
search promotions count them per day).

Best effort: a count lost to a busy or unavailable database never fails a
search. Counts wait in the process for SEARCH_COUNT_SECONDS and are written
together, one UPDATE per query, so that searches served from the cache do
not each queue for SQLite's single writer. A worker that stops writes what
it holds; one that is killed loses at most those seconds of counts.
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

logger = logging.getLogger(__name__)

_waiting = Counter()
_lock = threading.Lock()
_written_at = time.monotonic()


def count_search(query) -> None:
    global _written_at
    with _lock:
        _waiting[query] += 1
        if time.monotonic() - _written_at < settings.SEARCH_COUNT_SECONDS:
            return
        counts = dict(_waiting)
        _waiting.clear()
        _written_at = time.monotonic()
    write(counts)


def write(counts) -> None:
    date = timezone.now().date()  # as Query.add_hit dates its hits
    for query, hits in counts.items():
        try:
            added = QueryDailyHits.objects.filter(
                query__query_string=normalise_query_string(query), date=date
            ).update(hits=F("hits") + hits)
            if not added:  # the query's first search of the day
                daily, _created = QueryDailyHits.objects.get_or_create(
                    query=Query.get(query), date=date
                )
                daily.hits = F("hits") + hits
                daily.save(update_fields=["hits"])
        except DatabaseError:
            logger.warning("Search hits not counted: %r", query, exc_info=True)


@atexit.register
def write_waiting_counts() -> None:
    with _lock:
        counts = dict(_waiting)
        _waiting.clear()
    if counts:
        try:
            write(counts)
        except Exception:
            logger.warning("Search hits lost at exit: %d queries", len(counts))
