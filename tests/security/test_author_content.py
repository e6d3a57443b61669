"""What authors write comes out as text, wherever the site turns it into HTML,
a feed, an e-mail, a vCard or a calendar.

Authors here are everyone whose words others read: editors and mentors
(pages, profiles, topics, blocks), translators (wagtail-localize lets them
rewrite a link's address), requesters (help requests, feedback) and people
whose names come from single sign-on. Each test writes hostile input into one
place, past the editor's own checks where another way in (a translation, an
import) skips them, and reads it back as another reader would: a script tag,
an attribute that breaks out of its quotes, a `javascript:` address, the
shared cache's old placeholders, line breaks in headers, vCard or iCalendar.
"""

import datetime
import email
import json
import re
from html.parser import HTMLParser

import feedparser
import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.embeds.finders import get_finders
from wagtail.models import Page

from pages.factories import (
    EventPageFactory,
    GuidePageFactory,
    MeetingMinutesPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    section,
)
from pages.help import emails
from pages.help.models import HelpFeedback, HelpRequest
from pages.models import MentorPage, NewsIndexPage
from tests.conftest import client_for
from tests.servers import CountingServer

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("xss")</script>'
BREAKOUT = "\" onmouseover=\"alert('xss')\" '><img src=x onerror=alert(1)>"
JS_URL = "javascript:alert('xss')"
HOSTILE_TEXT = f"{SCRIPT}{BREAKOUT}"
# Rich text as it may reach the database past the editor (a translation, an
# import): elements and attributes the editor never makes.
HOSTILE_RICH_TEXT = (
    f"<p>Hei {SCRIPT}<img src=x onerror=alert(1)>"
    f'<a href="{JS_URL}" onmouseover="alert(1)">linkki</a>'
    '<a href=" JaVaScRiPt:alert(1)">toinen</a>'
    '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">kolmas</a>'
    "<style>body{display:none}</style><iframe src=https://evil.example></iframe>"
    '<a href="https://example.org/ohje" style="position:fixed">hyvä linkki</a></p>'
)
DANGEROUS_SCHEME = re.compile(r"^\s*(javascript|vbscript|data):", re.IGNORECASE)
# Script elements a browser runs; others (JSON-LD, configuration) are data.
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcdoc"}


class Inspector(HTMLParser):
    """What in a page could run: scripts that are not the site's own,
    event-handler attributes, script addresses, styles and frames."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.in_running_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            runs = (attributes.get("type") or "").lower() in SCRIPT_TYPES
            self.in_running_script = runs
            if runs and not attributes.get("src"):
                self.found.append(f"inline <script> {attributes}")
        if tag in {"object", "embed", "style", "base"}:
            self.found.append(f"<{tag}> {attributes}")
        if tag == "meta" and "http-equiv" in attributes:
            self.found.append(f"<meta> {attributes}")
        action = attributes.get("action") or "/"
        if tag == "form" and (not action.startswith("/") or action.startswith("//")):
            self.found.append(f"<form> {attributes}")
        frame = attributes.get("src") or "https://"
        if tag == "iframe" and ("srcdoc" in attributes or frame[:8] != "https://"):
            self.found.append(f"<iframe> {attributes}")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"{name}={value!r} on <{tag}>")
            if name in URL_ATTRIBUTES and value and DANGEROUS_SCHEME.match(value):
                self.found.append(f"{name}={value!r} on <{tag}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_running_script = False

    def handle_data(self, data):
        if self.in_running_script and "alert" in data:
            self.found.append(f"script text {data!r}")


def runnable(html):
    inspector = Inspector()
    inspector.feed(html)
    return inspector.found


def read(url, username="staff"):
    response = client_for(username).get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def publish(page):
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def demo_mentor():
    return MentorPage.objects.get(user__username="mentor", locale__language_code="fi")


def imported(page, **fields):
    """`page` with `fields` written as an import or a script would, past the
    admin's validation."""
    type(page).objects.filter(pk=page.pk).update(**fields)
    return type(page).objects.get(pk=page.pk)


# Pages


def test_rich_text_fields_keep_the_text_and_lose_what_could_run():
    mentor = demo_mentor()
    mentor.bio = HOSTILE_RICH_TEXT
    publish(mentor)
    index = section(NewsIndexPage)
    index.intro = HOSTILE_RICH_TEXT
    publish(index)
    minutes = MeetingMinutesPageFactory(
        agenda=HOSTILE_RICH_TEXT, decisions=HOSTILE_RICH_TEXT
    )

    for url in [mentor.url, index.url, minutes.url]:
        html = read(url)
        assert runnable(html) == [], url
        assert "<iframe" not in html, url
        assert "linkki" in html and "toinen" in html, url
        assert '<a href="https://example.org/ohje">hyvä linkki</a>' in html, url


def test_rich_text_blocks_keep_the_text_and_lose_what_could_run():
    document = Document.objects.create(
        title=HOSTILE_TEXT, file=ContentFile(b"Muistio", name="muistio.txt")
    )
    news = NewsPageFactory(
        body=[
            ("paragraph", HOSTILE_RICH_TEXT),
            ("callout", {"title": HOSTILE_TEXT, "text": HOSTILE_RICH_TEXT}),
            ("heading", {"text": HOSTILE_TEXT, "level": "h2"}),
            ("quote", {"text": HOSTILE_TEXT, "attribution": HOSTILE_TEXT}),
            ("document", {"document": document, "label": ""}),
            ("document", {"document": document, "label": HOSTILE_TEXT}),
        ]
    )
    guide = GuidePageFactory(
        steps=[
            ("step", {"title": HOSTILE_TEXT, "text": HOSTILE_RICH_TEXT}),
            ("tip", HOSTILE_RICH_TEXT),
            ("warning", HOSTILE_RICH_TEXT),
        ]
    )
    page = StandardPageFactory(body=[("paragraph", HOSTILE_RICH_TEXT)])

    for url in [news.url, guide.url, page.url]:
        html = read(url)
        assert runnable(html) == [], url
        assert "<iframe" not in html, url
        assert "hyvä linkki" in html, url
    assert "&lt;script&gt;" in read(news.url)


def test_plain_text_an_author_writes_stays_text():
    mentor = demo_mentor()
    for field in ["job_title", "how_to_reach", "office_hours", "other_languages"]:
        setattr(mentor, field, HOSTILE_TEXT)
    mentor.phone = BREAKOUT[:40]
    publish(mentor)
    news = NewsPageFactory(title=HOSTILE_TEXT[:200], lead=HOSTILE_TEXT)
    event = EventPageFactory(title=HOSTILE_TEXT[:200], place=HOSTILE_TEXT[:200])
    minutes = MeetingMinutesPageFactory(
        place=HOSTILE_TEXT[:200], other_attendees=HOSTILE_TEXT
    )

    for url in [
        mentor.url,
        mentor.get_parent().url,
        news.url,
        section(NewsIndexPage).url,
        event.url,
        event.get_parent().url,
        minutes.url,
        "/fi/",
    ]:
        html = read(url)
        assert runnable(html) == [], url
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in read(news.url)


def test_web_addresses_an_author_gives_lead_only_to_the_web():
    mentor = imported(demo_mentor(), teams_link=JS_URL)
    event = imported(EventPageFactory(), teams_link=" JAVASCRIPT:alert(1)")
    minutes = imported(
        MeetingMinutesPageFactory(), teams_link="data:text/html,<script>"
    )
    news = NewsPageFactory(body=[("embed", JS_URL)])

    for url in [mentor.url, mentor.get_parent().url, event.url, minutes.url, news.url]:
        assert runnable(read(url)) == [], url
    # The mentor can still be reached: the chat link made from the e-mail.
    assert f"https://teams.microsoft.com/l/chat/0/0?users={mentor.email}" in read(
        mentor.url
    )


class HostileProvider(CountingServer):
    """An oEmbed endpoint on a local port whose media HTML carries, beside
    its frame, what would run on the page."""

    HTML = (
        '<iframe src="https://www.youtube-nocookie.com/embed/x" width="640"'
        ' height="360" onload="alert(1)" srcdoc="<script>alert(1)</script>"'
        " allowfullscreen></iframe>"
        f"{SCRIPT}"
        '<meta http-equiv="refresh" content="0;url=https://evil.example">'
        f'<a href="{JS_URL}" onclick="alert(1)">katso</a>'
        '<iframe src="javascript:alert(1)"></iframe>'
        '<form action="https://evil.example"><input name="salasana"></form>'
    )

    def answer(self, conn):
        conn.recv(65536)
        body = json.dumps(
            {"type": "video", "title": "Video", "width": 640, "height": 360}
            | {"html": self.HTML}
        ).encode()
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body
        )
        conn.close()


@pytest.fixture
def hostile_provider(settings, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    provider = HostileProvider()
    (finder,) = settings.WAGTAILEMBEDS_FINDERS
    settings.WAGTAILEMBEDS_FINDERS = [
        {
            **finder,
            "providers": [
                {
                    "endpoint": f"http://127.0.0.1:{provider.port}/oembed",
                    "urls": [r"^https://video\.example\.test/.+$"],
                }
            ],
        }
    ]
    get_finders.cache_clear()
    yield provider
    get_finders.cache_clear()
    provider.close()


def test_embedded_media_keeps_its_frame_and_loses_what_could_run(hostile_provider):
    news = NewsPageFactory(body=[("embed", "https://video.example.test/watch/1")])

    html = read(news.url)

    assert runnable(html) == []
    assert (
        '<iframe allowfullscreen="" height="360"'
        ' src="https://www.youtube-nocookie.com/embed/x" width="640"></iframe>'
    ) in html
    assert "http-equiv" not in html and "salasana" not in html
    assert "katso" in html


def test_topic_and_organisation_names_stay_text():
    news = NewsPageFactory()
    news.topics.add(HOSTILE_TEXT[:100])
    publish(news)
    mentor = demo_mentor()
    mentor.topics.add(HOSTILE_TEXT[:100])
    publish(mentor)
    unit = mentor.unit_links.first().unit
    unit.name = HOSTILE_TEXT[:100]
    unit.save()

    for url in [
        news.url,
        section(NewsIndexPage).url,
        mentor.url,
        mentor.get_parent().url,
        "/fi/",
    ]:
        assert runnable(read(url)) == [], url


def test_a_mentors_structured_data_cannot_close_its_script():
    mentor = demo_mentor()
    mentor.title = f"Jari</script>{SCRIPT}"
    mentor.job_title = "</SCRIPT ><script>alert(1)</script>"
    publish(mentor)

    html = read(mentor.url)

    assert runnable(html) == []
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[
        1
    ]
    assert "<" not in data and "\\u003C/script\\u003E" in data


def test_search_results_mark_the_matches_and_nothing_else():
    StandardPageFactory(
        title=f"Tietoturvaopas {SCRIPT}",
        lead=f"Tietoturvaopas {HOSTILE_TEXT} <mark>väärä</mark>",
        body=[
            ("paragraph", "<p>Tietoturvaopas &lt;script&gt;alert(1)</p>"),
        ],
    )

    html = read("/fi/search/?q=tietoturvaopas")

    assert runnable(html) == []
    assert "<mark>Tietoturvaopas</mark>" in html
    assert "<mark>väärä</mark>" not in html
    suggestions = client_for("staff").get("/fi/search/suggest/?q=tietoturva")
    assert suggestions["Content-Type"] == "application/json"
    assert suggestions["X-Content-Type-Options"] == "nosniff"


def test_a_help_request_shows_the_requesters_words_as_text(mentor_client):
    requester = get_user_model().objects.get(username="staff")
    help_request = HelpRequest.objects.create(
        requester=requester,
        mentor=demo_mentor(),
        need=HOSTILE_TEXT,
        tool=HOSTILE_TEXT[:200],
        when=HOSTILE_TEXT[:200],
        phone=BREAKOUT[:40],
        language="fi",
    )

    for url in [f"/fi/help/{help_request.pk}/", "/fi/help/"]:
        html = mentor_client.get(url).text
        assert runnable(html) == [], url
        assert "&lt;script&gt;" in html, url


def test_the_feedback_report_shows_comments_as_text():
    requester = get_user_model().objects.get(username="staff")
    help_request = HelpRequest.objects.create(
        requester=requester,
        mentor=demo_mentor(),
        need="Apua",
        tool=HOSTILE_TEXT[:200],
        language="fi",
        status=HelpRequest.Status.DONE,
        done_at=timezone.now(),
    )
    HelpFeedback.objects.create(
        request=help_request, rating=5, comment=HOSTILE_TEXT, signed=True
    )

    html = read("/admin/reports/help-feedback/", "coordinator")

    # The admin runs scripts of its own; none of them is the comment's.
    assert [found for found in runnable(html) if "alert" in found] == []
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in html


def test_a_name_from_single_sign_on_is_text_in_every_readers_page():
    user = get_user_model().objects.get(username="staff")
    user.first_name = SCRIPT
    user.last_name = BREAKOUT[:150]
    user.save()

    client = client_for("staff")
    client.get("/fi/")  # rendered, kept
    html = client.get("/fi/").content.decode()  # from the cache, filled in

    assert runnable(html) == []
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in html


def test_the_caches_old_placeholders_in_a_news_item_are_shown_as_written():
    written = "personal-7f3a-name personal-7f3a-csrf personal-7f3a-feed-key"
    news = NewsPageFactory(lead=written)
    read(news.url)

    assert written in read(news.url)


# Feeds, e-mails, vCards and calendars


def test_news_feeds_escape_what_authors_wrote_and_survive_control_characters(
    staff_client,
):
    NewsPageFactory(
        title=f"Uutinen {SCRIPT}\x0b",
        lead=f"Ingressi {HOSTILE_TEXT}\x01\x1b loppu",
    )

    for url in ["/fi/feeds/news.atom", "/fi/feeds/news.rss"]:
        response = staff_client.get(url)
        assert response.status_code == 200, url
        assert not feedparser.parse(response.content).bozo, url
        xml = response.content.decode()
        assert "<script>" not in xml and "<img" not in xml, url
        assert "Uutinen &lt;script&gt;" in xml, url
        assert "Ingressi &lt;script&gt;" in xml and " loppu" in xml, url


def test_help_emails_are_plain_text_with_no_header_an_author_added():
    requester = get_user_model().objects.get(username="staff")
    requester.first_name = "O'Brien <b>"
    requester.last_name = "\r\nBcc: victim@evil.example"
    requester.save()
    help_request = HelpRequest.objects.create(
        requester=requester,
        mentor=demo_mentor(),
        need=f"{SCRIPT}\r\nBcc: victim@evil.example",
        tool="Teams\r\nX-Injected: yes",
        language="fi",
        status=HelpRequest.Status.DONE,
        note=SCRIPT,
    )

    for message in [
        emails.to_mentor(help_request),
        emails.to_requester_done(help_request),
        emails.to_coordinator(help_request, requester, moved_on=True),
    ]:
        parsed = email.message_from_bytes(message.message().as_bytes())
        assert parsed.get_content_type() == "text/plain"
        assert not parsed.is_multipart()
        assert parsed["Bcc"] is None and parsed["X-Injected"] is None
        assert "\n" not in message.subject and "&#" not in message.subject
        assert message.bcc == [] and len(message.to) == 1
    subject = emails.to_mentor(help_request).subject
    assert "O'Brien <b>" in subject
    assert SCRIPT in emails.to_mentor(help_request).body  # text, not HTML


def test_a_vcard_holds_only_the_properties_the_site_writes(staff_client):
    mentor = imported(
        demo_mentor(),
        title="Jari\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Hyökkääjä",
        job_title="Mentori\nURL:https://evil.example",
        teams_link=JS_URL,
    )

    card = staff_client.get(mentor.url + "vcard/").content.decode()
    lines = card.split("\r\n")

    properties = [line.split(":")[0].split(";")[0] for line in lines if line[:1] != " "]
    assert properties == [
        "BEGIN",
        "VERSION",
        "FN",
        "N",
        "TITLE",
        "EMAIL",
        *(["TEL"] if mentor.phone else []),
        "IMPP",
        "URL",
        "END",
        "",
    ]
    assert "javascript" not in card.lower()


def test_a_calendar_holds_only_the_properties_the_site_writes(staff_client):
    event = imported(
        EventPageFactory(start=timezone.now() + datetime.timedelta(days=2)),
        title="Koulutus\r\nATTENDEE:mailto:victim@evil.example",
        place="Sali 1\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Väärä",
        lead="Ingressi\r\nURL:https://evil.example",
        teams_link=JS_URL,
    )

    for url in [event.url + "ics/", "/fi/feeds/events.ics"]:
        calendar = staff_client.get(url).content.decode()
        unfolded = calendar.replace("\r\n ", "")
        names = {line.split(":")[0].split(";")[0] for line in unfolded.split("\r\n")}
        assert "ATTENDEE" not in names, url
        assert unfolded.count("BEGIN:VEVENT") == unfolded.count("END:VEVENT"), url
        assert "SUMMARY:Väärä" not in unfolded.split("\r\n"), url
        assert "javascript" not in unfolded.lower(), url
