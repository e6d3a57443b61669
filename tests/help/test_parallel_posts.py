"""The ceilings on help requests an hour and on mentoring time a day hold
when one person's posts arrive at once: real threads, each with its own
database connection, post together against the real database (SQLite's file
or PostgreSQL), and every post commits as a request to the site does."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections
from django.utils import timezone

from pages.help.limits import MAX_MINUTES_PER_DAY, MAX_REQUESTS_PER_HOUR
from pages.help.models import HelpRequest, TimeEntry
from pages.models import MentorPage
from tests.conftest import client_for

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

POSTS = 20


def jari():
    return MentorPage.objects.get(user__username="mentor", locale__language_code="fi")


def all_at_once(username, path, data):
    """POSTS posts of `data` to `path` by `username`, each from its own
    thread and connection, released together; their responses."""
    clients = [client_for(username) for _post in range(POSTS)]
    start = threading.Barrier(POSTS)

    def post(client):
        try:
            start.wait(timeout=30)
            return client.post(path, data)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(POSTS) as pool:
        return list(pool.map(post, clients))


def test_parallel_requests_stop_at_the_hourly_limit():
    responses = all_at_once(
        "staff",
        "/fi/help/ask/",
        {
            "mentor": jari().pk,
            "need": "Miten jaan näyttöni Teams-kokouksessa?",
            "urgency": "week",
            "contact": "teams",
        },
    )

    statuses = sorted(response.status_code for response in responses)
    assert (
        statuses
        == [200] * (POSTS - MAX_REQUESTS_PER_HOUR) + [302] * MAX_REQUESTS_PER_HOUR
    )
    assert HelpRequest.objects.count() == MAX_REQUESTS_PER_HOUR
    refused = [r for r in responses if r.status_code == 200]
    assert all("Olet lähettänyt monta pyyntöä" in r.text for r in refused)


def test_parallel_time_entries_stop_at_a_days_ceiling():
    responses = all_at_once(
        "mentor",
        "/fi/help/time/",
        {"date": timezone.localdate().isoformat(), "minutes": "600", "kind": "guiding"},
    )

    fits = MAX_MINUTES_PER_DAY // 600
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [200] * (POSTS - fits) + [302] * fits
    assert TimeEntry.objects.filter(mentor=jari()).count() == fits
    refused = [r for r in responses if r.status_code == 200]
    assert all("Päivään mahtuu enintään 24 h" in r.text for r in refused)
