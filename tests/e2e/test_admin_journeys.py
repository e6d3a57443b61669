"""The people who write are not web professionals: their work in the Wagtail
admin, in a real browser, from the link the site shows them to the page it
makes. axe runs on each admin screen; Wagtail's own known issues are listed
below, each with its reason, and nothing else is let through."""

import io

import PIL.Image
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from pages.models import MeetingMinutesPage, MentorPage, NewsPage
from tests.e2e.browsing import WCAG_22_AA, sign_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]

# axe rule: (the element it flags, why it is Wagtail's and not ours).
WAGTAIL_KNOWN_ISSUES = {
    "aria-input-field-name": (
        ".notranslate, div[aria-describedby^='placeholder-']",
        "Draftail's editing area is a contenteditable whose label is on its "
        "wrapper, not on the textbox itself (Wagtail's rich text editor).",
    ),
    "label": (
        ".ui-autocomplete-input",
        "The tag field's jQuery UI autocomplete input is labelled by the tag "
        "widget's own label, which axe does not follow (taggit widget).",
    ),
}


def picture():
    """A real small PNG: the site shows renditions made from it."""
    buffer = io.BytesIO()
    PIL.Image.new("RGB", (640, 360), (23, 95, 140)).save(buffer, format="PNG")
    return {"name": "kampus.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def admin_violations(page):
    results = Axe().run(
        page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}}
    )
    found = []
    for violation in results.response["violations"]:
        known = WAGTAIL_KNOWN_ISSUES.get(violation["id"])
        for node in violation["nodes"]:
            target = " ".join(node["target"])
            if known and page.locator(target).first.evaluate(
                "(element, selector) => element.matches(selector)", known[0]
            ):
                continue
            found.append(f"{violation['id']}: {target}")
    return found


def publish(page):
    page.get_by_role("button", name="Lisää toimintoja").click()
    page.get_by_role("button", name="Julkaise").click()


def publish_new_page(page):
    """Publish a page being written. Wagtail's autosave creates its draft
    soon after an edit and then moves the form, and the address, to the
    draft's edit view; a Publish sent to the create view while that save is
    on its way makes a second page with the draft's slug, refused (a 500,
    or "could not be created"). A person takes longer to reach the button
    than a save takes; on a busy machine the test waits for it as they do."""
    page.wait_for_url("**/edit/")
    publish(page)


def test_a_mentor_updates_and_confirms_their_profile(live_server, page):
    sign_in(page, live_server, "mentor")
    profile = MentorPage.objects.get(slug="jari-heikkinen", locale__language_code="fi")
    page.goto(live_server.url + profile.url)
    page.get_by_role("link", name="Muokkaa profiiliani").click()

    expect(page.get_by_label("Vastaanottoajat")).to_be_visible()
    assert admin_violations(page) == []
    page.get_by_label("Vastaanottoajat").fill("ti klo 9–11")
    publish(page)
    expect(page.get_by_text("julkaistu", exact=False).first).to_be_visible()

    page.goto(live_server.url + profile.url)
    expect(page.get_by_text("Vastaanottoaika: ti klo 9–11")).to_be_visible()
    page.get_by_role("button", name="Vahvista tietoni").click()
    expect(page.get_by_role("status")).to_contain_text(
        "tietosi on vahvistettu ajantasaisiksi"
    )


def test_an_editor_writes_news_with_an_image_and_it_shows_on_the_home_page(
    live_server, page
):
    sign_in(page, live_server, "editor")
    index = NewsPage.objects.live().filter(locale__language_code="fi")[0].get_parent()
    page.goto(live_server.url + index.url)
    page.get_by_role("link", name="Kirjoita uutinen").click()

    title = page.get_by_role("textbox", name="Otsikko*")
    expect(title).to_be_visible()
    assert admin_violations(page) == []
    title.fill("Kampuksen uusi tulostin")
    page.get_by_role("textbox", name="Ingressi*").fill(
        "Kirjaston tulostin siirtyy aulaan."
    )
    page.get_by_role("button", name="Valitse palvelu").click()
    page.get_by_role("dialog").get_by_role("link", name="Kirjasto").first.click()
    page.get_by_role("button", name="Valitse kuva").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Lähetä").click()
    dialog.get_by_role("textbox", name="Otsikko*").fill("Kampuksen aula")
    dialog.locator("input[type=file]").set_input_files(picture())
    dialog.get_by_role("textbox", name="Kuvaus").fill(
        "Kirjaston aula, jossa tulostin on"
    )
    dialog.get_by_role("button", name="Lähetä").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    publish_new_page(page)
    expect(page.get_by_text("julkaistu", exact=False).first).to_be_visible()

    page.goto(live_server.url + "/fi/")
    card = page.get_by_role("article").filter(has_text="Kampuksen uusi tulostin")
    expect(card).to_be_visible()
    expect(card.locator("img")).to_have_count(1)


def test_a_mentor_posts_minutes_with_two_action_items_and_an_attachment(
    live_server, page
):
    sign_in(page, live_server, "mentor")
    index = MeetingMinutesPage.objects.live().filter(locale__language_code="fi")[0]
    page.goto(live_server.url + index.get_parent().url)
    page.get_by_role("link", name="Lisää muistio").click()

    title = page.get_by_role("textbox", name="Otsikko*")
    expect(title).to_be_visible()
    title.fill("Yksikön digikokous joulukuu")
    page.get_by_role("textbox", name="Kokouspäivä*").fill("2026-12-03")
    page.get_by_role("textbox", name="Kokouspäivä*").press("Escape")
    agenda = page.get_by_role("region", name="Esityslista*").get_by_role("textbox")
    agenda.click()
    agenda.type("Teamsin uudet kokoustoiminnot")
    for number, task in enumerate(["Päivitä ohje", "Kysy IT:ltä lisenssit"], 1):
        page.get_by_role("button", name="Lisää Tehtävä").click()
        item = page.get_by_role("region", name=f"Tehtävä {number}")
        item.get_by_role("textbox", name="Tehtävä*").fill(task)
    page.get_by_role("button", name="Lisää Liite").click()
    page.get_by_role("button", name="Valitse dokumentti").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Lähetä").click()
    dialog.get_by_role("textbox", name="Otsikko*").fill("Kokouksen diat")
    dialog.locator("input[type=file]").set_input_files(
        {"name": "diat.txt", "mimeType": "text/plain", "buffer": b"Diat\n"}
    )
    dialog.get_by_role("button", name="Lähetä").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    assert admin_violations(page) == []
    publish_new_page(page)
    expect(page.get_by_text("julkaistu", exact=False).first).to_be_visible()

    minutes = MeetingMinutesPage.objects.get(
        title="Yksikön digikokous joulukuu", locale__language_code="fi"
    )
    page.goto(live_server.url + minutes.url)
    table = page.get_by_role("table")
    expect(table.get_by_role("row")).to_have_count(3)  # a header and two items
    expect(table).to_contain_text("Kysy IT:ltä lisenssit")
    expect(page.get_by_role("link", name="Kokouksen diat")).to_be_visible()
