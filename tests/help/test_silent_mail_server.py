"""A mail server that accepts the connection and never answers: the e-mail's
attempt gives up after the SMTP timeout and is tried again later, and the
e-mails queued behind it go out as soon as a mail server answers."""

import datetime
import threading
import time

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from pages.help import workflow
from pages.help.models import HelpRequest
from pages.models import MentorPage
from tests.servers import CountingServer

pytestmark = pytest.mark.django_db

# Before the SMTP connection had a timeout it waited for ever: the test
# closes the silent server's connection after this long so as not to wait too.
GIVE_UP_SECONDS = 40


def mentor():
    return MentorPage.objects.get(user__username="mentor", locale__language_code="fi")


def ask(username, need):
    with transaction.atomic():
        help_request = HelpRequest.objects.create(
            requester=get_user_model().objects.get(username=username), need=need
        )
        workflow.offer(help_request, mentor())
    return help_request


def test_a_silent_mail_server_costs_an_attempt_the_timeout_and_no_more(
    settings, request, run_worker
):
    silent = CountingServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = silent.port
    watchdog = threading.Timer(GIVE_UP_SECONDS, silent.close)
    watchdog.start()
    first = ask("staff", "Tulostin ei tulosta")

    started = time.monotonic()
    try:
        run_worker()
    finally:
        watchdog.cancel()
        silent.close()
    waited = time.monotonic() - started

    assert silent.connections == 1
    assert waited < 15, f"the worker waited {waited:.0f} s for a silent server"
    first.refresh_from_db()
    assert first.mentor_told_at is None  # its retry is queued

    mail_server = request.getfixturevalue("mail_server")  # a server that answers
    mail_server.start()
    second = ask("editor", "Teams ei käynnisty")
    run_worker()
    # The new request's e-mail goes out at once, its retry not yet due.
    assert [m["To"] for m in mail_server.inbox.messages] == [mentor().email]
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2)):
        run_worker()
    assert len(mail_server.inbox.messages) == 2
    for help_request in (first, second):
        help_request.refresh_from_db()
        assert help_request.mentor_told_at is not None
