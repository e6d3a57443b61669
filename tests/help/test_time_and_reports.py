"""The mentors' time log, and the coordinators' reports of feedback and
time, with their CSV exports."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from pages.help import timelog
from pages.help.feedback_report import SMALLEST_GROUP
from pages.help.models import HelpFeedback, HelpRequest, TimeEntry
from pages.models import MentorPage, Unit
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def jari():
    return MentorPage.objects.get(user__username="mentor", locale__language_code="fi")


def log(client, **fields):
    data = {
        "date": timezone.localdate().isoformat(),
        "minutes": "45",
        "kind": "guiding",
    }
    return client.post("/fi/help/time/", {**data, **fields})


def test_a_mentor_logs_time_and_sees_the_month_against_their_resourced_hours(
    mentor_client,
):
    log(mentor_client, minutes="90", kind="training", note="Teams-koulutus")
    log(mentor_client, minutes="30")

    page = mentor_client.get("/fi/help/time/").text
    month = timelog.month_start(timezone.localdate())
    resourced = timelog.hours_and_minutes(
        timelog.resourced_minutes(jari().weekly_hours, month)
    )
    assert "Teams-koulutus" in page
    assert f"2 h 00 min kirjattu / {resourced} resursoitu tässä kuussa" in page
    assert jari().time_entries.count() == 2


def test_a_future_date_or_a_silly_duration_is_refused_in_the_readers_language(
    mentor_client,
):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = log(mentor_client, date=tomorrow.isoformat(), minutes="9999")

    assert response.status_code == 200
    assert "Päivämäärä ei voi olla tulevaisuudessa." in response.text
    assert "Tämän arvon on oltava enintään 600." in response.text
    assert TimeEntry.objects.count() == 0


def test_only_mentors_have_a_time_log_and_each_sees_only_their_own(
    staff_client, mentor_client
):
    other = MentorPage.objects.filter(locale__language_code="fi").exclude(pk=jari().pk)
    entry = TimeEntry.objects.create(mentor=other.first(), minutes=50, note="Vieras")

    assert staff_client.get("/fi/help/time/").status_code == 404
    assert "Vieras" not in mentor_client.get("/fi/help/time/").text
    mentor_client.post("/fi/help/time/", {"action": "delete", "entry": entry.pk})
    assert TimeEntry.objects.filter(pk=entry.pk).exists()


def test_closing_a_request_logs_its_time(staff_client, mentor_client):
    staff_client.post(
        "/fi/help/ask/",
        {
            "mentor": jari().pk,
            "need": "Moodle-kurssin kopiointi",
            "urgency": "week",
            "contact": "teams",
        },
    )
    help_request = HelpRequest.objects.get()

    mentor_client.post(
        f"/fi/help/{help_request.pk}/",
        {"action": "done", "note": "Kopioitu.", "minutes": "25"},
    )

    entry = TimeEntry.objects.get()
    assert (entry.mentor, entry.request, entry.minutes) == (jari(), help_request, 25)
    assert entry.kind == TimeEntry.Kind.GUIDING


def done_request_with_feedback(unit, tool, rating, comment, signed):
    staff = get_user_model().objects.get(username="staff")
    help_request = HelpRequest.objects.create(
        requester=staff,
        mentor=jari(),
        unit=unit,
        need="Apua",
        tool=tool,
        language="fi",
        status=HelpRequest.Status.DONE,
        done_at=timezone.now(),
    )
    return HelpFeedback.objects.create(
        request=help_request, rating=rating, comment=comment, signed=signed
    )


def export(client, url, **params):
    response = client.get(url, {"export": "csv", **params})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_coordinators_read_feedback_by_unit_without_unsigned_names():
    units = Unit.objects.filter(locale__language_code="fi")[:2]
    done_request_with_feedback(units[0], "Teams", 5, "Selkeä neuvonta", signed=False)
    # Enough unsigned answers alike to show (tests/help/test_feedback_privacy.py).
    for _number in range(SMALLEST_GROUP - 1):
        done_request_with_feedback(units[0], "Teams", 4, "", signed=False)
    done_request_with_feedback(units[1], "Moodle", 3, "Ihan ok", signed=True)
    coordinator = client_for("coordinator")
    url = "/admin/reports/help-feedback/"

    page = coordinator.get(url).text
    assert "Selkeä neuvonta" in page and "Ihan ok" in page
    rows = export(coordinator, url)
    names = {row["Kommentit"]: row["Allekirjoittaja"] for row in rows}
    assert names == {"Selkeä neuvonta": "", "Ihan ok": "Sanna Koskinen"}
    only_first = export(coordinator, url, unit=units[0].pk)
    assert [row["Kommentit"] for row in only_first] == ["Selkeä neuvonta"]
    assert [row["Kommentit"] for row in export(coordinator, url, topic="moodle")] == [
        "Ihan ok"
    ]
    this_month = timelog.month_start(timezone.localdate())
    last_month = timelog.previous_month(this_month)
    assert len(export(coordinator, url, month=f"{this_month:%Y-%m}")) == 2
    assert export(coordinator, url, month=f"{last_month:%Y-%m}") == []


def test_coordinators_read_each_mentors_time_against_their_resourcing():
    TimeEntry.objects.create(mentor=jari(), minutes=120)
    coordinator = client_for("coordinator")

    rows = export(coordinator, "/admin/reports/mentoring-time/")

    by_mentor = {row["Mentori"]: row for row in rows}
    month = timelog.month_start(timezone.localdate())
    resourced = timelog.resourced_minutes(jari().weekly_hours, month)
    assert by_mentor["Jari Heikkinen"]["Kirjattu (minuuttia)"] == "120"
    assert by_mentor["Jari Heikkinen"]["Resursoitu (minuuttia)"] == str(resourced)
    assert by_mentor["Jari Heikkinen"]["Kirjattu resursoidusta (%)"] == str(
        round(100 * 120 / resourced)
    )
    mentors = MentorPage.objects.filter(locale__language_code="fi")
    assert len(rows) == mentors.count()
    last_month = timelog.previous_month(month)
    earlier = export(
        coordinator, "/admin/reports/mentoring-time/", month=f"{last_month:%Y-%m}"
    )
    assert {row["Mentori"]: row for row in earlier}["Jari Heikkinen"][
        "Kirjattu (minuuttia)"
    ] == "0"
    weekly = sum(mentor.weekly_hours for mentor in mentors)
    network = timelog.hours_and_minutes(timelog.resourced_minutes(weekly, month))
    page = coordinator.get("/admin/reports/mentoring-time/").text
    assert f"2 h 00 min kirjattu / {network} resursoitu" in page


@pytest.mark.parametrize("role", ["staff", "mentor", "editor"])
@pytest.mark.parametrize(
    "url", ["/admin/reports/help-feedback/", "/admin/reports/mentoring-time/"]
)
def test_the_reports_are_the_coordinators_alone(role, url):
    done_request_with_feedback(None, "Teams", 4, "Salainen kommentti", signed=True)
    response = client_for(role).get(url, {"export": "csv"})

    assert response.status_code in {302, 403}
    assert not response.streaming
    assert b"Salainen kommentti" not in response.content
