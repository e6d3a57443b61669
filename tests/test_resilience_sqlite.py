"""Concurrent searches on SQLite (the README's default database) all answer.

Each search counts its query for the editors' report, a write; inside the
request's transaction it failed with "database is locked" whenever another
request wrote at the same time. Here a real server (gunicorn, several
processes and threads, as in production) on a file copy of the seeded test
database answers searches from several threads at once.
"""

import sqlite3
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
from django.utils import timezone

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
