"""A change published while Redis is paused is not lost: once Redis answers
again, a page kept before the change shows it, in a worker process that never
saw Redis fail.

A Redis of the test's own is paused (SIGSTOP) while an editor publishes, and
resumed. Each worker process of a server has its own circuit breaker, one per
cache address (adapters/django/cache.py): the reader's worker here reaches the same
Redis by an address of its own, so its circuit stays closed, as in a worker
that served no request during the pause.
"""

import os
import shutil
import signal
import socket
import subprocess
import time
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from pages.models import NewsPage
from tests.servers import free_port


@pytest.fixture
def redis_port():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    yield port, server.pid
    server.send_signal(signal.SIGCONT)
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def worker(settings, redis_port):
    """`worker(address)`: what follows runs in a worker process that reaches
    the test's Redis at `address`."""
    port, _pid = redis_port
    prefix = uuid.uuid4().hex

    def through(address):
        settings.CACHES = {
            "default": {
                **settings.REDIS_CACHE,
                "LOCATION": address.format(port=port),
                "KEY_PREFIX": prefix,
            }
        }

    return through


READER = "redis://127.0.0.1:{port}/0"
EDITOR = "redis://127.0.0.1:{port}"


@pytest.mark.django_db(transaction=True)
def test_a_change_published_while_redis_is_paused_shows_once_it_is_back(
    worker, redis_port
):
    _port, redis_pid = redis_port
    news = NewsPage.objects.live().filter(locale__language_code="fi").first()
    old_title = news.title
    worker(READER)
    reader = Client()
    reader.force_login(get_user_model().objects.get(username="staff"))
    assert old_title in reader.get(news.url).text
    # Kept: a change made behind the site's back does not show.
    NewsPage.objects.filter(pk=news.pk).update(title="Muutettu ohi sivuston")
    assert old_title in reader.get(news.url).text

    worker(EDITOR)
    os.kill(redis_pid, signal.SIGSTOP)
    try:
        news.title = "Tulostimet vaihtuvat maanantaina"
        news.save_revision().publish()
    finally:
        os.kill(redis_pid, signal.SIGCONT)

    worker(READER)
    # Each worker looks for changes the cache missed once a second.
    time.sleep(1)
    html = reader.get(news.url).text
    assert "Tulostimet vaihtuvat maanantaina" in html
    assert old_title not in html
