"""Events: the index, the calendar feed, and the admin's date checks."""

import datetime

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from pages.common.subscriptions import subscription_key
from pages.factories import EventPageFactory, section
from pages.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db


def parse_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_calendar_feed_parses_and_holds_the_upcoming_events(staff_client):
    calendar = parse_calendar(staff_client.get("/fi/feeds/events.ics"))
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    upcoming = EventPage.objects.live().filter(
        locale__language_code="fi", start__gte=timezone.now()
    )

    assert upcoming
    for page in upcoming:
        event = events[page.title]
        assert event.decoded("DTSTART") == page.start
        assert event.decoded("DTEND") == page.end
        assert str(event["URL"]).endswith(page.url)


def test_the_same_event_has_the_same_uid_in_every_language(staff_client):
    finnish = parse_calendar(staff_client.get("/fi/feeds/events.ics"))
    swedish = parse_calendar(staff_client.get("/sv/feeds/events.ics"))
    uids = {str(e["UID"]) for e in finnish.walk("VEVENT")}

    assert uids == {str(e["UID"]) for e in swedish.walk("VEVENT")}
    assert {str(e["SUMMARY"]) for e in swedish.walk("VEVENT")}.isdisjoint(
        {str(e["SUMMARY"]) for e in finnish.walk("VEVENT")}
    )


def test_calendar_program_subscribes_with_a_personal_key(client, django_user_model):
    key = subscription_key(django_user_model.objects.get(username="staff"))

    assert parse_calendar(client.get(f"/fi/feeds/events.ics?key={key}")).walk("VEVENT")
    assert client.get("/fi/feeds/events.ics?key=nonsense").status_code == 403


def test_one_event_downloads_as_ics(staff_client):
    event = EventPageFactory(title="Teams-koulutus")
    calendar = parse_calendar(staff_client.get(event.url + "ics/"))

    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Teams-koulutus"]


def test_index_lists_upcoming_events_soonest_first_and_past_apart(staff_client):
    now = timezone.now()
    later = EventPageFactory(title="Myöhempi", start=now + datetime.timedelta(days=80))
    sooner = EventPageFactory(title="Pian", start=now + datetime.timedelta(hours=2))
    over = EventPageFactory(title="Mennyt", start=now - datetime.timedelta(days=2))
    html = staff_client.get(section(EventIndexPage).url).content.decode()

    upcoming, past = html.split('id="past-heading"')
    assert upcoming.index(sooner.title) < upcoming.index(later.title)
    assert over.title in past and over.title not in upcoming


def event_form(**changes):
    data = {
        "title": "Digitukipäivä",
        "slug": "digitukipaiva",
        "kind": "other",
        "start": "2026-12-10 10:00",
        "end": "2026-12-10 09:00",
        "place": "",
        "teams_link": "",
        "lead": "Tule kysymään.",
        "body": streamfield([]),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(changes)
    return nested_form_data(data)


def test_admin_refuses_an_event_that_ends_before_it_starts_and_keeps_the_input(
    editor_client,
):
    index = section(EventIndexPage)
    url = reverse("wagtailadmin_pages:add", args=["pages", "eventpage", index.pk])
    response = editor_client.post(url, event_form())

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tapahtuman on päätyttävä alkamisensa jälkeen." in html
    assert "Anna paikka, Teams-linkki tai molemmat." in html
    assert "Tule kysymään." in html
    assert not EventPage.objects.filter(slug="digitukipaiva").exists()

    response = editor_client.post(url, event_form(start="32.13.2026"))
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="digitukipaiva").exists()
