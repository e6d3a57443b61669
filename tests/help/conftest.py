import socket

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from pages.help.models import HelpRequest, TimeEntry
from tests.adapters.django_tasks_db import run_due_tasks


@pytest.fixture(autouse=True)
def no_demo_history(db):
    """Each test starts from an empty queue and time log: the demo's history
    of requests would otherwise mix with the test's own."""
    HelpRequest.objects.all().delete()
    TimeEntry.objects.all().delete()


@pytest.fixture
def run_worker():
    """Work through the background queue once, as `db_worker` does beside
    the web server, and stop when nothing due is left."""
    return lambda: run_due_tasks("background")


class Inbox(Message):
    """What a mail server received, message by message."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class MailServer:
    """A real SMTP server on a port of its own, started and stopped at will:
    the site sends to it through Django's SMTP backend."""

    def __init__(self):
        self.port = free_port()
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def mail_server(settings):
    server = MailServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()
