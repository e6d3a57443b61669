"""django-redis' cache backend with a circuit breaker (adapters/django/cache.py) in
front of its client.

Follows django-redis 7.0.0: `django_redis.cache.RedisCache.client` (a
property every cache method calls through, so wrapping it guards them all)
and `django_redis.exceptions.ConnectionInterrupted` (what the backend turns
into a cache miss with IGNORE_EXCEPTIONS).
"""

from typing import Any

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

from adapters.django.cache import CacheUnavailable, breaker_for

UPSTREAM = {"django-redis": ">=7.0.0,<7.1"}


class GuardedClient:
    """The django-redis client, each of whose calls passes the breaker."""

    # Calls that do not reach Redis, so say nothing of whether it answers.
    LOCAL_CALLS = frozenset({"close", "make_key", "make_pattern", "encode", "decode"})

    def __init__(self, client, breaker) -> None:
        self._client = client
        self._breaker = breaker

    def __getattr__(self, name) -> Any:
        attribute = getattr(self._client, name)
        if name in self.LOCAL_CALLS or not callable(attribute):
            return attribute

        def guarded(*args, **kwargs) -> Any:
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

    def __init__(self, server, params) -> None:
        options = dict(params.get("OPTIONS", {}))
        retry_after = options.pop("RETRY_AFTER", 10)
        super().__init__(server, {**params, "OPTIONS": options})
        self._breaker = breaker_for(server, retry_after)
        self._guarded_client: GuardedClient | None = None

    @property
    def client(self) -> GuardedClient:
        if self._guarded_client is None:
            self._guarded_client = GuardedClient(super().client, self._breaker)
        return self._guarded_client
