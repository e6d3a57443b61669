"""Unsigned help feedback stays unsigned in the coordinators' report: a
month, a unit and a tool often point to one requester, so the report shows
the figures and comments of unsigned answers only for groups of at least
SMALLEST_GROUP answers sharing them, on the page and in its CSV and XLSX, and
its totals never let a small group be worked out by subtraction."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from pages.help.feedback_report import SMALLEST_GROUP
from pages.help.models import HelpFeedback, HelpRequest
from pages.models import MentorPage, Unit
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

URL = "/admin/reports/help-feedback/"
FEWER = f"alle {SMALLEST_GROUP}"


def feedback(unit, tool, rating, comment, signed=False):
    help_request = HelpRequest.objects.create(
        requester=get_user_model().objects.get(username="staff"),
        mentor=MentorPage.objects.filter(locale__language_code="fi").first(),
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


@pytest.fixture
def units():
    return list(Unit.objects.filter(locale__language_code="fi").order_by("pk")[:2])


@pytest.fixture
def answers(units):
    """A group just big enough (unit 1, Moodle), one just too small (unit 2,
    Teams) and a signed answer beside the small group."""
    big, small = units
    for number in range(SMALLEST_GROUP):
        feedback(big, "Moodle", 1 + number % 5, f"Moodle-kommentti {number}")
    for number in range(SMALLEST_GROUP - 1):
        feedback(small, "Teams", 1, f"Vain minä kysyin {number}")
    feedback(small, "Teams", 4, "Allekirjoitettu kiitos", signed=True)


def export(params=None, spreadsheet="csv"):
    response = client_for("coordinator").get(
        URL, {"export": spreadsheet, **(params or {})}
    )
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if spreadsheet == "csv":
        return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def by_topic(rows):
    return {
        (row["Työkalu tai aihe"], row["Allekirjoittaja"] or ""): row for row in rows
    }


@pytest.mark.parametrize("spreadsheet", ["csv", "xlsx"])
def test_a_small_group_of_unsigned_answers_shows_no_figures_or_comments(
    answers, spreadsheet
):
    rows = by_topic(export(spreadsheet=spreadsheet))

    small = rows[("Teams", "")]
    assert str(small["Vastauksia"]) == FEWER
    assert str(small["Auttoiko? (1–5)"]) == FEWER
    assert not small["Kommentit"]
    big = rows[("Moodle", "")]
    assert str(big["Vastauksia"]) == str(SMALLEST_GROUP)
    assert float(big["Auttoiko? (1–5)"]) == 3.0
    assert all(f"Moodle-kommentti {n}" in big["Kommentit"] for n in range(5))
    signed = rows[("Teams", "Sanna Koskinen")]
    assert signed["Kommentit"] == "Allekirjoitettu kiitos"
    assert str(signed["Auttoiko? (1–5)"]) == "4"
    assert len(rows) == 3


def test_the_report_page_hides_the_small_group_and_says_why(answers):
    page = client_for("coordinator").get(URL).text

    assert "Vain minä kysyin" not in page
    assert "Moodle-kommentti 0" in page and "Allekirjoitettu kiitos" in page
    assert FEWER in page
    # The totals count what is shown: the big group and the signed answer.
    answers_shown = SMALLEST_GROUP + 1
    assert f"{answers_shown} vastausta" in page
    assert f"{answers_shown + SMALLEST_GROUP - 1} vastausta" not in page


def test_no_filter_opens_a_small_group(answers, units):
    coordinator = client_for("coordinator")
    _big, small = units
    for params in [{"unit": small.pk}, {"topic": "teams"}, {"topic": "Tea"}]:
        page = coordinator.get(URL, params).text
        assert "Vain minä kysyin" not in page, params
        # Only the signed answer is counted: nothing to subtract from.
        assert "1 vastaus," in page, params
        rows = export(params)
        assert [row["Vastauksia"] for row in rows if not row["Allekirjoittaja"]] == [
            FEWER
        ]


def test_differently_written_tools_make_one_group_that_filters_whole(units):
    big, _small = units
    for number, tool in enumerate(["Moodle", "moodle", "MOODLE ", "Moodle", "moodle"]):
        feedback(big, tool, 5, f"Kommentti {number}")

    for params in [{}, {"topic": "Moodle"}, {"topic": "oodl"}]:
        rows = [row for row in export(params) if not row["Allekirjoittaja"]]
        assert [row["Vastauksia"] for row in rows] == [str(SMALLEST_GROUP)], params
