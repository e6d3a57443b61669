"""Caches whose failure is a miss, never an error.

`FileCache`: Django's file cache, which every worker of a machine shares,
answering a full or unwritable disk as a miss. Django's own raises.

Redis as a cache whose outage costs a request no more than one short wait.

django-redis with IGNORE_EXCEPTIONS already turns a failed call into a cache
miss, and the socket timeouts in the settings bound each call. After a
failure, though, every call would still wait for its own timeout: a page
makes many. So the first failure opens a circuit and, for RETRY_AFTER
seconds, calls fail at once without touching the network; then one call tries
Redis again. The cache backend that puts the breaker in front of django-redis'
client is adapters/django_redis.py.

Follows Django 5.2: `FileBasedCache._cull`, which lists the whole folder on
each write, and the errors its reads and writes raise on a full, unreadable
or unwritable disk.
"""

import logging
import pickle
import threading
import time
import zlib
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache

UPSTREAM = {"Django": ">=5.2,<5.3"}

logger = logging.getLogger(__name__)


class FileCache(FileBasedCache):
    # Django's file cache lists its whole folder on every write to see
    # whether it is full: with thousands of entries (a card per mentor) that
    # was most of a write. Here each process looks every CULL_SECONDS at
    # most, so the folder may pass MAX_ENTRIES by what is written meanwhile.
    CULL_SECONDS = 10

    def __init__(self, dir, params) -> None:
        self._culled_at: float | None = None
        try:
            super().__init__(dir, params)
        except OSError as error:  # its folder is made at once
            self._failed(error)

    def _cull(self) -> None:
        now = time.monotonic()
        if self._culled_at is not None and now - self._culled_at < self.CULL_SECONDS:
            return
        self._culled_at = now
        super()._cull()  # type: ignore[misc]  # private: not in the stubs

    def get(self, key, default=None, version=None) -> Any:
        try:
            return super().get(key, default, version)
        except (
            OSError,
            EOFError,
            ValueError,
            pickle.UnpicklingError,
            zlib.error,
        ) as error:
            return self._failed(error, default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        try:
            super().set(key, value, timeout, version)
        except OSError as error:
            self._failed(error)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        try:
            return super().add(key, value, timeout, version)
        except OSError as error:
            return self._failed(error, False)

    def delete(self, key, version=None) -> bool:
        try:
            return super().delete(key, version)
        except OSError as error:
            return self._failed(error, False)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        try:
            return super().touch(key, timeout, version)
        except OSError as error:
            return self._failed(error, False)

    def has_key(self, key, version=None) -> bool:
        try:
            return super().has_key(key, version)
        except OSError as error:
            return self._failed(error, False)

    def clear(self) -> None:
        try:
            super().clear()
        except OSError as error:
            self._failed(error)

    def validate_key(self, key) -> None:
        pass  # file names are digests: any key of any length will do

    def _failed(self, error, answer=None) -> Any:
        logger.warning("File cache unavailable: %s", error)
        return answer


class CacheUnavailable(Exception):
    pass


class CircuitBreaker:
    """Shared by every thread of the process (Django gives each its own
    cache object)."""

    def __init__(self, retry_after) -> None:
        self.retry_after = retry_after
        self._lock = threading.Lock()
        self._failing = False
        self._next_try = 0.0

    def allows_a_call(self) -> bool:
        with self._lock:
            now = time.monotonic()
            if now < self._next_try:
                return False
            if self._failing:
                # This call tries Redis again; the others wait for its outcome.
                self._next_try = now + self.retry_after
            return True

    def failed(self, error) -> None:
        with self._lock:
            if not self._failing:
                logger.warning(
                    "Cache unavailable, not used for %s s: %s", self.retry_after, error
                )
            self._failing = True
            self._next_try = time.monotonic() + self.retry_after

    def succeeded(self) -> None:
        if self._failing:
            with self._lock:
                self._failing = False
                self._next_try = 0.0
            logger.info("Cache available again")


_breakers: dict[str, "CircuitBreaker"] = {}
_breakers_lock = threading.Lock()


def breaker_for(location, retry_after) -> CircuitBreaker:
    with _breakers_lock:
        return _breakers.setdefault(location, CircuitBreaker(retry_after))
