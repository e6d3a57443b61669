"""A PostgreSQL blink: a server that keeps its connection (CONN_MAX_AGE)
answers again as soon as the database does, not with an error for each
connection it held."""

import pytest
from django.db import connection

from tests.servers import gunicorn, status

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL's connections"
    ),
    pytest.mark.django_db,
]


def database_url():
    database = connection.settings_dict
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}"
        f"@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    )


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
