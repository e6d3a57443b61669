"""Every kind of page, and the admin's screens, render in a real browser
without breaking the Content-Security-Policy: no script, style, frame or
image that the policy refuses.

The browser reports each refusal as a `securitypolicyviolation` event on the
document (and a console message): a listener added before any page script
records them in every frame. The number of pages checked is printed.
"""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import Page, PageViewRestriction

from pages.models import (
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    MeetingMinutesPage,
    MentorIndexPage,
    MentorPage,
    MinutesIndexPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    Unit,
)
from tests.e2e.browsing import sign_in
from tests.security.test_csp import VIDEO, store_embed

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(
    `${event.violatedDirective} refused ${event.blockedURI || "inline"}`
    + ` (${event.sourceFile}:${event.lineNumber} ${event.sample})`
  );
});
"""

checked_pages = []


@pytest.fixture(scope="module", autouse=True)
def count_checked_pages():
    yield
    print(f"\nContent-Security-Policy: {len(checked_pages)} pages checked")


class Watched:
    """A browser tab that remembers every policy violation it sees."""

    def __init__(self, browser, live_server):
        self.context = browser.new_context(locale="fi-FI")
        self.context.add_init_script(RECORD_VIOLATIONS)
        self.page = self.context.new_page()
        self.live_server = live_server
        self.base = live_server.url
        self.console = []
        self.page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text
                and self.console.append(message.text)
            ),
        )

    def violations(self):
        found = list(self.console)
        self.console.clear()
        for frame in self.page.frames:
            try:
                found += frame.evaluate("window.__violations.splice(0)")
            except Exception:  # a frame gone, or one the listener never reached
                pass
        return found

    def visit(self, path, status=200):
        response = self.page.goto(self.base + path)
        assert response.status == status, path
        self.settled(path)

    def settled(self, name):
        self.page.wait_for_load_state("networkidle")
        found = self.violations()
        assert not found, f"{name}:\n" + "\n".join(found)
        checked_pages.append(name)

    def sign_in(self, username):
        sign_in(self.page, self.live_server, username, start="/fi/login/")


@pytest.fixture
def watched(browser, live_server):
    watched = Watched(browser, live_server)
    yield watched
    watched.context.close()


def first_url(model, language):
    page = model.objects.live().filter(locale__language_code=language).first()
    assert page is not None, (model, language)
    return page.url


def site_paths(language):
    directory = first_url(MentorIndexPage, language)
    unit = Unit.objects.filter(locale__language_code=language).first()
    return [
        f"/{language}/",
        first_url(NewsIndexPage, language),
        first_url(NewsPage, language),
        first_url(EventIndexPage, language),
        first_url(EventPage, language),
        first_url(MinutesIndexPage, language),
        first_url(MeetingMinutesPage, language),
        first_url(GuideIndexPage, language),
        first_url(GuidePage, language),
        first_url(StandardPage, language),
        directory,
        first_url(MentorPage, language),
        f"{directory}nearest/?unit={unit.pk}",
        f"/{language}/search/?q=mentori",
        f"/{language}/profile/",
    ]


def video_news():
    news = NewsPage.objects.live().filter(locale__language_code="fi")
    return next(page for page in news if VIDEO in str(page.body.raw_data))


def test_every_kind_of_page_keeps_to_the_policy(watched):
    store_embed(VIDEO, 640, 360)  # the news items' video shows as its frame
    watched.visit("/fi/login/")
    watched.sign_in("staff")
    for language in ["fi", "sv"]:
        for path in site_paths(language):
            watched.visit(path)

    watched.visit(video_news().url)
    expect(watched.page.locator(".responsive-object iframe").first).to_be_attached()

    refused = Page.objects.get(url_path="/digimentorit/tietoa/")
    restriction = PageViewRestriction.objects.create(
        page=refused, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    watched.visit(refused.url, status=403)
    watched.visit("/fi/ei-tallaista-sivua/", status=404)
    watched.visit("/sv/finns-inte/", status=404)


def open_chooser(watched, name, widget):
    """Opens a chooser of the edit form in its modal, as a click on its
    button does (the button may be folded into the widget's menu)."""
    chooser = watched.page.locator(f"[data-chooser-url*='{widget}']").first
    chooser.locator("[data-chooser-action-choose]").first.dispatch_event("click")
    expect(watched.page.locator(".modal-content").first).to_be_visible()
    watched.settled(name)
    watched.page.keyboard.press("Escape")


ADMIN_SCREENS = [
    "/admin/",
    "/admin/images/",
    "/admin/images/multiple/add/",
    "/admin/documents/",
    "/admin/users/",
    "/admin/groups/",
    "/admin/reports/locked/",
    "/admin/reports/site-history/",
    "/admin/reports/aging-pages/",
    "/admin/reports/stale-mentor-profiles/",
    "/admin/reports/guides-due-for-review/",
    "/admin/account/",
    "/admin/snippets/",
]


def test_admin_screens_keep_to_their_own_policy(watched):
    store_embed(VIDEO, 640, 360)
    watched.sign_in("admin")
    for path in ADMIN_SCREENS:
        watched.visit(path)
    unit = Unit.objects.filter(locale__language_code="fi").first()
    watched.visit("/admin/snippets/pages/unit/")
    watched.visit(f"/admin/snippets/pages/unit/edit/{unit.pk}/")
    home = HomePage.objects.get(locale__language_code="fi")
    watched.visit(f"/admin/pages/{home.pk}/")

    news = video_news()
    watched.visit(f"/admin/pages/{news.pk}/edit/")
    expect(watched.page.locator(".Draftail-Editor").first).to_be_visible()
    watched.page.locator(".Draftail-Editor .public-DraftEditor-content").first.click()
    watched.page.keyboard.type(" Lisää tekstiä.")
    watched.settled("page edit, rich text typed")
    watched.page.locator("[data-side-panel-toggle='preview']").click()
    preview = watched.page.frame_locator("#w-preview-iframe")
    # The preview panel may still be sliding in: the page has loaded in it.
    expect(preview.locator("main h1")).to_be_attached()
    watched.settled("page preview")

    mentor = MentorPage.objects.live().filter(locale__language_code="fi").first()
    watched.visit(f"/admin/pages/{mentor.pk}/edit/")
    open_chooser(watched, "image chooser", "/admin/images/chooser/")

    minutes = MeetingMinutesPage.objects.filter(locale__language_code="fi").first()
    watched.visit(f"/admin/pages/{minutes.pk}/edit/")
    watched.page.locator("#id_attachments-ADD").click()
    open_chooser(watched, "document chooser", "/admin/documents/chooser/")


def test_an_editor_edits_within_the_admin_policy(watched):
    watched.sign_in("editor")
    watched.visit("/admin/")
    news = NewsPage.objects.live().filter(locale__language_code="sv").first()
    watched.visit(f"/admin/pages/{news.pk}/edit/")
    watched.visit(f"/admin/pages/{news.get_parent().pk}/")
    watched.visit(news.url)  # the site's page with the editor's user bar
    expect(watched.page.locator("wagtail-userbar")).to_be_attached()
    watched.page.wait_for_timeout(500)  # the user bar's checks run after load
    watched.settled("site page with the user bar")


def test_locked_out_page_keeps_to_the_policy(watched):
    watched.visit("/sv/login/")
    password = watched.page.locator("input[name=password]")
    while password.count():
        watched.page.locator("input[name=username]").fill("ei-ketaan")
        watched.page.locator("input[name=password]").fill("väärin")
        watched.page.get_by_role("button", name="Logga in").click()
        watched.page.wait_for_load_state("networkidle")
    expect(watched.page.locator("form input[name=password]")).to_have_count(0)
    watched.settled("locked out")


def test_the_listener_catches_an_inline_script(watched):
    watched.visit("/fi/login/")
    watched.page.evaluate(
        """() => {
          const script = document.createElement("script");
          script.textContent = "window.ran = true";
          document.body.append(script);
        }"""
    )
    watched.page.wait_for_timeout(100)
    assert watched.page.evaluate("window.ran") is None
    found = watched.violations()
    assert any("script-src" in violation for violation in found), found
