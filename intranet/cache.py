"""Redis as a cache whose outage costs a request no more than one short wait.

django-redis with IGNORE_EXCEPTIONS already turns a failed call into a cache
miss, and the socket timeouts in the settings bound each call. After a
failure, though, every call would still wait for its own timeout: a page
makes many. So the first failure opens a circuit and, for RETRY_AFTER
seconds, calls fail at once without touching the network; then one call tries
Redis again.
"""

import logging
import threading
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)


class CacheUnavailable(Exception):
    pass


class CircuitBreaker:
    """Shared by every thread of the process (Django gives each its own
    cache object)."""

    def __init__(self, retry_after):
        self.retry_after = retry_after
        self._lock = threading.Lock()
        self._failing = False
        self._next_try = 0.0

    def allows_a_call(self):
        with self._lock:
            now = time.monotonic()
            if now < self._next_try:
                return False
            if self._failing:
                # This call tries Redis again; the others wait for its outcome.
                self._next_try = now + self.retry_after
            return True

    def failed(self, error):
        with self._lock:
            if not self._failing:
                logger.warning(
                    "Cache unavailable, not used for %s s: %s", self.retry_after, error
                )
            self._failing = True
            self._next_try = time.monotonic() + self.retry_after

    def succeeded(self):
        if self._failing:
            with self._lock:
                self._failing = False
                self._next_try = 0.0
            logger.info("Cache available again")


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(location, retry_after):
    with _breakers_lock:
        return _breakers.setdefault(location, CircuitBreaker(retry_after))


class GuardedClient:
    """The django-redis client, each of whose calls passes the breaker."""

    # Calls that do not reach Redis, so say nothing of whether it answers.
    LOCAL_CALLS = frozenset({"close", "make_key", "make_pattern", "encode", "decode"})

    def __init__(self, client, breaker):
        self._client = client
        self._breaker = breaker

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if name in self.LOCAL_CALLS or not callable(attribute):
            return attribute

        def guarded(*args, **kwargs):
            if not self._breaker.allows_a_call():
                # Handled like any other failed call (IGNORE_EXCEPTIONS).
                raise ConnectionInterrupted(connection=None) from CacheUnavailable(
                    "the circuit is open after a recent failure"
                )
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                self._breaker.failed(error)
                raise
            self._breaker.succeeded()
            return result

        return guarded


class CircuitBreakerRedisCache(RedisCache):
    """django-redis' cache backend; OPTIONS["RETRY_AFTER"] is the pause in
    seconds after a failure."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        retry_after = options.pop("RETRY_AFTER", 10)
        super().__init__(server, {**params, "OPTIONS": options})
        self._breaker = breaker_for(server, retry_after)
        self._guarded_client = None

    @property
    def client(self):
        if self._guarded_client is None:
            self._guarded_client = GuardedClient(super().client, self._breaker)
        return self._guarded_client
