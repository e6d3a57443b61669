"""Concurrent searches on SQLite (the default database) all answer.

Each search counts its query for the editors' report, a write; inside the
request's transaction it failed with "database is locked" whenever another
request wrote at the same time. Here a real server (gunicorn, several
processes and threads, as in production) on a file copy of the seeded test
database answers searches from several threads at once.
"""

import sqlite3
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.contrib.auth import (
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,
)
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.urls import reverse
from django.utils import timezone, translation

from tests.servers import gunicorn, status

pytestmark = [
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's locking"),
    pytest.mark.django_db,
]

THREADS = 8
SEARCHES_PER_THREAD = 12


@pytest.fixture
def database_file(tmp_path):
    """The seeded test database, copied to a file with a signed-in session."""
    path = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
    user = get_user_model().objects.get(username="staff")
    session_key = "concurrentsearchesbystaff0123456"
    session_data = SessionStore().encode(
        {
            SESSION_KEY: str(user.pk),
            # The backend a password sign-in records (django-axes only refuses).
            BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
            HASH_SESSION_KEY: user.get_session_auth_hash(),
        }
    )
    with sqlite3.connect(path) as target:
        target.execute(
            "INSERT INTO django_session VALUES (?, ?, ?)",
            (session_key, session_data, timezone.now() + timedelta(hours=1)),
        )
    return path, session_key


@pytest.fixture
def server(database_file):
    path, session_key = database_file
    # Every search counted at once: the most writes SQLite can be asked for.
    environment = {
        "DATABASE_URL": f"sqlite:///{path}",
        "LOG_LEVEL": "WARNING",
        "SEARCH_COUNT_SECONDS": "0",
    }
    options = ("--workers", "2", "--worker-class", "gthread", "--threads", "4")
    with gunicorn(environment, *options) as (url, process):
        yield url, session_key, path
    if "database is locked" in process.log:
        print(process.log)


def search(url, session_key, query):
    return status(
        f"{url}/fi/search/?q={query}",
        headers={"Cookie": f"sessionid={session_key}"},
        timeout=30,
    )


def counted_searches(path):
    with sqlite3.connect(path) as database:
        (hits,) = database.execute(
            "SELECT COALESCE(SUM(hits), 0) FROM wagtailsearchpromotions_querydailyhits"
        ).fetchone()
    return hits


def test_concurrent_searches_all_answer_and_are_all_counted(server):
    url, session_key, path = server
    counted_before = counted_searches(path)
    # New queries and repeated ones: both write (a new query row, a hit).
    queries = [
        f"mentor{thread % 3}" if n % 2 else f"ohje{thread}x{n}"
        for thread in range(THREADS)
        for n in range(SEARCHES_PER_THREAD)
    ]

    with ThreadPoolExecutor(THREADS) as pool:
        statuses = list(pool.map(lambda q: search(url, session_key, q), queries))

    assert statuses == [200] * len(queries)
    assert counted_searches(path) - counted_before == len(queries)


def post_reset(url, session_key):
    """The settings page's "renew my feed addresses": a request that reads
    the reader's profile, then writes it."""
    token = "k" * 32
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "reset_feed_keys": "1"}
        ).encode(),
        headers={"Cookie": f"sessionid={session_key}; csrftoken={token}"},
    )
    opener = urllib.request.build_opener(NoRedirects)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_concurrent_writes_all_succeed(server):
    """Writes that read first, at the same time: SQLite refuses a transaction
    that read before another one committed its write ("database is locked",
    at once, without waiting), so writes start by taking the write lock."""
    url, session_key, path = server
    with translation.override("fi"):
        address = url + reverse("staff_profile")
    posts = THREADS * 6

    with ThreadPoolExecutor(THREADS) as pool:
        statuses = list(
            pool.map(lambda _: post_reset(address, session_key), range(posts))
        )

    assert statuses == [302] * posts
    with sqlite3.connect(path) as database:
        (resets,) = database.execute(
            "SELECT feed_key_resets FROM pages_staffprofile p"
            " JOIN auth_user u ON u.id = p.user_id WHERE u.username = 'staff'"
        ).fetchone()
    assert resets >= posts
