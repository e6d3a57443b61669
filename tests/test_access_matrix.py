"""The access matrix: every URL pattern, every live page in every language
(with its sub-pages), every document and image, walked as each role.

For each pair the test checks what the reader must get (a login redirect,
the site's refusal page, a password form, a 404, the content), and that no
body they receive (HTML, feeds, calendars, vCards, JSON) names a restricted
thing they may not open. Coordinators and superusers must see what is
shared with them at least once, so that the test can fail both ways.

Run with -s to print the matrix's size per role.
"""

import html
import json
from collections import Counter
from dataclasses import dataclass
from urllib.parse import quote, unquote

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from pages.mentors.models import MentorPage
from pages.subscriptions import subscription_key
from tests import access_fixtures
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "staff", "mentor", "editor", "coordinator", "admin"]
LANGUAGES = [code for code, _name in settings.LANGUAGES]

# What a reader gets, by name; each is checked by `unexpected` below.
OK, LOGIN, REFUSED, PASSWORD, MISSING = "ok", "login", "refused", "password", "404"
POST_ONLY = "405"
# Sub-pages that act and take only a POST: a GET answers 405 to those who
# may open the page.
POST_ONLY_ROUTES = {"confirm"}

# URL patterns not walked, and why: a new pattern must be walked or listed.
NOT_WALKED = {
    "logout": "signs the reader out (a POST); covered by test_access",
    # Named twice: the route cache's page view (walked) answers every page's
    # address before Wagtail's own, left in its URLs, is reached.
    "wagtail_serve": "Wagtail's own page view, behind the route cache's",
}
# The admin is walked by readers without admin access: the others hold page
# permissions and see the tree in the admin, view restrictions being for the
# site (Wagtail's design).
ADMIN_WALKERS = {"anonymous", "staff"}
MENTOR_SAMPLE = 4  # profiles per language besides the restricted one
# The admin's sign-in and password reset pages are for signed-out readers;
# its icons and translated strings for scripts hold nothing of the tree;
# signing out takes a POST from anyone.
ADMIN_OPEN = {
    "admin/login/",
    "admin/logout/",
    "admin/password_reset/",
    "admin/password_reset/done/",
    "admin/password_reset/complete/",
    "admin/sprite/",
    "admin/jsi18n/",
}


@dataclass
class Visit:
    url: str
    expected: dict  # role -> what the reader gets
    keyed: bool = False  # a feed reader: no session, the role's key


@pytest.fixture
def things():
    return access_fixtures.build()


def every(expected, anonymous=LOGIN):
    return {role: anonymous if role == "anonymous" else expected for role in ROLES}


def members_only(refused=REFUSED, anonymous=LOGIN, allowed=OK):
    return {
        role: (
            anonymous
            if role == "anonymous"
            else allowed
            if role in access_fixtures.GROUP_READERS
            else refused
        )
        for role in ROLES
    }


def url_patterns(patterns=None, prefix=""):
    """(route, name) of every pattern the resolver knows, the language prefix
    of i18n patterns shown as the current language's."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.name


def translations_paths(pages):
    keys = [page.translation_key for page in pages]
    ids = [page.pk for page in pages]
    return [
        page.path
        for page in Page.objects.filter(translation_key__in=keys)
        | Page.objects.filter(alias_of_id__in=ids)
    ]


def page_visits(things):
    """Every live page in every language, and its sub-pages without
    arguments (the finder, vCards, event calendars).

    Mentor profiles, most of the tree and all alike, are sampled: the
    restricted one and its translations, and the first few in each language.
    """
    group_closed = translations_paths(things.restricted_pages)
    password_closed = translations_paths([things.password_page])
    visits = []
    profiles = Counter()
    pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    for page in pages:
        url = page.url
        if url is None:
            continue
        if isinstance(page, MentorPage) and page.path not in group_closed:
            profiles[page.locale_id] += 1
            if profiles[page.locale_id] > MENTOR_SAMPLE:
                continue
        if any(page.path.startswith(path) for path in group_closed):
            expected = members_only()
        elif any(page.path.startswith(path) for path in password_closed):
            expected = every(PASSWORD)
        else:
            expected = every(OK)
        urls = [url]
        if isinstance(page, RoutablePageMixin):
            for route in page.get_subpage_urls():
                if (
                    route.name
                    and not route.pattern.converters
                    and route.name != "directory"
                ):
                    sub_url = url + page.reverse_subpage(route.name).lstrip("/")
                    if route.name in POST_ONLY_ROUTES:
                        visits.append(Visit(sub_url, post_only(expected)))
                    else:
                        urls.append(sub_url)
        visits += [Visit(each, expected) for each in urls]
    return visits


def post_only(expected):
    return {role: POST_ONLY if got == OK else got for role, got in expected.items()}


def directory_visits(things):
    directory = things.secrets["mentor"].pages[0].get_parent().url
    word = quote(things.secrets["mentor"].word)
    filters = [
        f"?q={word}",
        f"?unit={things.unit.pk}",
        "?competence=remote",
        f"nearest/?unit={things.unit.pk}",
    ]
    return [Visit(directory + each, every(OK)) for each in filters]


def search_visits(things):
    """Searches for each made-up word, a near miss for "did you mean" and
    the word's beginning for suggestions: in Finnish, where the fixtures
    are, and for the Swedish translation and one Finnish word elsewhere."""
    visits = []
    secrets = things.secrets
    for language in LANGUAGES:
        search, suggest = f"/{language}/search/", f"/{language}/search/suggest/"
        asked = (
            secrets.values()
            if language == "fi"
            else [secrets["news_sv"], secrets["news"], secrets["mentor"]]
        )
        for secret in asked:
            word = quote(secret.word)
            near_miss = quote(secret.word[:-1] + "x")  # for "did you mean"
            for url in [
                f"{search}?q={word}",
                f"{search}?q={near_miss}",
                f"{suggest}?q={quote(secret.word[:5])}",
            ]:
                visits.append(Visit(url, every(OK)))
    for kind in ["news", "events", "minutes", "guides", "mentors", "pages"]:
        url = f"/fi/search/?q=7f3a&kind={kind}"
        visits.append(Visit(url, every(OK)))
    return visits


def feed_visits(things):
    visits = []
    for language in LANGUAGES:
        feeds = [
            f"/{language}/feeds/news.atom",
            f"/{language}/feeds/news.rss",
            f"/{language}/feeds/events.ics",
        ]
        if language == "fi":  # the fixtures' service is Finnish
            slug = things.service.slug
            feeds += [
                f"/{language}/feeds/news/{slug}.atom",
                f"/{language}/feeds/news/{slug}.rss",
            ]
        for feed in feeds:
            visits.append(Visit(feed, every(OK)))
            keyed = every(OK, anonymous="key")
            visits.append(Visit(feed, keyed, keyed=True))
    return visits


def pattern_visits(things):
    """The URL patterns outside the page tree, with arguments from the
    fixtures; returns the visits and the names of the patterns walked."""
    restricted = things.restricted_pages
    by_name = {
        "root": [Visit("/", every("redirect", anonymous="redirect"))],
        "healthz": [Visit("/healthz", every(OK, anonymous=OK))],
        "favicon": [Visit("/favicon.ico", every(OK, anonymous=OK))],
        # Single sign-on is off here: its addresses do not exist, and the
        # reader is sent on to the Finnish address of the same name (a 404).
        "oidc_authentication_init": [
            Visit("/oidc/authenticate/", every("redirect", anonymous="redirect"))
        ],
        "oidc_authentication_callback": [
            Visit("/oidc/callback/", every("redirect", anonymous="redirect"))
        ],
        "login": [
            Visit(f"/{code}/login/", every("redirect", anonymous=OK))
            for code in LANGUAGES
        ],
        # Why a sign-on was refused: the same page for everyone.
        "sso_failed": [
            Visit(f"/{code}/login/refused/", every(REFUSED, anonymous=REFUSED))
            for code in LANGUAGES
        ],
        # Single sign-on is off here: the break-glass password page is not.
        "break_glass_login": [
            Visit(f"/{code}/login/password/", every(MISSING, anonymous=MISSING))
            for code in LANGUAGES
        ],
        "wagtailcore_login": [
            Visit(f"/{code}/_util/login/", every("any", anonymous=OK))
            for code in LANGUAGES
        ],
        "staff_profile": [Visit(f"/{code}/profile/", every(OK)) for code in LANGUAGES],
        "untranslated": [
            Visit(
                f"/{code}/untranslated/{page.pk}/",
                members_only(refused=MISSING, allowed="found"),
            )
            for code in LANGUAGES
            for page in restricted
        ]
        + [
            Visit(
                f"/{code}/untranslated/{things.password_page.pk}/",
                every("any"),
            )
            for code in LANGUAGES
        ],
        "wagtailcore_authenticate_with_password": [
            Visit(
                f"/fi/_util/authenticate_with_password/"
                f"{things.password_restriction.pk}/{things.password_page.pk}/",
                every("any"),
            )
        ],
        "wagtaildocs_authenticate_with_password": [
            Visit(
                "/documents/authenticate_with_password/"
                f"{things.collection_restriction.pk}/",
                every("any"),
            )
        ],
        "wagtaildocs_serve": document_visits(things),
        "media": [
            Visit(f"/media/{image.file.name}", every(OK))
            for image in Image.objects.all()
            if image.file.storage.exists(image.file.name)
        ]
        + [Visit(things.rendition.url, every(OK))],
        "wagtail_serve": page_visits(things)
        + directory_visits(things)
        + [Visit(things.draft_url, every(MISSING))],
        "search": search_visits(things),
        "search_suggest": [],  # with the search's visits
        "news_feed": feed_visits(things),
        "news_feed_rss": [],  # with news_feed's
        "service_news_feed": [],
        "service_news_feed_rss": [],
        "events_calendar": [],
        "help_requests": [Visit(f"/{code}/help/", every(OK)) for code in LANGUAGES],
        "help_ask": [Visit(f"/{code}/help/ask/", every(OK)) for code in LANGUAGES]
        + [
            Visit(
                f"/fi/help/ask/?mentor={things.restricted_mentor.pk}",
                members_only(refused=MISSING),
            )
        ],
        "help_time_log": [
            Visit(
                f"/{code}/help/time/",
                {
                    role: LOGIN
                    if role == "anonymous"
                    else OK
                    if role == "mentor"
                    else MISSING
                    for role in ROLES
                },
            )
            for code in LANGUAGES
        ],
        "help_request": [
            Visit(
                f"/{code}/help/{things.help_request.pk}/",
                {
                    "anonymous": LOGIN,
                    "staff": OK,  # asked
                    "mentor": OK,  # was asked
                    "editor": MISSING,
                    "coordinator": OK,
                    "admin": OK,
                },
            )
            for code in LANGUAGES
        ],
    }
    visits, walked, skipped = [], [], []
    for route, name in url_patterns():
        if route.startswith("admin/"):
            if "<" not in route and "(" not in route and name:
                open_ = route in ADMIN_OPEN
                expected = every("any", anonymous="any") if open_ else every("admin")
                visits.append(Visit(f"/{route}", expected))
                walked.append(name)
            else:
                skipped.append(name)
        elif name in by_name:
            visits += by_name.pop(name)
            walked.append(name)
        else:
            assert name in NOT_WALKED, f"URL pattern {route!r} ({name}) not walked"
            skipped.append(name)
    return visits, walked, skipped


def document_visits(things):
    visits = []
    for document in Document.objects.all():
        if not document.file.storage.exists(document.file.name):
            continue  # a demo document whose file is not in the test media
        if document.collection_id == things.document.collection_id:
            expected = members_only(refused=LOGIN)
        else:
            expected = every(OK)
        visits.append(Visit(document.url, expected))
    return visits


def body_of(response):
    if response.streaming:
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    text = content.decode("utf-8", errors="ignore")
    if response.get("Content-Type", "").startswith("application/json"):
        text = json.dumps(json.loads(text), ensure_ascii=False)
    # Calendars and vCards fold long lines; HTML escapes quotes and umlauts.
    text = text.replace("\r\n ", "").replace("\n ", "")
    return html.unescape(text).lower()


def unexpected(response, expected, role):
    """What is wrong with the response, or None."""
    status = response.status_code
    location = response.get("Location", "")
    if status >= 500:
        return f"status {status}"
    if expected == "any":
        return None
    if expected == OK:
        return None if status == 200 else f"status {status}, expected 200"
    if expected == LOGIN:
        if status == 302 and "/login/?next=" in location:
            return None
        return f"status {status} to {location!r}, expected a login redirect"
    if expected == "key":
        return None if status in (302, 403) else f"status {status} without a key"
    if expected == "found":  # the page, or a redirect to its translation
        return None if status in (200, 302) else f"status {status}, expected 200"
    if expected == "redirect":
        return None if status == 302 else f"status {status}, expected a redirect"
    if expected == REFUSED:
        text = response.content.decode()
        if status == 403 and "<main" in text and 'name="password"' not in text:
            return None
        return f"status {status}, expected the site's 403 page"
    if expected == PASSWORD:
        text = response.content.decode()
        if status == 200 and 'name="password"' in text:
            return None
        return f"status {status}, expected the password form"
    if expected == MISSING:
        return None if status == 404 else f"status {status}, expected 404"
    if expected == POST_ONLY:
        return None if status == 405 else f"status {status}, expected 405"
    if expected == "admin":
        if role == "anonymous":
            return unexpected(response, LOGIN, role)
        if role == "staff":
            return None if status in (302, 403) else f"admin answered {status}"
        return None
    raise AssertionError(expected)


def client_of(role):
    return Client() if role == "anonymous" else client_for(role)


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(role, things):
    visits, walked, skipped = pattern_visits(things)
    client = client_of(role)
    user = client.get("/healthz").wsgi_request.user
    key = subscription_key(user) if user.is_authenticated else "not-a-key"
    problems, seen, count = [], set(), 0
    password_page = things.password_page.url
    for visit in visits:
        if visit.url.startswith("/admin/") and role not in ADMIN_WALKERS:
            continue
        if visit.keyed:
            response = Client().get(visit.url, {"key": key})
        else:
            response = client.get(visit.url)
        count += 1
        wrong = unexpected(response, visit.expected[role], role)
        if wrong:
            problems.append(f"{role} {visit.url}: {wrong}")
        text = body_of(response)
        asked = unquote(visit.url).lower()
        for name, secret in things.secrets.items():
            markers = [secret.code.lower()]
            if secret.word not in asked:  # a search repeats its query
                markers.append(secret.word)
            if not any(marker in text for marker in markers):
                continue
            seen.add(name)
            if role not in secret.readers:
                problems.append(f"LEAK {role} {visit.url}: {secret.title}")
        if (
            visit.url == password_page
            and things.secrets["password_body"].code.lower() in text
        ):
            problems.append(f"LEAK {role} {visit.url}: the password page's content")

    print(
        f"\naccess matrix, {role}: {count} URLs walked "
        f"({len(set(walked))} URL patterns walked, {len(skipped)} skipped: "
        "admin patterns with arguments and "
        f"{sorted(set(skipped) & set(NOT_WALKED))})"
    )
    must_see = {
        name for name, secret in things.secrets.items() if role in secret.readers
    }
    missing = must_see - seen
    if missing:
        problems.append(f"{role} never saw what is shared with them: {sorted(missing)}")
    assert not problems, f"{role}, {count} URLs walked:\n" + "\n".join(problems)
