"""The mentors' time log, and the coordinators' reports of feedback and
time, with their CSV exports."""

import csv
import datetime
import html
import io

import pytest
from django.contrib.auth import get_user_model
from django.utils import formats, timezone, translation

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


# Months and dates out of range, and a day's ceiling.

OUT_OF_RANGE = {
    "fi": "Vain kuukaudet {first}–{last} voi näyttää: tässä on kuluva kuukausi.",
    "sv": "Bara månaderna {first}–{last} kan visas: här är innevarande månad.",
    "en": "Only the months {first} to {last} can be shown: this is the current month.",
}


def shown_range():
    this_month = timelog.month_start(timezone.localdate())
    first = this_month
    for _n in range(timelog.MONTHS_SHOWN - 1):
        first = timelog.previous_month(first)
    return f"{first:%m/%Y}", f"{this_month:%m/%Y}"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("month", ["0001-01", "9999-12", "2000-01", "2999-01", "x"])
def test_a_month_out_of_range_shows_this_month_in_the_time_log_and_says_so(
    mentor_client, language, month
):
    log(mentor_client, minutes="75", note="Tämän kuun kirjaus")

    response = mentor_client.get(f"/{language}/help/time/", {"month": month})

    assert response.status_code == 200
    assert "Tämän kuun kirjaus" in response.text
    first, last = shown_range()
    message = OUT_OF_RANGE[language].format(first=first, last=last)
    assert message in response.text


def test_the_time_log_links_no_month_beyond_those_shown(mentor_client):
    first_month = timelog.month_start(timezone.localdate())
    for _n in range(timelog.MONTHS_SHOWN - 1):
        first_month = timelog.previous_month(first_month)

    earliest = mentor_client.get("/fi/help/time/", {"month": f"{first_month:%Y-%m}"})

    assert "Edellinen kuukausi" not in earliest.text
    assert "Vain kuukaudet" not in earliest.text
    assert "Seuraava kuukausi" in earliest.text


@pytest.mark.parametrize("month", ["0001-01", "9999-12", "2000-01"])
def test_a_month_out_of_range_shows_this_month_in_the_time_report_and_says_so(month):
    TimeEntry.objects.create(mentor=jari(), minutes=120)
    coordinator = client_for("coordinator")
    url = "/admin/reports/mentoring-time/"

    page = coordinator.get(url, {"month": month})
    rows = export(coordinator, url, month=month)

    assert page.status_code == 200
    first, last = shown_range()
    assert OUT_OF_RANGE["fi"].format(first=first, last=last) in page.text
    assert "2 h 00 min kirjattu" in page.text
    by_mentor = {row["Mentori"]: row for row in rows}
    assert by_mentor["Jari Heikkinen"]["Kirjattu (minuuttia)"] == "120"
    results = coordinator.get(url + "results/", {"month": month})
    assert OUT_OF_RANGE["fi"].format(first=first, last=last) in results.text


@pytest.mark.parametrize("month", ["0001-01", "9999-12"])
def test_a_month_out_of_range_in_the_feedback_report_is_no_error(month):
    done_request_with_feedback(None, "Teams", 4, "Hyvä apu", signed=True)
    coordinator = client_for("coordinator")

    response = coordinator.get("/admin/reports/help-feedback/", {"month": month})

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Päivämäärä voi olla enintään vuoden takaa."),
        ("sv", "Datumet kan vara högst ett år tillbaka."),
        ("en", "The date can be at most a year back."),
    ],
)
@pytest.mark.parametrize("date", ["0001-01-01", "1999-12-31", "year ago and a day"])
def test_a_date_more_than_a_year_back_is_refused_and_kept(
    mentor_client, language, message, date
):
    today = timezone.localdate()
    if date == "year ago and a day":
        date = (timelog.a_year_before(today) - datetime.timedelta(days=1)).isoformat()

    response = mentor_client.post(
        f"/{language}/help/time/",
        {"date": date, "minutes": "45", "kind": "guiding", "note": "Vanha kirjaus"},
    )

    assert response.status_code == 200
    assert message in response.text
    assert "Vanha kirjaus" in response.text  # what was typed stays
    assert TimeEntry.objects.count() == 0


def test_a_date_exactly_a_year_back_is_logged(mentor_client):
    year_ago = timelog.a_year_before(timezone.localdate())

    response = log(mentor_client, date=year_ago.isoformat())

    assert response.status_code == 302
    assert TimeEntry.objects.get().date == year_ago


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Päivään mahtuu enintään 24 h: {date} on jo kirjattu {logged}"),
        ("sv", "En dag rymmer högst 24 h: för {date} har redan {logged} förts in"),
        ("en", "A day holds at most 24 h: {logged} is already logged on {date}"),
    ],
)
def test_a_day_holds_at_most_24_hours_of_mentoring(mentor_client, language, message):
    today = timezone.localdate()
    for _entry in range(2):
        assert log(mentor_client, minutes="600").status_code == 302

    refused = mentor_client.post(
        f"/{language}/help/time/",
        {"date": today.isoformat(), "minutes": "600", "kind": "guiding", "note": "x"},
    )

    assert refused.status_code == 200
    with translation.override(language):
        shown_date = formats.date_format(today, "SHORT_DATE_FORMAT")
    expected = message.format(date=shown_date, logged="20 h 00 min")
    assert expected in html.unescape(refused.text)
    assert TimeEntry.objects.count() == 2
    # What still fits is taken; another day is another day.
    assert log(mentor_client, minutes="240").status_code == 302
    assert log(mentor_client, minutes="1").status_code == 200
    yesterday = today - datetime.timedelta(days=1)
    another_day = log(mentor_client, date=yesterday.isoformat(), minutes="600")
    assert another_day.status_code == 302
    assert sum(entry.minutes for entry in TimeEntry.objects.filter(date=today)) == 1440


def test_closing_a_request_logs_no_time_past_the_days_ceiling(
    staff_client, mentor_client
):
    for _entry in range(2):
        log(mentor_client, minutes="600")
    staff_client.post(
        "/fi/help/ask/",
        {"mentor": jari().pk, "need": "Apua", "urgency": "week", "contact": "teams"},
    )
    help_request = HelpRequest.objects.get()

    response = mentor_client.post(
        f"/fi/help/{help_request.pk}/",
        {"action": "done", "note": "Tehty.", "minutes": "300"},
    )

    assert response.status_code == 200
    assert "Päivään mahtuu enintään 24 h" in html.unescape(response.text)
    help_request.refresh_from_db()
    assert help_request.status != HelpRequest.Status.DONE  # nothing half done
    assert TimeEntry.objects.filter(request=help_request).count() == 0
