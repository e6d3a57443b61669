"""People in a real browser: from "Where do you work?" to mentors under the
finder's tiers, cards that stack on a phone, and axe on the pages of people."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.browsing import DESKTOP, PHONE, WCAG_22_AA, sign_in

pytestmark = [
    pytest.mark.e2e,
    # The live server commits; the seeded demo is restored before each test.
    pytest.mark.django_db(transaction=True),
]


def boxes(page, selector):
    return [item.bounding_box() for item in page.locator(selector).all()]


def test_staff_member_types_their_unit_and_meets_their_mentors(
    live_server, page, tmp_path
):
    sign_in(page, live_server)
    page.get_by_label("Missä työskentelet?").fill("Päivystys")
    page.get_by_role("button", name="Näytä mentorini").click()

    expect(page.get_by_role("heading", name="Oma yksikkösi: Päivystys")).to_be_visible()
    faculty = "Oma tiedekuntasi tai toimialasi: Terveyspalvelut"
    expect(page.get_by_role("heading", name=faculty)).to_be_visible()
    cards = page.locator(".mentor-card")
    expect(cards.first).to_be_visible()
    # Every card has a face: a photo that loaded, or initials.
    assert cards.count() == page.locator(".mentor-card .avatar").count()
    photo = page.locator(".mentor-card img.avatar").first
    expect(photo).to_be_visible()
    assert photo.evaluate("image => image.complete && image.naturalWidth") == 96
    expect(
        page.get_by_role("link", name="Keskustele Teamsissa: Jari Heikkinen")
    ).to_be_visible()
    page.screenshot(path=tmp_path / "finder-1280.png", full_page=True)

    first, second = boxes(page, ".finder-tier:first-of-type .mentor-card")[:2]
    assert first["y"] == second["y"]  # side by side on a desktop

    page.set_viewport_size(PHONE)
    first, second = boxes(page, ".finder-tier:first-of-type .mentor-card")[:2]
    assert first["x"] == second["x"]
    assert second["y"] >= first["y"] + first["height"]  # stacked on a phone
    assert first["width"] <= PHONE["width"]
    page.screenshot(path=tmp_path / "finder-390.png", full_page=True)


def test_the_finders_answers_to_a_typed_unit_pass_axe_wcag_22_aa(live_server, page):
    sign_in(page, live_server)
    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": WCAG_22_AA}}
    # Each page type is checked in test_page_types; these are the finder's
    # answers to a typed unit, found and not found.
    paths = [
        "/fi/mentorit/nearest/?where=Päivystys",
        "/sv/mentorer/nearest/?where=xyzzy",
    ]
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        for path in paths:
            page.goto(live_server.url + path)
            results = axe.run(page, options=options)
            assert results.violations_count == 0, (
                f"{path} at {viewport['width']} px:\n{results.generate_report()}"
            )
