"""A help request in a real browser: asked from a mentor's profile, e-mailed
by the background worker, taken and marked done by the mentor."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import expect

from pages.models import MentorPage
from tests.adapters.django_tasks_db import run_due_tasks
from tests.e2e.browsing import PHONE, WCAG_22_AA, sign_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]


def no_violations(page):
    results = Axe().run(
        page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}}
    )
    assert results.violations_count == 0, results.generate_report()


def test_staff_asks_a_mentor_for_help_and_the_mentor_marks_it_done(
    live_server, browser, page
):
    jari = MentorPage.objects.get(user__username="mentor", locale__language_code="fi")
    sign_in(page, live_server, start=jari.url)
    page.get_by_role("link", name="Pyydä apua").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Pyydä apua: Jari Heikkinen"
    )
    no_violations(page)
    page.get_by_label("Missä tarvitset apua?").fill(
        "Miten jaan näyttöni Teams-kokouksessa?"
    )
    page.get_by_label("Työkalu tai aihe").fill("Teams")
    page.get_by_label("Tänään, jos mahdollista").check()
    page.get_by_role("button", name="Lähetä pyyntö").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Pyyntösi lähetettiin: Jari Heikkinen."
    )

    run_due_tasks("background")
    [message] = mail.outbox
    link = re.search(r"http\S+/fi/help/\d+/", message.body).group()
    path = link[link.index("/fi/help/") :]

    mentor = browser.new_context(locale="fi-FI", viewport=PHONE).new_page()
    sign_in(mentor, live_server, username="mentor", start=path)
    expect(mentor.get_by_role("heading", level=1)).to_have_text("Avunpyyntö")
    expect(mentor.get_by_text("Miten jaan näyttöni Teams-kokouksessa?")).to_be_visible()
    no_violations(mentor)
    mentor.get_by_role("button", name="Ota pyyntö hoitaaksesi").click()
    expect(mentor.get_by_role("status")).to_contain_text("Otit pyynnön hoitaaksesi.")
    mentor.get_by_label("Muistiinpano").fill("Näytin jakamisen puhelimessa.")
    mentor.get_by_role("button", name="Merkitse hoidetuksi").click()
    expect(mentor.get_by_role("status")).to_contain_text(
        "Pyyntö on merkitty hoidetuksi."
    )

    page.goto(live_server.url + path)
    expect(page.get_by_text("Näytin jakamisen puhelimessa.")).to_be_visible()
    expect(page.get_by_role("heading", name="Palaute")).to_be_visible()
    mentor.context.close()
