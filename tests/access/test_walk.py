"""The access walk: every URL the site and the admin answer, as every role.

The URLs come from the URL resolver and the page tree, not from a list: every
live page in every language (with its sub-pages), every section view, feed
and search, and every admin URL with its arguments filled from the fixtures
(tests/access/fixtures.py) by the kind of object the route is about. A new
view or admin URL is walked without editing this test; one whose arguments
it cannot fill fails it until it is filled or listed in NOT_WALKED.

For each URL the test checks what the reader must get on the site (a login
redirect, the site's refusal page, a password form, a 404, the content) and,
everywhere, that no answer (HTML, JSON, feeds, calendars, vCards, files)
names a restricted thing the reader may not see: its title, name, file name
or e-mail. Coordinators and superusers must meet what is shared with them at
least once, so that the test can fail both ways.

Run with -s to print the walk's size and time per role (the total is also
recorded in the JUnit report as `urls_walked`).
"""

import html
import json
import time
from collections import Counter
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlencode

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.search_promotions.models import Query
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Page, Task, Workflow
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment

from pages.common.subscriptions import subscription_key
from pages.common.topics import Topic
from pages.mentors.models import MentorPage
from tests.access import fixtures

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "staff", "mentor", "editor", "coordinator", "admin"]
LANGUAGES = [code for code, _name in settings.LANGUAGES]

# What a reader gets, by name; each is checked by `unexpected` below.
OK, LOGIN, REFUSED, PASSWORD, MISSING = "ok", "login", "refused", "password", "404"
POST_ONLY = "405"
# Sub-pages that act and take only a POST: a GET answers 405 to those who
# may open the page.
POST_ONLY_ROUTES = {"confirm"}

# URL patterns not walked, and why; everything else is.
NOT_WALKED = {
    # Signing out would walk the rest signed out.
    "logout": "signs the reader out (tests/access/test_access.py)",
    "wagtailadmin_logout": "signs the reader out",
    # Named twice: the route cache's page view (walked) answers every page's
    # address before Wagtail's own, left in its URLs, is reached.
    "wagtail_serve": "Wagtail's own page view, behind the route cache's",
    "wagtailadmin_error_test": "raises an error on purpose (Wagtail's own test)",
    "wagtailadmin_password_reset_confirm": "a one-time link from an e-mail",
    # POST-only: a GET answers 405 and shows nothing. (Class-based views that
    # take no GET are recognised and left out by themselves.)
    "wagtailadmin_editing_sessions:ping": "POST-only",
    "wagtailadmin_editing_sessions:release": "POST-only",
    # The same view as without a mode, which is walked.
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": (
        "a page's preview in one of its modes"
    ),
}
# The admin's sign-in and password reset pages are for signed-out readers;
# its icons and translated strings for scripts hold nothing of the tree.
ADMIN_OPEN = {
    "admin/login/",
    "admin/password_reset/",
    "admin/password_reset/done/",
    "admin/password_reset/complete/",
    "admin/sprite/",
    "admin/jsi18n/",
    "admin/localize/jsi18n/",
}
MENTOR_SAMPLE = 4  # profiles per language besides the restricted one
# Matches every fixture's title in the admin's searches.
SEARCH = "7f3a"


@dataclass
class Visit:
    url: str
    expected: dict  # role -> what the reader gets
    keyed: bool = False  # a feed reader: no session, the role's key
    by_id: bool = False  # an admin URL that names an object


@pytest.fixture
def things():
    return fixtures.build()


def every(expected, anonymous=LOGIN):
    return {role: anonymous if role == "anonymous" else expected for role in ROLES}


def members_only(refused=REFUSED, anonymous=LOGIN, allowed=OK):
    return {
        role: (
            anonymous
            if role == "anonymous"
            else allowed
            if role in fixtures.GROUP_READERS
            else refused
        )
        for role in ROLES
    }


@dataclass
class Route:
    route: str
    name: str  # with its namespaces, as `reverse` takes it
    pattern: URLPattern

    @property
    def arguments(self):
        regex = self.pattern.pattern.regex
        return list(regex.groupindex) if regex.groupindex else []

    @property
    def view_class(self):
        return getattr(self.pattern.callback, "view_class", None)

    @property
    def model(self):
        """The model of the route's view: viewsets pass it to `as_view`."""
        model = getattr(self.pattern.callback, "view_initkwargs", {}).get("model")
        model = model or getattr(self.view_class, "model", None)
        return model if isinstance(model, type) else None  # not a property

    @property
    def takes_get(self):
        view_class = self.view_class
        return view_class is None or "get" in view_class.http_method_names


def routes(patterns=None, prefix="", namespace=""):
    """Every pattern the resolver knows, the language prefix of i18n patterns
    shown as the current language's."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = (
                f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            )
            yield from routes(
                pattern.url_patterns, prefix + str(pattern.pattern), inner
            )
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}{pattern.name}" if pattern.name else None
            yield Route(prefix + str(pattern.pattern), name, pattern)


# The site ------------------------------------------------------------------


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
    group_closed = translations_paths(
        things.restricted_pages + [things.subpage, things.alias]
    )
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
    topic = things.topic.tag.slug
    filters = [
        f"?q={word}",
        f"?unit={things.unit.pk}",
        "?competence=remote",
        f"?topic={topic}",
        f"nearest/?unit={things.unit.pk}",
        f"nearest/?unit={things.unit.pk}&topic={topic}",
    ]
    section_filters = [
        f"{page.get_parent().url}?topic={topic}"
        for page in (things.secrets["news"].pages[0], things.secrets["guide"].pages[0])
    ]
    return [
        Visit(url, every(OK))
        for url in [directory + each for each in filters] + section_filters
    ]


def search_visits(things):
    """Searches for each made-up word, a near miss for "did you mean" and
    the word's beginning for suggestions: in Finnish, where the fixtures
    are, and for the Swedish translations and one Finnish word elsewhere."""
    visits = []
    secrets = things.secrets
    for language in LANGUAGES:
        search, suggest = f"/{language}/search/", f"/{language}/search/suggest/"
        asked = (
            secrets.values()
            if language == "fi"
            else [secrets["news_sv"], secrets["subpage_sv"], secrets["mentor"]]
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
        url = f"/fi/search/?q={SEARCH}&kind={kind}"
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


def file_visits(things):
    """Every document and image file: a restricted collection's only to its
    group."""
    restricted = {things.document.collection_id, things.image.collection_id}
    visits = []
    for item in [*Document.objects.all(), *Image.objects.all()]:
        if not item.file.storage.exists(item.file.name):
            continue  # a demo file not in the test media
        if item.collection_id in restricted:
            refused = LOGIN if isinstance(item, Document) else MISSING
            expected = members_only(refused=refused)
        else:
            expected = every(OK)
        url = item.url if isinstance(item, Document) else f"/media/{item.file.name}"
        visits.append(Visit(url, expected))
    rendition = things.image.get_rendition("fill-20x20")
    return visits + [
        Visit(things.rendition.url, every(OK)),
        Visit(rendition.url, members_only(refused=MISSING)),
    ]


def site_visits(things):
    """{URL pattern name: its visits} outside the admin, with arguments from
    the fixtures."""
    restricted = things.restricted_pages
    return {
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
            for page in [*restricted, things.subpage]
        ]
        + [
            # An alias in its source's language: no other version to link.
            Visit(
                f"/{code}/untranslated/{things.alias.pk}/",
                members_only(refused=MISSING, allowed="any"),
            )
            for code in LANGUAGES
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
        "wagtaildocs_serve": [],  # with the media's
        "media": file_visits(things),
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


# The admin -----------------------------------------------------------------


def page_rows(things):
    """An alias of a page below a restricted page, a draft waiting for
    approval and an open page linking a restricted document: each admin URL
    about a page is walked for each (the site walks the translations)."""
    workflow = Workflow.objects.filter(active=True).first()
    home = things.alias.get_parent()
    rows = []
    for page in [
        things.alias,
        things.draft,
        things.open_news,
    ]:
        page = page.specific
        row = {
            "pk": page.pk,
            "content_type_app_name": page._meta.app_label,
            "content_type_model_name": page._meta.model_name,
            "app_label": page._meta.app_label,
            "model_name": page._meta.model_name,
            "revision_id": page.latest_revision_id,
            "revision_id_a": "earliest",
            "revision_id_b": "latest",
            "destination_id": home.pk,
            "workflow_pk": workflow.pk,
        }
        state = page.current_workflow_state
        if state is not None:
            row |= {
                "workflow_state_id": state.pk,
                "task_state_id": state.current_task_state.pk,
                "task_id": state.current_task_state.task_id,
                "action_name": "approve",
            }
        rows.append(row)
    return rows


def translation_rows(things):
    translation = things.translation
    segment = StringSegment.objects.filter(source=translation.source).first()
    return [
        {
            "pk": translation.pk,
            "translation_source_id": translation.source_id,
            "string_segment_id": segment.pk,
            "overridable_segment_id": segment.pk,
        }
    ]


def rows_of(model, things):
    """Rows for a model's admin URLs: the restricted fixtures where the model
    has them, otherwise its first object."""
    if issubclass(model, Page):
        return page_rows(things)
    if issubclass(model, Image):
        return [{"pk": things.image.pk, "filter_spec": "fill-20x20"}]
    restricted = {
        Document: [things.document, things.open_document],
        Collection: [things.document.collection, things.image_collection],
        Topic: [things.topic],
    }
    for kind, objects in restricted.items():
        if issubclass(model, kind):
            return [{"pk": each.pk} for each in objects]
    first = model._default_manager.order_by("pk").first()
    return [{"pk": first.pk}] if first else []


def snippet_rows(things):
    return [
        {"app_label": model._meta.app_label, "model_name": model._meta.model_name} | row
        for model in get_snippet_models()
        for row in rows_of(model, things)
    ]


def bulk_rows(things):
    """Every bulk action, with the restricted objects of its model chosen."""
    bulk_action_registry._scan_for_bulk_actions()
    rows = []
    for app_label, models in bulk_action_registry.actions.items():
        for model_name, actions in models.items():
            model = next(iter(actions.values())).models[0]
            chosen = [("id", row["pk"]) for row in rows_of(model, things)]
            for action in actions:
                rows.append(
                    {
                        "app_label": app_label,
                        "model_name": model_name,
                        "action": action,
                        "query": urlencode(chosen),
                    }
                )
    return rows


# The kind of object an admin route's arguments name, by the route's beginning
# (the longest that matches), where its view has no model to go by or its
# model is what it lists rather than what it is about.
ROUTE_OBJECTS = [
    ("admin/api/main/^pages/", Page),
    ("admin/api/main/^documents/", Document),
    ("admin/api/main/^images/", Image),
    ("admin/pages/", Page),
    ("admin/choose-page/", Page),
    ("admin/workflows/remove/", Page),
    ("admin/forms/", Page),
    ("admin/localize/submit/page/", Page),
    ("admin/localize/page/", Page),
    ("admin/documents/", Document),
    ("admin/images/", Image),
    ("admin/collections/", Collection),
    ("admin/searchpicks/", Query),
    ("admin/workflows/", Workflow),
    ("admin/workflows/tasks/", Task),
    ("admin/workflows/task_chooser/", Task),
    ("admin/localize/update/", "translation"),
    ("admin/localize/translate/", "translation"),
    ("admin/localize/api/snippets/", "snippets"),
    ("admin/localize/submit/snippet/", "snippets"),
    ("admin/bulk/", "bulk"),
    ("admin/tag-autocomplete/", "tags"),
    ("admin/workflows/tasks/add/", "task types"),
]
# The rows of the kinds above that are not models.
NAMED_ROWS = {
    "tags": [{"app_name": "taggit", "model_name": "tag"}],
    "task types": [{"app_label": "wagtailcore", "model_name": "groupapprovaltask"}],
}


def kind_of(route):
    """The model (or kind of object) an admin route is about: the one its
    beginning names, or its view's model."""
    for start, kind in sorted(ROUTE_OBJECTS, key=lambda each: -len(each[0])):
        if route.route.startswith(start):
            return kind
    return route.model


def admin_rows(route, things):
    """The objects an admin route is walked for, as URL arguments."""
    kind = kind_of(route)
    if kind == "translation":
        return translation_rows(things)
    if kind == "snippets":
        return snippet_rows(things)
    if kind == "bulk":
        return bulk_rows(things)
    if kind in NAMED_ROWS:
        return NAMED_ROWS[kind]
    if kind is Page and "parent_page_id" in route.arguments:
        # A listing of a page's children: the home page and the restricted
        # page above the sub-page too.
        return page_rows(things) + [
            {"pk": things.alias.get_parent().pk},
            {"pk": things.secrets["general"].pages[0].pk},
        ]
    return rows_of(kind, things) if kind is not None else []


def filled(route, row, named):
    """The route's arguments from the row, or None if the row lacks one.
    Any `…_id` or `…_pk` not `named` by some row is the row's object."""
    arguments = {}
    for name in route.arguments:
        if name in row:
            arguments[name] = row[name]
        elif name not in named and (name == "pk" or name.endswith(("_id", "_pk"))):
            arguments[name] = row["pk"]
        else:
            return None
    return arguments


def queries_for(route, things):
    """The query strings a listing is walked with: none, a search for every
    fixture where it searches, and what some admin answers ask for."""
    queries = [""]
    if getattr(route.view_class, "is_searchable", False) or any(
        word in route.route for word in ("choose", "search")
    ):
        queries.append(f"q={SEARCH}")
    if "api/" in route.route:
        queries += [f"search={SEARCH}"]
        if route.route.endswith("pages/"):
            home, general = (
                things.alias.get_parent(),
                things.secrets["general"].pages[0],
            )
            queries += [
                f"child_of={page.pk}&for_explorer=1" for page in (home, general)
            ]
    if "tag-autocomplete" in route.route:
        queries += [f"term={things.topic.name[:9]}"]
    kind = kind_of(route)
    if "chosen" in route.route and kind is not None and not isinstance(kind, str):
        queries += [urlencode([("id", row["pk"]) for row in rows_of(kind, things)])]
    return queries


def admin_visits(things):
    """(visits, routes walked, routes not walked) of the admin's URLs."""
    visits, walked, skipped, unfilled = [], [], [], []
    for route in routes():
        if not route.route.startswith("admin/"):
            continue
        if (
            route.name is None
            or {route.name, route.route} & set(NOT_WALKED)
            or not route.takes_get
        ):
            skipped.append(route.route)
            continue
        if route.route in ADMIN_OPEN:
            expected = every("any", anonymous="any")
        else:
            expected = every("admin")
        urls = []
        if not route.arguments:
            base = reverse(route.name)
            urls = [
                f"{base}?{query}" if query else base
                for query in queries_for(route, things)
            ]
        rows = admin_rows(route, things) if route.arguments else []
        named = {name for row in rows for name in row}
        for row in rows:
            arguments = filled(route, row, named)
            if arguments is None:
                continue
            try:
                url = reverse(route.name, kwargs=arguments)
            except NoReverseMatch:
                continue
            urls.append(f"{url}?{row['query']}" if row.get("query") else url)
        if not urls:
            unfilled.append(f"{route.route} ({route.name})")
            continue
        visits += [
            Visit(url, expected, by_id=bool(route.arguments))
            for url in dict.fromkeys(urls)
        ]
        walked.append(route.name)
    assert not unfilled, (
        "Admin URLs the walk cannot fill from the fixtures (give their objects "
        "in ROUTE_OBJECTS, or list them in NOT_WALKED with a reason):\n"
        + "\n".join(unfilled)
    )
    return visits, walked, skipped


def every_visit(things):
    """(visits, URL patterns walked, patterns not walked)."""
    by_name = site_visits(things)
    visits, walked, skipped = admin_visits(things)
    for route in routes():
        if route.route.startswith("admin/"):
            continue
        name = route.pattern.name
        if name in by_name:
            visits += by_name.pop(name)
            walked.append(name)
        else:
            assert name in NOT_WALKED, (
                f"URL pattern {route.route!r} ({name}) not walked"
            )
            skipped.append(name)
    return visits, walked, skipped


# Walking -------------------------------------------------------------------


def body_of(response):
    if response.streaming:
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    text = content.decode("utf-8", errors="ignore")
    if response.get("Content-Type", "").startswith("application/json"):
        try:
            text = json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            pass
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
    """The role's client; a server error is an answer the walk reports."""
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(get_user_model().objects.get(username=role))
    return client


def leaks(role, visit, text, things):
    """The restricted things the answer names to a reader who may not see
    them, and the names of those it names."""
    found, seen = [], set()
    asked = unquote(visit.url).lower()
    in_admin = visit.url.startswith("/admin/")
    for name, secret in things.secrets.items():
        # An answer may repeat its address: a search its query, a filter the
        # topic's slug.
        markers = [m for m in (secret.code.lower(), secret.word) if m not in asked]
        if not any(marker in text for marker in markers):
            continue
        seen.add(name)
        if role not in (secret.admin_readers if in_admin else secret.readers):
            found.append(secret.title)
    return found, seen


def walk(role, visits, things):
    """(problems, URLs walked by place) of one role's walk, with one client."""
    client = client_of(role)
    user = client.get("/healthz").wsgi_request.user
    key = subscription_key(user) if user.is_authenticated else "not-a-key"
    problems, seen, counts = [], set(), Counter()
    password_page = things.password_page.url
    for visit in visits:
        in_admin = visit.url.startswith("/admin/")
        if visit.by_id and role == "admin":
            continue  # a superuser may see all; the others walk these views
        if visit.keyed:
            response = Client().get(visit.url, {"key": key})
        else:
            response = client.get(visit.url)
        counts["admin" if in_admin else "site"] += 1
        wrong = unexpected(response, visit.expected[role], role)
        if wrong:
            problems.append(f"{role} {visit.url}: {wrong}")
        text = body_of(response)
        found, names = leaks(role, visit, text, things)
        seen |= names
        problems += [f"LEAK {role} {visit.url}: {title}" for title in found]
        if (
            visit.url == password_page
            and things.secrets["password_body"].code.lower() in text
        ):
            problems.append(f"LEAK {role} {visit.url}: the password page's content")
    must_see = {
        name for name, secret in things.secrets.items() if role in secret.seen_by
    }
    missing = must_see - seen
    if missing:
        problems.append(f"{role} never saw what is shared with them: {sorted(missing)}")
    return problems, counts


def test_walk(things, record_property):
    """Every role in turn over the same fixtures (built once: the walk's time
    goes to the URLs)."""
    visits, walked, skipped = every_visit(things)
    problems, sizes = [], []
    for role in ROLES:
        started = time.monotonic()
        found, counts = walk(role, visits, things)
        problems += found
        sizes.append(sum(counts.values()))
        print(
            f"\naccess walk, {role}: {sizes[-1]} URLs in "
            f"{time.monotonic() - started:.0f} s ({counts['site']} on the site, "
            f"{counts['admin']} in the admin)"
        )
    record_property("urls_walked", sum(sizes))
    print(
        f"access walk: {len(ROLES)} roles, {sum(sizes)} URLs in all; "
        f"{len(set(walked))} URL patterns walked, {len(skipped)} not: "
        f"{sorted(set(skipped) & set(NOT_WALKED))} and views that take no GET"
    )
    assert not problems, f"{sum(sizes)} URLs walked:\n" + "\n".join(problems)
