"""A PostgreSQL blink: a server that keeps its connection (CONN_MAX_AGE)
answers again as soon as the database does, not with an error for each
connection it held."""

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.conf import settings
from django.db import connection

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL's connections"
    ),
    pytest.mark.django_db,
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    database = connection.settings_dict
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}"
        f"@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    )


@pytest.fixture
def server():
    """One process, one thread: the same kept connection serves each request."""
    port = free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "intranet.wsgi"),
            *("--bind", f"127.0.0.1:{port}", "--workers", "1"),
        ],
        cwd=settings.BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "intranet.settings.test",
            "DATABASE_URL": database_url(),
            "CONN_MAX_AGE": "60",
            "LOG_LEVEL": "CRITICAL",
        },
    )
    url = f"http://127.0.0.1:{port}/healthz"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and status(url) != 200:
        time.sleep(0.2)
    yield url
    process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
    process.wait(timeout=30)


def status(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


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
