"""No input gets a server error: every form and address answers hostile values
with a page, a message, a redirect or a 404.

Property-based: hypothesis sends arbitrary text, search syntax characters,
control characters, very long strings, odd Unicode, percent-escapes that are
not UTF-8, and parameters missing, repeated or unknown. Runs are derandomized
so CI sends the same requests every time; the explicit examples are the
inputs that once gave a 500.
"""

import datetime
import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import quote, urlencode

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from pages.common.organisation import Service
from pages.common.subscriptions import subscription_key
from pages.help.forms import AskForm
from pages.mentors.directory import DirectoryFilterForm
from pages.models import (
    EventIndexPage,
    GuideIndexPage,
    HelpRequest,
    MentorIndexPage,
    MentorPage,
    MinutesIndexPage,
    NewsIndexPage,
    TimeEntry,
    Unit,
)
from tests.conftest import client_for
from tests.mentors.test_mentor_admin import edit_form

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]


def fuzz(examples):
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        # One logged-in client serves every example; each request is rolled
        # back (see `answer`), so examples do not see each other's changes.
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )


@dataclass(frozen=True)
class Valid:
    """The n-th valid value of the field, looked up when the request is made:
    a valid value next to a hostile one reaches further into the view."""

    n: int


SYNTAX = "&|!:*()'\"~^"
CONTROL = "\x00\x01\x08\x0b\x1b\x1f\x7f\t\r\n"
ODD = [
    "①",
    "²",
    "٣",  # Arabic-Indic three: int() takes it
    "𝟗",
    "Ⅻ",
    "e\u0301\u0301\u0301",
    "\u202eevil\u202c",
    "\u200f\u200e\u200b",
    "مرحبا",
    "שלום",
    "😀",
    "👩‍👩‍👧",
    "\ufeff",
    "\ufffd",
    "\U0010ffff",
    "\u00a0",
]
NUMBERS = [
    "0",
    "-1",
    "+1",
    " 2 ",
    "1.5",
    "1e9",
    "1_000",
    "0x10",
    "nan",
    "inf",
    "2147483648",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999",
    "9" * 5_000,
]
LONG = st.builds(
    lambda char, length: char * length,
    st.sampled_from(["x", "ä", "1", "&", "\x00", "①", "😀", "e\u0301"]),
    st.sampled_from([256, 4_301, 10_000]),
)
HOSTILE = st.one_of(
    st.text(max_size=30),
    st.text(st.sampled_from(SYNTAX + CONTROL + " "), max_size=20),
    st.sampled_from(ODD + NUMBERS + ["", " ", SYNTAX, CONTROL]),
    LONG,
    st.builds(lambda a, b: a + b, st.sampled_from(ODD + NUMBERS), st.text(max_size=5)),
)
VALUE = st.one_of(HOSTILE, st.builds(Valid, st.integers(0, 30)))
# Percent-escapes of any bytes: surrogates (%ED%A0%80), overlong NUL (%C0%80),
# lone continuation bytes; and a broken query string's own syntax.
RAW = st.one_of(
    st.just(""),
    st.sampled_from(
        ["&", "&&=&", "=", "%", "%%zz", "a=%", ";;", "+", "%ED%A0%80", "%C0%80"]
    ),
    st.binary(max_size=12).map(lambda raw: "".join(f"%{b:02X}" for b in raw)),
)


def query(names, odd_values=()):
    """(name, value) pairs: a field missing, once, or repeated, and unknown
    names, with hostile or valid values, or values odd for these fields."""
    values = VALUE | st.sampled_from(odd_values) if odd_values else VALUE
    return st.lists(st.tuples(st.sampled_from(names) | HOSTILE, values), max_size=6)


def raw_tail(names):
    return st.tuples(st.sampled_from(names), RAW).map(lambda pair: "=".join(pair))


def encoded(pairs, choices, tail=""):
    values = [
        (name, choices(name, value) if isinstance(value, Valid) else value)
        for name, value in pairs
    ]
    return "&".join(part for part in [urlencode(values), tail] if part)


def answer(client, method, url, body=None):
    """The response, with everything the request wrote rolled back. A
    streamed response (an export) is read: it fails while it streams."""
    with transaction.atomic():
        if method == "post" and isinstance(body, dict):
            response = client.post(url, body)
        elif method == "post":
            response = client.post(
                url, body, content_type="application/x-www-form-urlencoded"
            )
        else:
            response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        transaction.set_rollback(True)
    assert response.status_code < 500, url[:300]
    return response


# Looked up once: the seeded pages and rows, as every test rolls back its own.
@cache
def index_url(model, language):
    return model.objects.live().get(locale__language_code=language).url


@cache
def form_choices(form_class):
    form = form_class()

    def choose(name, valid):
        field = form.fields.get(name)
        keys = [key for key, _label in getattr(field, "choices", [])]
        return str(keys[valid.n % len(keys)]) if keys else str(valid.n)

    return choose


def numbers(name, valid):
    return str(valid.n)


DIRECTORY_FIELDS = [
    "q",
    "campus",
    "faculty",
    "unit",
    "language",
    "competence",
    "topic",
    "page",
]


@fuzz(80)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(DIRECTORY_FIELDS),
    tail=raw_tail(DIRECTORY_FIELDS),
)
@example(language="fi", pairs=[("unit", "①")], tail="")
@example(language="fi", pairs=[("unit", "²")], tail="")
@example(language="sv", pairs=[("campus", "²"), ("faculty", "①")], tail="")
@example(language="fi", pairs=[("page", "9223372036854775807")], tail="")
@example(language="fi", pairs=[("page", "9" * 5_000)], tail="unit=%ED%A0%80")
def test_directory_filters_never_fail(staff_client, language, pairs, tail):
    choose = form_choices(DirectoryFilterForm)
    url = index_url(MentorIndexPage, language)
    answer(staff_client, "get", f"{url}?{encoded(pairs, choose, tail)}")


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(["unit", "language", "topic"]),
    tail=raw_tail(["unit", "language", "topic"]),
)
@example(language="fi", pairs=[("unit", "①")], tail="")
@example(language="en", pairs=[("unit", "²"), ("unit", Valid(1))], tail="")
def test_finder_never_fails(staff_client, language, pairs, tail):
    choose = form_choices(DirectoryFilterForm)
    url = index_url(MentorIndexPage, language) + "nearest/"
    answer(staff_client, "get", f"{url}?{encoded(pairs, choose, tail)}")


def news_choices(language):
    services = list(
        Service.objects.filter(locale__language_code=language).values_list(
            "slug", flat=True
        )
    )

    def choose(name, valid):
        options = {"service": services, "audience": ["", "mine"]}.get(name)
        return options[valid.n % len(options)] if options else str(valid.n)

    return choose


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(["service", "topic", "audience", "page"]),
    tail=raw_tail(["service", "topic", "audience", "page"]),
)
@example(language="fi", pairs=[("page", "9223372036854775807")], tail="")
@example(
    language="sv",
    pairs=[("service", Valid(0)), ("page", "9223372036854775808")],
    tail="",
)
def test_news_filters_never_fail(staff_client, language, pairs, tail):
    url = index_url(NewsIndexPage, language)
    query_string = encoded(pairs, news_choices(language), tail)
    answer(staff_client, "get", f"{url}?{query_string}")


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(["competence", "topic", "level", "page"]),
    tail=raw_tail(["competence", "topic", "level", "page"]),
)
@example(language="fi", pairs=[("page", "9223372036854775807")], tail="")
@example(language="en", pairs=[("level", "²"), ("page", "-9" * 30)], tail="")
def test_guide_filters_never_fail(staff_client, language, pairs, tail):
    url = index_url(GuideIndexPage, language)
    answer(staff_client, "get", f"{url}?{encoded(pairs, numbers, tail)}")


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    model=st.sampled_from([EventIndexPage, MinutesIndexPage]),
    pairs=query(["year", "page", "kind"]),
    tail=raw_tail(["year", "page"]),
)
@example(language="fi", model=MinutesIndexPage, pairs=[("year", "²")], tail="")
@example(language="fi", model=MinutesIndexPage, pairs=[("year", "9" * 5_000)], tail="")
def test_event_and_minutes_indexes_never_fail(
    staff_client, language, model, pairs, tail
):
    url = index_url(model, language)
    answer(staff_client, "get", f"{url}?{encoded(pairs, numbers, tail)}")


SEARCH_KINDS = ["", "mentors", "news", "guides", "minutes", "events", "pages"]


def search_choices(name, valid):
    return SEARCH_KINDS[valid.n % len(SEARCH_KINDS)] if name == "kind" else "kokous"


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(["q", "kind", "page"]),
    tail=raw_tail(["q", "kind", "page"]),
)
@example(language="fi", pairs=[("q", "a"), ("page", "9223372036854775807")], tail="")
@example(language="fi", pairs=[("q", SYNTAX), ("kind", "①")], tail="")
def test_search_never_fails(staff_client, language, pairs, tail):
    query_string = encoded(pairs, search_choices, tail)
    answer(staff_client, "get", f"/{language}/search/?{query_string}")


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(["q"]),
    tail=raw_tail(["q"]),
)
@example(language="fi", pairs=[("q", "a" + SYNTAX)], tail="")
def test_search_suggestions_never_fail(staff_client, language, pairs, tail):
    query_string = encoded(pairs, search_choices, tail)
    answer(staff_client, "get", f"/{language}/search/suggest/?{query_string}")


FEEDS = [
    "feeds/news.atom",
    "feeds/news.rss",
    "feeds/news/{service}.atom",
    "feeds/news/{service}.rss",
    "feeds/events.ics",
]


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    feed=st.sampled_from(FEEDS),
    service=st.sampled_from(["x", "a" * 300]) | HOSTILE,
    signed_in=st.booleans(),
    pairs=query(["key"]),
    tail=raw_tail(["key"]),
)
@example(
    language="fi",
    feed=FEEDS[0],
    service="x",
    signed_in=False,
    pairs=[("key", "1:\x00")],
    tail="",
)
def test_feeds_never_fail(
    staff_client, language, feed, service, signed_in, pairs, tail
):
    key = subscription_key(get_user_model().objects.get(username="staff"))
    client = staff_client if signed_in else Client()
    path = feed.format(service=quote(service, safe=""))
    query_string = encoded(pairs, lambda name, valid: key, tail)
    answer(client, "get", f"/{language}/{path}?{query_string}")


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    page_id=st.integers(min_value=0, max_value=500)
    | st.sampled_from([2**31, 2**63 - 1, 2**63, 10**30]),
)
@example(language="fi", page_id=1)
@example(language="sv", page_id=1)
def test_untranslated_notice_never_fails(staff_client, language, page_id):
    answer(staff_client, "get", f"/{language}/untranslated/{page_id}/")


@fuzz(50)
@given(
    n=st.integers(min_value=0),
    suffix=st.sampled_from(["", "vcard/", "nearest/"]),
    pairs=query(["page", "q", "next"]),
    tail=raw_tail(["page", "q"]),
)
def test_every_page_answers_any_query_string(staff_client, n, suffix, pairs, tail):
    urls = page_urls()
    url = urls[n % len(urls)] + suffix
    answer(staff_client, "get", f"{url}?{encoded(pairs, numbers, tail)}")


@cache
def page_urls():
    return sorted(url for url in (p.url for p in Page.objects.live()) if url)


SEGMENT = st.one_of(
    HOSTILE.filter(lambda text: text not in ("", ".", "..")).map(
        lambda text: quote(text, safe="")
    ),
    RAW.filter(bool),
    st.sampled_from(["mentorit", "nearest", "vcard", "%00", "%2F", "a" * 300]),
)


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    segments=st.lists(SEGMENT, min_size=1, max_size=4),
    slash=st.booleans(),
)
@example(language="fi", segments=["%00"], slash=True)
@example(language="fi", segments=["mentorit", "%00"], slash=True)
@example(language="sv", segments=["a" * 10_000], slash=True)
@example(language="fi", segments=["%ED%A0%80"], slash=False)
def test_odd_page_addresses_never_fail(staff_client, language, segments, slash):
    path = f"/{language}/" + "/".join(segments) + ("/" if slash else "")
    answer(staff_client, "get", path)


PROFILE_FIELDS = ["unit", "preferred_language", "csrfmiddlewaretoken"]


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(PROFILE_FIELDS),
    tail=raw_tail(PROFILE_FIELDS),
)
@example(language="fi", pairs=[("unit", "①"), ("preferred_language", "²")], tail="")
@example(language="fi", pairs=[("unit", "99999999999999999999")], tail="")
@example(language="fi", pairs=[("unit", "\x00")], tail="unit=%ED%A0%80")
def test_staff_settings_form_never_fails(staff_client, language, pairs, tail):
    body = encoded(pairs, numbers, tail)
    answer(staff_client, "post", f"/{language}/profile/", body)


LOGIN_FIELDS = ["username", "password", "next"]


def login_choices(name, valid):
    return {"username": "staff", "next": "/fi/"}.get(name, str(valid.n))


@fuzz(50)
@given(
    language=st.sampled_from(LANGUAGES),
    action=st.sampled_from(["show", "log in", "log out"]),
    pairs=query(LOGIN_FIELDS),
    tail=raw_tail(LOGIN_FIELDS),
)
@example(
    language="fi",
    action="log in",
    pairs=[("username", "staff\x00"), ("password", "\x00")],
    tail="",
)
@example(language="fi", action="show", pairs=[("next", "/fi/\x00")], tail="")
def test_login_and_logout_never_fail(language, action, pairs, tail):
    body = encoded(pairs, login_choices, tail)
    if action == "show":
        answer(Client(), "get", f"/{language}/login/?{body}")
    elif action == "log in":
        answer(Client(), "post", f"/{language}/login/", body)
    else:
        answer(client_for("staff"), "post", f"/{language}/logout/", body)


# What a reader sees for the inputs that once gave a server error.


def card_titles(html):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Tarkista haku: osa valinnoista ei kelpaa."),
        ("sv", "Kontrollera sökningen: några val var inte giltiga."),
    ],
)
@pytest.mark.parametrize("unit", ["①", "²", "٣"])
def test_a_unit_number_in_other_digits_is_explained(
    staff_client, language, message, unit
):
    url = index_url(MentorIndexPage, language)
    for address in (url, url + "nearest/"):
        response = staff_client.get(address, {"unit": unit})
        assert response.status_code == 200
        assert message in response.content.decode()


@pytest.mark.parametrize("model", [MentorIndexPage, NewsIndexPage, GuideIndexPage])
@pytest.mark.parametrize("page", ["9223372036854775807", "9223372036854775808"])
def test_a_page_number_past_any_list_shows_the_last_page(staff_client, model, page):
    url = index_url(model, "fi")
    last = staff_client.get(url).context["results"].paginator.num_pages
    response = staff_client.get(url, {"page": page})
    assert response.status_code == 200
    shown = response.context["results"]
    assert shown.number == last
    assert list(shown) == list(staff_client.get(url, {"page": last}).context["results"])
    assert list(shown)


def test_the_last_directory_page_is_reached_from_a_huge_page_number(staff_client):
    url = index_url(MentorIndexPage, "fi")
    response = staff_client.get(url, {"page": "9223372036854775807"})
    html = response.content.decode()
    pages = response.context["results"].paginator.num_pages
    assert pages > 1  # else the first page would pass for the last
    assert f"Sivu {pages}/{pages}" in html
    assert card_titles(html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tree_root_has_no_untranslated_notice(staff_client, language):
    assert staff_client.get(f"/{language}/untranslated/1/").status_code == 404


def test_an_untranslated_notice_still_links_the_versions_there_are(staff_client):
    home = Page.objects.get(depth=2, locale__language_code="fi")
    response = staff_client.get(f"/fi/untranslated/{home.pk}/")
    assert response.status_code == 302
    assert response["Location"] == home.url


@pytest.mark.parametrize("year", ["²", "①", "9" * 5_000, "-1"])
def test_an_odd_minutes_year_shows_the_latest_year(staff_client, year):
    url = index_url(MinutesIndexPage, "fi")
    latest = staff_client.get(url).context["year"]
    response = staff_client.get(url, {"year": year})
    assert response.status_code == 200
    assert f"Kokousmuistiot {latest}" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/fi/%00/",
        "/fi/mentorit/%00/",
        "/fi/mentorit/nearest/%00/",
        "/sv/" + "a" * 10_000 + "/",
        "/fi/%ED%A0%80/",
        "/fi/%C0%80/",
        "/en/%E2%91%A0/%F0%9F%98%80/",
    ],
)
def test_an_odd_page_address_is_not_found(staff_client, path):
    assert staff_client.get(path).status_code == 404


ASK_FIELDS = ["mentor", "need", "tool", "urgency", "contact", "phone", "when", "unit"]


def ask_choices(name, valid):
    if name == "mentor":
        return str(jari_id())
    if name in {"urgency", "contact"}:
        field = AskForm.base_fields[name]
        keys = [key for key, _label in field.choices if key]
        return keys[valid.n % len(keys)]
    return str(valid.n)


@cache
def jari_id():
    return MentorPage.objects.get(
        user__username="mentor", locale__language_code="fi"
    ).pk


@fuzz(60)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(ASK_FIELDS),
    tail=raw_tail(ASK_FIELDS),
)
@example(language="fi", pairs=[("mentor", "①"), ("need", "x")], tail="")
@example(language="fi", pairs=[("unit", "99999999999999999999")], tail="")
@example(
    language="fi",
    pairs=[("mentor", Valid(0)), ("need", "apua\x00"), ("tool", "\x00")],
    tail="",
)
@example(
    language="sv",
    pairs=[("mentor", Valid(0)), ("need", "ä" * 10_000), ("when", "😀" * 300)],
    tail="",
)
def test_asking_for_help_never_fails(staff_client, language, pairs, tail):
    body = encoded(pairs, ask_choices, tail)
    answer(staff_client, "post", f"/{language}/help/ask/", body)
    answer(staff_client, "get", f"/{language}/help/ask/?{body}")


REQUEST_FIELDS = ["action", "note", "minutes", "mentor", "rating", "comment", "signed"]
ACTIONS = ["take", "done", "hand_over", "feedback"]


def request_choices(name, valid):
    if name == "action":
        return ACTIONS[valid.n % len(ACTIONS)]
    if name == "mentor":
        return str(jari_id())
    return str(valid.n)


@cache
def jaris_request_id():
    return HelpRequest.objects.filter(mentor_id=jari_id()).values_list("pk", flat=True)[
        0
    ]


@fuzz(60)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(REQUEST_FIELDS),
    tail=raw_tail(REQUEST_FIELDS),
)
@example(language="fi", pairs=[("action", "done"), ("minutes", "²")], tail="")
@example(
    language="fi",
    pairs=[("action", "done"), ("minutes", "600"), ("note", "\x00")],
    tail="",
)
@example(
    language="sv",
    pairs=[("action", "feedback"), ("rating", "5"), ("comment", "\x00")],
    tail="",
)
def test_a_mentors_actions_on_a_request_never_fail(
    mentor_client, language, pairs, tail
):
    body = encoded(pairs, request_choices, tail)
    answer(mentor_client, "post", f"/{language}/help/{jaris_request_id()}/", body)


TIME_FIELDS = ["date", "minutes", "kind", "request", "note", "action", "entry"]
# Months and dates at and past the calendar's ends and the windows shown and
# logged, and durations about a day's ceiling.
ODD_TIMES = [
    "0001-01",
    "9999-12",
    "0000-00",
    "10000-01",
    "-0001-01",
    "2026-1",
    "2026-W01",
    "0001-01-01",
    "9999-12-31",
    "0000-00-00",
    "2026-02-30",
    "1-1-1",
    "31.12.2026",
    "600",
    "601",
    "1440",
    "32767",
    "32768",
]


def time_choices(name, valid):
    today = timezone.localdate()
    if name == "date":
        # Either side of the year back that time may be logged in.
        return (today - datetime.timedelta(days=valid.n * 17)).isoformat()
    if name == "month":
        month = today.replace(day=1) - datetime.timedelta(days=valid.n * 40)
        return f"{month:%Y-%m}"
    if name == "action":
        return ["log", "delete"][valid.n % 2]
    if name == "kind":
        return TimeEntry.Kind.values[valid.n % len(TimeEntry.Kind.values)]
    if name == "minutes":
        return str(valid.n * 30)
    return str(valid.n)


@fuzz(60)
@given(
    language=st.sampled_from(LANGUAGES),
    pairs=query(TIME_FIELDS + ["month"], ODD_TIMES),
    tail=raw_tail(TIME_FIELDS + ["month"]),
)
@example(language="fi", pairs=[("month", "2026-13")], tail="")
@example(language="fi", pairs=[("date", "0000-00-00"), ("entry", "①")], tail="")
@example(language="fi", pairs=[("month", "0001-01")], tail="")
@example(language="sv", pairs=[("month", "9999-12")], tail="")
@example(
    language="fi",
    pairs=[("date", "0001-01-01"), ("minutes", "600"), ("note", "\x00")],
    tail="",
)
@example(language="en", pairs=[("request", "\x00"), ("month", "1" * 5_000)], tail="")
def test_the_time_log_never_fails(mentor_client, language, pairs, tail):
    body = encoded(pairs, time_choices, tail)
    answer(mentor_client, "post", f"/{language}/help/time/", body)
    answer(mentor_client, "get", f"/{language}/help/time/?{body}")


@pytest.fixture
def coordinator_client(db):
    return client_for("coordinator")


@cache
def source_unit_ids():
    return list(
        Unit.objects.filter(locale__language_code="fi").values_list("pk", flat=True)
    )


def report_choices(name, valid):
    if name == "month":
        return time_choices(name, valid)
    if name in {"unit", "campus"}:
        ids = source_unit_ids()
        return str(ids[valid.n % len(ids)])
    if name == "export":
        return ["csv", "xlsx"][valid.n % 2]
    if name == "topic":
        return ["Teams", "moodle", " "][valid.n % 3]
    return str(valid.n)


REPORTS = ["/admin/reports/mentoring-time/", "/admin/reports/help-feedback/"]
REPORT_FIELDS = ["month", "unit", "campus", "topic", "export", "p"]


@fuzz(25)
@given(
    report=st.sampled_from(REPORTS),
    results_only=st.booleans(),
    pairs=query(REPORT_FIELDS, ODD_TIMES),
    tail=raw_tail(REPORT_FIELDS),
)
@example(report=REPORTS[0], results_only=False, pairs=[("month", "0001-01")], tail="")
@example(
    report=REPORTS[0],
    results_only=True,
    pairs=[("month", "9999-12"), ("export", "csv")],
    tail="",
)
@example(
    report=REPORTS[1],
    results_only=False,
    pairs=[("month", "9999-12"), ("topic", "\x00"), ("export", "xlsx")],
    tail="",
)
def test_the_coordinators_reports_never_fail(
    coordinator_client, report, results_only, pairs, tail
):
    url = report + ("results/" if results_only else "")
    answer(coordinator_client, "get", f"{url}?{encoded(pairs, report_choices, tail)}")


# The mentor's profile in the page editor, as its mentor and as a coordinator,
# who may set the resourced hours.
PROFILE_PAGE_FIELDS = [
    "weekly_hours",
    "title",
    "job_title",
    "office_hours",
    "phone",
    "email",
    "teams_link",
    "other_languages",
    "how_to_reach",
    "last_confirmed",
    "slug",
    "topics",
    "competence_areas",
    "bio",
]
HOURS = ["0", "-1", "0.05", "99.9", "100", "1e3", "nan", "inf", "١٫٥", "2,5"]


@fuzz(10)
@given(
    coordinator=st.booleans(),
    changes=st.dictionaries(
        st.sampled_from(PROFILE_PAGE_FIELDS),
        HOSTILE | st.sampled_from(HOURS + ODD_TIMES),
        max_size=3,
    ),
)
@example(coordinator=True, changes={"weekly_hours": "nan", "title": "\x00"})
@example(coordinator=False, changes={"bio": "0", "topics": "\x00"})
@example(coordinator=False, changes={"weekly_hours": "99.9", "phone": "x" * 10_000})
def test_editing_a_mentor_profile_never_fails(
    mentor_client, coordinator_client, coordinator, changes
):
    page = MentorPage.objects.get(pk=jari_id())
    client = coordinator_client if coordinator else mentor_client
    answer(client, "post", f"/admin/pages/{page.pk}/edit/", edit_form(page, **changes))
