"""A PostgreSQL blink: a server that keeps its connection (CONN_MAX_AGE)
answers again as soon as the database does, not with an error for each
connection it held; an outage is logged when it begins and ends, not for
each request answered 503 meanwhile."""

import pytest
from django.db import connection

from tests.servers import database_url, gunicorn, postgres_copy, status

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL's connections"
    ),
    pytest.mark.django_db,
]


@pytest.fixture
def server():
    """One process, one thread: the same kept connection serves each request."""
    environment = {
        "DATABASE_URL": database_url(),
        "CONN_MAX_AGE": "60",
        "LOG_LEVEL": "CRITICAL",
    }
    with gunicorn(environment, "--workers", "1") as (url, _process):
        yield url + "/healthz"


def drop_other_connections():
    """What a restart of PostgreSQL does to the server's kept connection."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def test_the_first_request_after_a_database_restart_answers(server):
    assert status(server) == 200

    assert drop_other_connections() == 1

    assert status(server) == 200


@pytest.fixture(scope="module")
def postgres(django_db_setup):
    with postgres_copy() as cluster:
        yield cluster


REQUESTS = 100
# Any session cookie: reading the session needs the database.
SIGNED_IN = {"Cookie": "sessionid=0123456789abcdefghijklmnopqrstuv"}


def test_an_outage_is_logged_as_it_begins_and_ends_not_per_request(postgres):
    environment = {"DATABASE_URL": postgres.url, "LOG_LEVEL": "INFO"}
    with gunicorn(environment, "--workers", "1") as (url, process):
        postgres.stop()
        answers = {
            status(url + path, headers=SIGNED_IN)
            for path in ["/fi/", "/healthz"] * (REQUESTS // 2)
        }
        postgres.start()
        back = status(url + "/healthz")

    log = process.log
    assert "Traceback" not in log, log[-3000:]
    assert log.count("Database unavailable") == 1, log[-3000:]
    assert log.count("Database available again") == 1, log[-3000:]
    # gunicorn's own lines as it starts and stops, and the outage's two.
    assert len(log.splitlines()) < 15, log[-3000:]
    assert answers == {503}
    assert back == 200
