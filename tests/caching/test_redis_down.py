"""A Redis cache that is down or silent: pages answer, each call gives up
within half a second, and the cache is left alone for a while after."""

import contextlib
import shutil
import socket
import subprocess
import time
import uuid

import pytest
from django.core.cache import cache

from pages.factories import section
from pages.models import MentorIndexPage
from tests.servers import CountingServer, free_port

pytestmark = pytest.mark.django_db

HALF_A_SECOND = 0.5
NOT_PERSISTED = ["--save", "", "--appendonly", "no"]


@pytest.fixture
def silent_redis():
    # Accepts connections, counts them and never answers.
    server = CountingServer()
    yield server
    server.close()


def use_redis(settings, location, **options):
    settings.CACHES = {
        "default": {
            **settings.REDIS_CACHE,
            "LOCATION": location,
            "OPTIONS": {**settings.REDIS_CACHE["OPTIONS"], **options},
            # Other test runs may share the Redis of this machine.
            "KEY_PREFIX": uuid.uuid4().hex,
        }
    }


def timed(call, *args):
    started = time.monotonic()
    result = call(*args)
    return result, time.monotonic() - started


def test_pages_answer_while_redis_refuses_connections(settings, staff_client):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")

    for call, args in [(cache.get, ["key"]), (cache.set, ["key", 1])]:
        _result, seconds = timed(call, *args)
        assert seconds <= HALF_A_SECOND

    assert staff_client.get(section(MentorIndexPage).url).status_code == 200


def test_a_silent_redis_costs_one_short_wait_then_is_left_alone(
    settings, staff_client, silent_redis
):
    use_redis(settings, f"redis://127.0.0.1:{silent_redis.port}/0")

    value, seconds = timed(cache.get, "key", "default")
    assert value == "default"
    assert seconds <= HALF_A_SECOND
    assert silent_redis.connections == 1

    value, seconds = timed(cache.get, "key", "default")
    assert value == "default"
    assert seconds < 0.05
    assert silent_redis.connections == 1

    # A page's many cache calls cost nothing more.
    response = staff_client.get(section(MentorIndexPage).url)
    assert response.status_code == 200
    assert silent_redis.connections == 1


def test_the_cache_is_tried_again_after_the_pause(settings, silent_redis):
    use_redis(settings, f"redis://127.0.0.1:{silent_redis.port}/0", RETRY_AFTER=0.2)
    cache.get("key")
    cache.get("key")
    assert silent_redis.connections == 1

    time.sleep(0.3)
    cache.get("key")
    assert silent_redis.connections == 2


@pytest.fixture
def redis_server_later():
    """Starts a throwaway Redis on a port where none is listening yet."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    port = free_port()
    servers = []

    def start():
        servers.append(
            subprocess.Popen(
                ["redis-server", "--port", str(port), *NOT_PERSISTED],
                stdout=subprocess.DEVNULL,
            )
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", port), timeout=0.1),
            ):
                return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    yield port, start
    for server in servers:
        server.terminate()
        server.wait(timeout=10)


def test_the_cache_works_again_once_redis_is_back(settings, redis_server_later):
    port, start_redis = redis_server_later
    use_redis(settings, f"redis://127.0.0.1:{port}/0", RETRY_AFTER=0.2)
    cache.set("greeting", "hei", 60)
    assert cache.get("greeting") is None

    start_redis()
    time.sleep(0.3)
    cache.set("greeting", "hei", 60)
    assert cache.get("greeting") == "hei"
