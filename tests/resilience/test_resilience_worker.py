"""The background worker rides out a PostgreSQL restart: it waits for the
database, says so once, and sends what is asked once the database is back.

A real worker process (`manage.py db_worker` as docs/production.md's service runs it,
with the production settings) works through a copy of the test database in a
PostgreSQL cluster of the test's own, which the test stops and starts; the
e-mails go to a real SMTP server on loopback.
"""

import secrets
import signal
import subprocess
import sys
import tempfile
import time

import pytest
from django.conf import settings
from django.db import connection

from tests.servers import mail_server, postgres_copy

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="a copy of the PostgreSQL test database",
    ),
    pytest.mark.django_db,  # the test database is set up, and copied
]

NEED = "The printer on the third floor asks for a PIN code"

ASK = f"""
from django.contrib.auth import get_user_model
from django.db import transaction
from pages.help import workflow
from pages.help.models import HelpRequest
from pages.models import MentorPage
mentor = MentorPage.objects.get(user__username="mentor", locale__language_code="fi")
staff = get_user_model().objects.get(username="staff")
with transaction.atomic():
    help_request = HelpRequest.objects.create(requester=staff, need="{NEED}")
    workflow.offer(help_request, mentor)
"""


@pytest.fixture(scope="module")
def postgres(django_db_setup):
    with postgres_copy() as cluster:
        yield cluster


def production(database_url, mail_port):
    return {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "intranet.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "CACHE_DIR": tempfile.mkdtemp(prefix="intranet-worker-cache-"),
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mail_port),
        "LOG_LEVEL": "INFO",
    }


def manage(environment, *args, **options):
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        text=True,
        **options,
    )


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def mentions_the_need(message):
    return any(
        NEED in part.get_payload(decode=True).decode()
        for part in message.walk()
        if not part.is_multipart()
    )


def test_the_worker_waits_out_a_database_restart(postgres, tmp_path):
    log = tmp_path / "worker.log"
    with mail_server() as (port, messages), open(log, "w") as output:
        environment = production(postgres.url, port)
        worker = manage(
            environment,
            *("db_worker", "--backend=background", "--queue-name=*"),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            assert wait_for(lambda: "Starting worker" in log.read_text(), 30)
            postgres.stop()
            time.sleep(4)  # the worker looks for tasks every second
            postgres.start()

            manage(environment, "shell", "-c", ASK).wait(timeout=60)
            sent = wait_for(lambda: any(map(mentions_the_need, messages)), 60)
            running = worker.poll() is None
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)

    output = log.read_text()
    assert running, f"the worker exited:\n{output[-3000:]}"
    assert sent, f"the request asked after the restart was not sent:\n{output[-3000:]}"
    # Once for the outage, not once per attempt to reach the database.
    assert output.count("Database unavailable") == 1, output[-3000:]
    assert output.count("Database available again") == 1, output[-3000:]
