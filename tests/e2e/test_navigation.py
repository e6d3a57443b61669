"""The menu, the breadcrumbs and the first screen, on a phone and a desktop."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.browsing import DESKTOP, PHONE, WCAG_22_AA, sign_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]


def signed_in(browser, live_server, viewport):
    context = browser.new_context(locale="fi-FI", viewport=viewport)
    page = context.new_page()
    sign_in(page, live_server)
    return page


def accessibility_node(page, name):
    """The browser's own accessibility node named `name`, as screen readers
    get it: its role and its states."""
    session = page.context.new_cdp_session(page)
    for node in session.send("Accessibility.getFullAXTree")["nodes"]:
        if node.get("name", {}).get("value") == name and not node.get("ignored"):
            if node["role"]["value"] not in ("StaticText", "InlineTextBox"):
                states = {
                    state["name"]: state["value"].get("value")
                    for state in node.get("properties", [])
                }
                return node["role"]["value"], states
    return None, {}


def test_on_a_phone_the_menu_opens_from_a_button_with_the_keyboard(
    browser, live_server
):
    page = signed_in(browser, live_server, PHONE)
    menu = page.get_by_role("navigation", name="Päävalikko")
    button = page.locator(".menu-toggle summary")
    expect(button).to_have_text("Valikko")
    expect(menu).to_be_hidden()
    expect(page.get_by_role("searchbox")).to_be_hidden()
    # Chromium's disclosure button: platforms read it as a button with its state.
    role, states = accessibility_node(page, "Valikko")
    assert role == "DisclosureTriangle"
    assert states["focusable"] is True and states["expanded"] is False

    button.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    expect(page.locator(".menu-toggle")).to_have_attribute("open", "")
    expect(menu.get_by_role("link", name="Ohjeet")).to_be_visible()
    assert accessibility_node(page, "Valikko")[1]["expanded"] is True

    # A group opens with the space bar, and its links are the next stops;
    # Escape closes the innermost: the group, then the menu.
    group = menu.get_by_text("Uutiset ja tapahtumat", exact=True)
    group.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Escape")
    expect(menu.get_by_role("link", name="Uutiset", exact=True)).to_be_hidden()
    expect(group).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator(".menu-toggle")).not_to_have_attribute("open", "")
    expect(page.get_by_text("Valikko", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    group.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(menu.get_by_role("link", name="Uutiset", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Uutiset")

    # The skip link, the site's name, then the menu button.
    for _stop in range(3):
        page.keyboard.press("Tab")
    expect(button).to_be_focused()
    page.keyboard.press("Space")
    expect(menu).to_be_visible()
    page.keyboard.press("Space")
    expect(menu).to_be_hidden()


@pytest.mark.parametrize("path", ["/fi/", "/fi/uutiset/", "/fi/mentorit/"])
def test_on_a_phone_the_pages_heading_is_on_the_first_screen(
    browser, live_server, path
):
    page = signed_in(browser, live_server, PHONE)
    page.goto(live_server.url + path)
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_be_in_viewport(ratio=1)
    assert page.locator(".site-header").bounding_box()["height"] <= 150


def test_on_a_desktop_the_menu_is_open_and_its_groups_unfold(browser, live_server):
    page = signed_in(browser, live_server, DESKTOP)
    menu = page.get_by_role("navigation", name="Päävalikko")
    expect(page.locator(".menu-toggle summary")).to_be_hidden()
    expect(menu.get_by_role("link", name="Etusivu")).to_be_visible()
    expect(menu.get_by_role("link", name="Ohjeet")).to_be_visible()
    assert menu.bounding_box()["height"] < 60  # one row

    group = menu.get_by_text("Verkosto", exact=True)
    minutes = menu.get_by_role("link", name="Kokousmuistiot")
    # Escape closes an open group and leaves the focus on it; so does a click
    # elsewhere on the page.
    group.click()
    expect(minutes).to_be_visible()
    page.keyboard.press("Escape")
    expect(minutes).to_be_hidden()
    expect(group).to_be_focused()
    group.click()
    page.mouse.click(5, DESKTOP["height"] - 5)  # the page, below the open group
    expect(minutes).to_be_hidden()

    group.click()
    minutes.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kokousmuistiot")


def crumbs(page):
    return page.get_by_role("navigation", name="Murupolku").get_by_role("listitem")


def test_breadcrumbs_lead_back_from_a_news_item_a_guide_and_minutes(
    browser, live_server
):
    page = signed_in(browser, live_server, DESKTOP)

    page.goto(live_server.url + "/fi/uutiset/")
    title = page.locator(".teaser h3 a").first.inner_text()
    page.locator(".teaser h3 a").first.click()
    expect(crumbs(page)).to_have_text(["Etusivu", "Uutiset", title])

    page.goto(live_server.url + "/fi/ohjeet/")
    title = page.locator(".teaser h3 a").first.inner_text()
    page.locator(".teaser h3 a").first.click()
    expect(crumbs(page)).to_have_text(["Etusivu", "Ohjeet", title])
    expect(crumbs(page).last.locator('[aria-current="page"]')).to_have_text(title)

    page.goto(live_server.url + "/fi/muistiot/")
    title = page.locator(".teaser h3 a").first.inner_text()
    page.locator(".teaser h3 a").first.click()
    expect(crumbs(page)).to_have_text(["Etusivu", "Kokousmuistiot", title])
    crumbs(page).get_by_role("link", name="Kokousmuistiot").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kokousmuistiot")


def test_the_open_menu_passes_axe_wcag_22_aa(browser, live_server):
    """The pages themselves are checked in test_page_types; the menu open on
    a phone and an open group on a desktop are states of their own."""
    page = signed_in(browser, live_server, PHONE)
    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": WCAG_22_AA}}

    def check(where):
        results = axe.run(page, options=options)
        assert results.violations_count == 0, f"{where}:\n{results.generate_report()}"

    # The open menu and an open group are part of the page too.
    page.goto(live_server.url + "/fi/uutiset/")
    page.locator(".menu-toggle summary").click()
    page.get_by_text("Verkosto", exact=True).click()
    check("the open menu at 390 px")
    page.set_viewport_size(DESKTOP)
    check("an open group at 1280 px")


def test_on_a_phone_the_filters_fold_behind_a_summary_of_those_in_use(
    browser, live_server
):
    page = signed_in(browser, live_server, PHONE)
    page.goto(live_server.url + "/fi/mentorit/?language=sv&topic=teams")
    summary = page.get_by_text("Suodattimet käytössä: ruotsi, Teams")
    filters = page.get_by_role("form", name="Rajaa mentoreita")
    language = filters.get_by_label("Kieli", exact=True)
    expect(summary).to_be_visible()
    expect(language).to_be_hidden()
    # The first mentor is on the first screen, not two screens down.
    first_card = page.locator(".mentor-card").first.bounding_box()
    assert first_card["y"] < PHONE["height"]
    summary.click()
    expect(language).to_be_visible()
    expect(language).to_have_value("sv")
    options = {"runOnly": {"type": "tag", "values": WCAG_22_AA}}
    results = Axe().run(page, options=options)
    assert results.violations_count == 0, results.generate_report()

    page.set_viewport_size(DESKTOP)
    page.reload()
    expect(language).to_be_visible()
    expect(page.get_by_text("Suodattimet käytössä: ruotsi, Teams")).to_be_hidden()
