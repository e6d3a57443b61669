"""Journeys through the site in a real browser (Debian's chromium)."""

import pytest
from playwright.sync_api import expect

from tests.e2e.browsing import sign_in

pytestmark = [
    pytest.mark.e2e,
    # The live server commits; the seeded demo is restored before each test.
    pytest.mark.django_db(transaction=True),
]


def test_staff_member_signs_in_and_reads_in_three_languages(live_server, page):
    sign_in(page, live_server)

    expect(page.get_by_role("heading", level=1)).to_have_text("Digimentorit")
    expect(page.locator("html")).to_have_attribute("lang", "fi")

    switcher = page.get_by_role("navigation", name="Kieli")
    switcher.get_by_role("link", name="Svenska").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Digimentorer")
    expect(page.locator("html")).to_have_attribute("lang", "sv")

    page.get_by_role("navigation", name="Språk").get_by_role(
        "link", name="English"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Digimentors")
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_skip_link_is_the_first_stop_and_moves_to_the_content(live_server, page):
    page.goto(live_server.url + "/fi/login/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Siirry pääsisältöön")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()


def test_staff_member_finds_the_nearest_swedish_speaking_mentor(live_server, page):
    sign_in(page, live_server)
    menu = page.get_by_role("navigation", name="Päävalikko")
    menu.get_by_text("Mentorit", exact=True).click()
    menu.get_by_role("link", name="Löydä digimentori").click()
    page.get_by_role("link", name="Löydä yksikköäsi lähin mentori").click()

    page.get_by_role("combobox", name="Yksikkösi").select_option(label="Kotihoito")
    page.get_by_role("combobox", name="Kieli").select_option(label="ruotsi")
    page.get_by_role("button", name="Hae mentoreita").click()

    expect(page.get_by_role("status")).to_contain_text("mentoria löytyi")
    results = page.get_by_role("region", name="Mentorit yksikölle Kotihoito")
    expect(results.get_by_role("listitem").first).to_contain_text("Sama yksikkö")
    expect(results.get_by_role("listitem").first).to_contain_text("ruotsi")


def test_staff_member_saves_their_unit_and_sees_their_mentors(live_server, page):
    sign_in(page, live_server)
    expect(page.get_by_role("heading", name="Digimentorisi")).to_be_visible()
    page.get_by_role("link", name="Valitse yksikkösi").click()

    page.get_by_role("combobox", name="Yksikkösi").select_option(label="Päivystys")
    page.get_by_role("button", name="Tallenna").click()
    expect(page.get_by_role("status")).to_contain_text("Asetuksesi tallennettiin.")

    page.get_by_role("navigation", name="Päävalikko").get_by_role(
        "link", name="Etusivu"
    ).click()
    mentors = page.get_by_role("region", name="Digimentorisi")
    expect(
        mentors.get_by_role("link", name="Jari Heikkinen", exact=True)
    ).to_be_visible()


def test_staff_member_finds_a_guide_and_a_mentor_to_ask(live_server, page):
    sign_in(page, live_server)
    page.get_by_role("navigation", name="Päävalikko").get_by_role(
        "link", name="Ohjeet"
    ).click()

    page.get_by_label("Osaamisalue").select_option(
        label="Ihmislähtöinen etäohjausosaaminen"
    )
    page.get_by_role("button", name="Näytä ohjeet").click()
    results = page.get_by_role("region", name="Tulokset")
    expect(page.get_by_role("status")).to_contain_text("ohje")
    results.get_by_role("heading", level=3).first.get_by_role("link").click()

    expect(page.get_by_role("heading", level=2, name="Vaihe 1:").first).to_be_visible()
    helpers = page.get_by_role("region", name="Jumissa? Kysy digimentorilta")
    expect(helpers.get_by_role("article").first).to_be_visible()
    expect(
        helpers.get_by_role("link", name="Keskustele Teamsissa").first
    ).to_be_visible()


def test_staff_member_searches_in_finnish_and_opens_a_result(live_server, page):
    sign_in(page, live_server)
    box = page.get_by_role("search").get_by_role("combobox", name="Hae intranetistä")
    box.fill("Jari")
    # Suggestions arrive as the reader types (mentors first); the box is a
    # plain form all the same.
    expect(
        page.locator("#site-search-suggestions option[value='Jari Heikkinen']")
    ).to_have_count(1)

    # The live server shares one in-memory SQLite connection between its
    # threads: let the suggestions for this text arrive before the search.
    with page.expect_response(lambda response: "suggest" in response.url):
        box.fill("mentoreiden kokouksessa")
    box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Haku")
    expect(page.get_by_role("status")).to_contain_text("mentoreiden kokouksessa")
    page.get_by_role("navigation", name="Tulosten tyypit").get_by_role(
        "link", name="Kokousmuistiot"
    ).click()
    results = page.get_by_role("region", name="Tulokset")
    first = results.get_by_role("article").first
    expect(first.locator("mark").first).to_be_visible()
    title = first.get_by_role("heading", level=3).inner_text()
    first.get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
