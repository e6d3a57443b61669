"""Real servers on loopback for the tests of faults: the site under gunicorn,
a PostgreSQL of the test's own to stop and start, a mail server, and sockets
that stand in for a failing outside service."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from django.conf import settings
from django.db import connection

from benchmarks._serve import throwaway_cluster


def database_url(name=None):
    """The address of the test database (or of database `name` on the same
    PostgreSQL server), as DATABASE_URL gives one."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}"
        f"@{database['HOST']}:{database['PORT']}/{name or database['NAME']}"
    )


def free_port():
    """A port nothing listens on (a refused connection, until reused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def status(url, headers=None, timeout=10):
    """The HTTP status of a GET, or None when nothing answers."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


@contextlib.contextmanager
def gunicorn(environment, *options):
    """The site served by gunicorn with the test settings; yields its address
    once /healthz answers, and the process (its log is `process.log` after)."""
    port = free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "intranet.wsgi"),
            *("--bind", f"127.0.0.1:{port}", *options),
        ],
        cwd=settings.BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "intranet.settings.test",
            # One cache for the server's workers, as in production.
            "CACHE_DIR": tempfile.mkdtemp(prefix="intranet-server-cache-"),
            **environment,
        },
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and status(url + "/healthz") != 200:
            time.sleep(0.2)
        yield url, process
    finally:
        process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        _output, process.log = process.communicate(timeout=30)


class CountingServer:
    """Accepts connections on a local port and counts them; each is handed
    to `answer`, which by default holds it open and never answers."""

    def __init__(self):
        self.connections = 0
        self.held = []
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                conn, _address = self.server.accept()
            except OSError:
                return
            self.connections += 1
            self.answer(conn)

    def answer(self, conn):
        self.held.append(conn)

    def close(self):
        self.server.close()
        for conn in self.held:
            conn.close()


@contextlib.contextmanager
def postgres_copy():
    """A PostgreSQL cluster of the test's own, on a free port in a temporary
    folder, holding a copy of the seeded test database: the test may stop and
    start it (`stop()`, `start()`) without touching the server that other test
    runs share. Yields the cluster; the copy is at its `url`."""
    if not any(Path("/usr/lib/postgresql").glob("*/bin/initdb")) and not (
        shutil.which("initdb")
    ):
        pytest.skip("PostgreSQL's server programs are not installed")
    with throwaway_cluster() as cluster:
        source = connection.settings_dict
        dump = subprocess.run(
            [
                cluster.bin / "pg_dump",
                "--no-owner",
                "--no-privileges",
                *(
                    f"--{option}={source[key]}"
                    for option, key in CONNECTION
                    if source[key]
                ),
                source["NAME"],
            ],
            env={**os.environ, "PGPASSWORD": source["PASSWORD"] or ""},
            stdout=subprocess.PIPE,
            check=True,
        )
        subprocess.run(
            [
                cluster.bin / "psql",
                "--quiet",
                "--set=ON_ERROR_STOP=1",
                f"--dbname={cluster.url}",
            ],
            input=dump.stdout,
            stdout=subprocess.DEVNULL,
            check=True,
        )
        yield cluster


# pg_dump's options for the test database's settings.
CONNECTION = [("host", "HOST"), ("port", "PORT"), ("username", "USER")]


class Inbox(Message):
    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


@contextlib.contextmanager
def mail_server():
    """A real SMTP server on a free loopback port (aiosmtpd); yields its port
    and the list of the messages it has received."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, inbox.messages
    finally:
        controller.stop()
