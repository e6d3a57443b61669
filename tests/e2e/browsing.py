"""What the browser tests share: screen sizes, axe's WCAG tags, signing in."""

from playwright.sync_api import expect

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PASSWORD = "digimentor-demo"


def sign_in(page, live_server, username="staff", start="/fi/"):
    """Sign in through the site's own form, as the demo's `username`, from
    `start` (a page that asks a signed-out reader to sign in)."""
    page.goto(live_server.url + start)
    expect(page.get_by_role("heading", name="Kirjaudu sisään")).to_be_visible()
    page.get_by_label("Käyttäjätunnus").fill(username)
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.wait_for_url(lambda url: "/login/" not in url)
