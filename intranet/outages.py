"""A database outage in the log: a line when it begins, one a minute while it
lasts, and one when it ends, however many requests it answers 503 meanwhile.
Each 503 used to log its error's two chained tracebacks: 92,000 lines in
45 seconds of outage.

The 503 page and the health check (intranet/views.py) count the requests the
outage fails; a middleware (intranet.middleware.DatabaseOutageMiddleware) ends
it at the first answer given with the database; the filter below, on Django's
request log (settings' LOGGING), leaves out the 503s it counts. Each worker
process logs its own.
"""

import logging
import threading
import time

from django.db import InterfaceError, OperationalError

logger = logging.getLogger(__name__)

# A database that is not there is an outage to wait out, not a fault of the
# page: its errors (connection refused, lost, timed out, locked) answer 503.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)

# Seconds between the lines that say an outage goes on.
REMINDER_SECONDS = 60


class Outage:
    def __init__(self, service) -> None:
        self.service = service
        self._lock = threading.Lock()
        self._began = None
        self._reminded = None
        self._failed = 0

    def failed(self, reason: str) -> None:
        """A request answered 503 because the service is away, for `reason`."""
        with self._lock:
            now = time.monotonic()
            self._failed += 1
            if self._began is None:
                self._began = self._reminded = now
                logger.warning(
                    "%s unavailable (%s): pages answer 503 until it is back",
                    self.service,
                    reason,
                )
            elif now - self._reminded >= REMINDER_SECONDS:
                self._reminded = now
                logger.warning(
                    "%s still unavailable after %.0f s (%s): %d requests answered 503",
                    self.service,
                    now - self._began,
                    reason,
                    self._failed,
                )

    def ended(self) -> None:
        """A request was answered with the service."""
        if self._began is None:  # every request asks: no lock for the usual answer
            return
        with self._lock:
            if self._began is None:
                return
            logger.warning(
                "%s available again after %.0f s: %d requests answered 503",
                self.service,
                time.monotonic() - self._began,
                self._failed,
            )
            self._began = None
            self._failed = 0


database = Outage("Database")


class QuietDatabaseOutages(logging.Filter):
    """On Django's request log, which logs every answer of 400 and above: the
    site answers 503 only while the database is away (the 503 page, the
    health check), and `database` counts those."""

    def filter(self, record):
        return getattr(record, "status_code", None) != 503
