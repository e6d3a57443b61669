"""The Elasticsearch backend, against stand-ins for a cluster on localhost.

A recording HTTP server plays a healthy cluster: the tests check what the
backend sends it. A closed port, a server that never answers and one that
answers 503 play a cluster that is away: editors save and publish all the
same, and searches are answered by the database backend.
"""

import json
import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.utils import translation
from modelsearch.backends import get_search_backend
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from pages.factories import StandardPageFactory
from pages.models import HomePage, StandardPage
from search.backends import elasticsearch

pytestmark = pytest.mark.django_db

BACKEND_LOGGER = "search.backends.elasticsearch"


class RecordingHandler(BaseHTTPRequestHandler):
    def handle_request(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        path = self.path.split("?")[0]
        if path.endswith("/_bulk"):
            body = [json.loads(line) for line in raw.splitlines() if line]
        else:
            body = json.loads(raw) if raw else None
        self.server.requests.append((self.command, path, body))
        status, answer = self.server.answer(self.command, path, body)
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_request

    def log_message(self, *args):
        pass


class FakeCluster(ThreadingHTTPServer):
    """Answers like Elasticsearch and records every request it is sent."""

    def __init__(self, status=200):
        super().__init__(("127.0.0.1", 0), RecordingHandler)
        self.status = status
        self.requests = []
        self.hits = []  # the pks each search finds
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_port}"

    def answer(self, method, path, body):
        if self.status != 200:
            return self.status, {"error": "unavailable", "status": self.status}
        if method == "HEAD":  # no aliases exist yet
            return 404, {}
        if path.endswith("/_bulk"):
            items = [
                {"index": {"_id": action["index"]["_id"], "status": 201}}
                for action in body[::2]
            ]
            return 200, {"errors": False, "items": items}
        if path.endswith("/_count"):
            return 200, {"count": len(self.hits)}
        if path.endswith("/_search"):
            hits = [{"_score": 1.0, "fields": {"pk": [str(pk)]}} for pk in self.hits]
            aggregations = {
                name: {"buckets": []} for name in (body or {}).get("aggregations", {})
            }
            return 200, {"hits": {"hits": hits}, "aggregations": aggregations}
        return 200, {"acknowledged": True}

    def sent(self, method, path_end):
        return [
            (path, body)
            for sent_method, path, body in self.requests
            if sent_method == method and path.endswith(path_end)
        ]

    def stop(self):
        self.shutdown()
        self.server_close()


def use_cluster(settings, url, **params):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [url],
            "INDEX_PREFIX": "digimentor",
            "TIMEOUT": 1,
            **params,
        },
        "database": settings.SEARCH_DATABASE_BACKEND,
    }


@pytest.fixture(autouse=True)
def fresh_cluster_state():
    elasticsearch.paused_until.clear()


@pytest.fixture
def cluster(settings):
    server = FakeCluster()
    use_cluster(settings, server.url)
    yield server
    server.stop()


@pytest.fixture
def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def silent_server():
    """Accepts connections and never says a word."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    held = []

    def accept():
        while True:
            try:
                held.append(sock.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()
    for connection in held:
        connection.close()


@pytest.fixture
def unavailable_cluster():
    server = FakeCluster(status=503)
    yield server.url
    server.stop()


@pytest.fixture(params=["closed_port", "silent_server", "unavailable_cluster"])
def cluster_away(request, settings):
    url = request.getfixturevalue(request.param)
    use_cluster(settings, url)
    return url


def swedish_home():
    return HomePage.objects.get(locale__language_code="sv")


def backend(**params):
    return get_search_backend("default", **params)


# Indexes


def test_each_language_has_its_own_index_named_with_the_prefix(cluster):
    page_indexes = backend().get_index_for_model(StandardPage).indexes
    image_indexes = backend(INDEX_PREFIX="").get_index_for_model(Image).indexes

    assert {language: index.name for language, index in page_indexes.items()} == {
        "fi": "digimentor-fi__wagtailcore_page",
        "sv": "digimentor-sv__wagtailcore_page",
        "en": "digimentor-en__wagtailcore_page",
    }
    assert image_indexes["sv"].name == "sv__wagtailimages_image"


def analysis(index_settings):
    return index_settings["settings"]["analysis"]


def test_each_language_index_analyses_text_in_its_language(cluster):
    for language, analyzer in [
        ("fi", "finnish"),
        ("sv", "swedish"),
        ("en", "english"),
    ]:
        settings = analysis(backend().get_index_settings(language))
        assert settings["analyzer"]["default"] == {"type": analyzer}
        assert "raudikko" not in json.dumps(settings)
        # Autocomplete keeps "ä" and "ö", as the query side does.
        assert (
            "asciifolding" not in settings["analyzer"]["edgengram_analyzer"]["filter"]
        )


def test_raudikko_analyses_finnish_when_the_cluster_has_it(cluster):
    finnish = analysis(backend(RAUDIKKO=True).get_index_settings("fi"))
    swedish = analysis(backend(RAUDIKKO=True).get_index_settings("sv"))

    default = finnish["analyzer"]["default"]
    assert default["tokenizer"] == "finnish"
    filters = [
        finnish["filter"].get(name, {}).get("type") for name in default["filter"]
    ]
    assert "raudikko" in filters
    raudikko = next(f for f in finnish["filter"].values() if f["type"] == "raudikko")
    assert raudikko["splitCompoundWords"] is True
    assert swedish["analyzer"]["default"] == {"type": "swedish"}


def test_update_index_builds_each_language_index_and_routes_objects(cluster):
    call_command("update_index", backend_name="default", verbosity=0)

    created = {
        path.strip("/").rsplit("_", 1)[0]: body
        for path, body in cluster.sent("PUT", "")
        if path.count("/") == 1
    }
    assert analysis(created["digimentor-sv__wagtailcore_page"])["analyzer"][
        "default"
    ] == {"type": "swedish"}
    assert analysis(created["digimentor-fi__wagtailimages_image"])["analyzer"][
        "default"
    ] == {"type": "finnish"}

    # Each index's mapping has the filter fields the search page filters on;
    # text fields take the index's default analyzer.
    page_mappings = [
        body["properties"]
        for path, body in cluster.sent("PUT", "/_mapping")
        if path.startswith("/digimentor-sv__wagtailcore_page_")
    ]
    assert page_mappings
    for name in ["locale_id_filter", "path_filter", "id_filter", "live_filter"]:
        assert name in page_mappings[0]
    assert "analyzer" not in page_mappings[0]["title"]

    indexed = {}
    for path, actions in cluster.sent("PUT", "/_bulk"):
        index = path.strip("/").split("/")[0].rsplit("_", 1)[0]
        for action in actions[1::2]:
            indexed.setdefault(index, set()).add(int(action["pk"]))

    def page_ids(language):
        return set(
            Page.objects.filter(locale__language_code=language)
            .exclude(depth=1)
            .values_list("id", flat=True)
        )

    for language in ["fi", "sv", "en"]:
        assert indexed[f"digimentor-{language}__wagtailcore_page"] >= page_ids(language)
        assert not indexed[f"digimentor-{language}__wagtailcore_page"] & page_ids(
            "fi" if language != "fi" else "sv"
        )
    if Image.objects.exists():
        assert indexed["digimentor-fi__wagtailimages_image"] == set(
            Image.objects.values_list("id", flat=True)
        )
    # The rebuilt indexes go live under the language index names.
    aliases = {path.rsplit("/", 1)[1] for path, _ in cluster.sent("PUT", "")}
    assert "digimentor-sv__wagtailcore_page" in aliases


def test_a_rebuild_may_wait_longer_than_a_save(cluster):
    assert backend(REBUILD_TIMEOUT=45).for_rebuild().timeout == 45
    assert backend(REBUILD_TIMEOUT=45).timeout == 1


def test_update_index_without_atomic_rebuild_recreates_each_language_index(
    settings, cluster
):
    use_cluster(settings, cluster.url, ATOMIC_REBUILD=False)
    call_command("update_index", backend_name="default", verbosity=0)

    created = dict(cluster.sent("PUT", "__wagtailcore_page"))
    assert analysis(created["/digimentor-sv__wagtailcore_page"])["analyzer"][
        "default"
    ] == {"type": "swedish"}
    assert "/digimentor-fi__wagtailcore_page" in created


def test_saving_a_page_indexes_it_in_its_own_language(cluster):
    finnish = StandardPageFactory(title="Kokous siirtyy")
    swedish = StandardPageFactory(parent=swedish_home(), title="Mötet flyttas")

    documents = {
        path: body for path, body in cluster.sent("PUT", "") if "/_doc/" in path
    }
    assert (
        documents[f"/digimentor-fi__wagtailcore_page/_doc/{finnish.pk}"]["title"]
        == "Kokous siirtyy"
    )
    assert (
        documents[f"/digimentor-sv__wagtailcore_page/_doc/{swedish.pk}"]["title"]
        == "Mötet flyttas"
    )
    assert f"/digimentor-fi__wagtailcore_page/_doc/{swedish.pk}" not in documents


# Queries


def search_page_queryset(locale):
    restricted = Page.objects.filter(depth=3).first()
    return (
        Page.objects.live()
        .filter(locale=locale)
        .exclude(id__in=[1, 2])
        .exclude(path__startswith=restricted.path)
        .filter(content_type__in=[restricted.content_type_id])
    ), restricted


def test_a_swedish_reader_searches_the_swedish_index_with_the_page_filters(cluster):
    swedish = Locale.objects.get(language_code="sv")
    queryset, restricted = search_page_queryset(swedish)
    page = StandardPageFactory(parent=swedish_home(), title="Mötet flyttas")
    cluster.hits = [page.pk]

    with translation.override("sv"):
        results = backend().search("möte", queryset)
        found = list(results[10:20])
        results.facet("content_type_id")
        backend().autocomplete("möt", queryset).count()

    assert found == [page.page_ptr]
    searches = cluster.sent("POST", "/_search")
    assert {path for path, _ in searches} == {
        "/digimentor-sv__wagtailcore_page/_search"
    }
    body = searches[0][1]
    assert body["from"] == 10 and body["size"] == 10
    query = json.dumps(body["query"])
    for fragment in [
        {"term": {"locale_id_filter": swedish.pk}},
        {"term": {"live_filter": True}},
        {"bool": {"must_not": {"terms": {"id_filter": [1, 2]}}}},
        {"bool": {"must_not": {"prefix": {"path_filter": restricted.path}}}},
        {"terms": {"content_type_id_filter": [restricted.content_type_id]}},
    ]:
        assert json.dumps(fragment) in query
    assert searches[1][1]["aggregations"] == {
        "content_type_id": {"terms": {"field": "content_type_id_filter", "missing": 0}}
    }
    [(count_path, count_body)] = cluster.sent("POST", "/_count")
    assert count_path == "/digimentor-sv__wagtailcore_page/_count"
    assert '"_edgengrams"' in json.dumps(count_body)


def test_a_finnish_reader_searches_the_finnish_index(cluster):
    with translation.override("fi"):
        backend().search("kokous", Page).count()
    with translation.override("en"):
        backend().search("meeting", Image).count()

    assert [path for path, _ in cluster.sent("POST", "/_count")] == [
        "/digimentor-fi__wagtailcore_page/_count",
        # Images have no language: one index, whatever the reader's.
        "/digimentor-fi__wagtailimages_image/_count",
    ]


SYNTAX_QUERIES = [
    "& | ! : * ( ) ' \" ~ ^",
    'title:kokous OR "teams',
    "kokous* AND NOT (teams",
    "/kok.*/ kokous~2 ^3",
    "\x00kokous\x1f",
    "k" * 2_000,
    "😀 مرحبا ｋｏｋｏｕｓ",
]
# Clauses that read their text as syntax, a pattern or a prefix.
SYNTAX_CLAUSES = {
    "query_string",
    "simple_query_string",
    "regexp",
    "wildcard",
    "prefix",
    "fuzzy",
    "intervals",
}


def clauses(node):
    """Every clause name and value of a query body, at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from clauses(value)
    elif isinstance(node, list):
        for item in node:
            yield from clauses(item)


@pytest.mark.parametrize("text", SYNTAX_QUERIES)
def test_query_text_goes_to_the_cluster_as_text_to_analyse(cluster, text):
    with translation.override("fi"):
        list(backend().search(text, Page)[:10])
        list(backend().autocomplete(text, Page)[:10])

    bodies = [body for _path, body in cluster.sent("POST", "/_search")]
    assert len(bodies) == 2
    for body in bodies:
        found = list(clauses(body["query"]))
        assert not {name for name, _value in found} & SYNTAX_CLAUSES
        # The text is the value of a match query, which analyses it as
        # words and reads no operators in it.
        matches = [
            value
            for name, value in found
            if name in {"match", "multi_match"} and "_django_content_type" not in value
        ]
        assert matches
        for match in matches:
            query = match.get("query") or next(iter(match.values()))["query"]
            assert query == text


# The cluster away


def warnings_from_backend(caplog):
    return [
        record
        for record in caplog.records
        if record.name == BACKEND_LOGGER and record.levelno == logging.WARNING
    ]


def test_saving_and_publishing_do_not_wait_for_a_cluster_away(cluster_away, caplog):
    started = time.monotonic()
    page = StandardPageFactory(title="Kahvihetki perjantaina")
    page.title = "Kahvihetki torstaina"
    page.save_revision().publish()
    elapsed = time.monotonic() - started

    assert elapsed < 5
    page = StandardPage.objects.get(pk=page.pk)
    assert page.live and page.title == "Kahvihetki torstaina"
    assert warnings_from_backend(caplog)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_after_a_failure_editors_do_not_wait_again(settings, silent_server):
    use_cluster(settings, silent_server)
    StandardPageFactory(title="Ensimmäinen")  # waits for the timeout once

    started = time.monotonic()
    page = StandardPageFactory(title="Toinen")
    page.save_revision().publish()

    assert time.monotonic() - started < 0.5


def test_search_falls_back_to_the_database_when_the_cluster_is_away(
    cluster_away, caplog
):
    page = StandardPageFactory(title="Tietoturvaharjoitus maanantaina")
    page.save_revision().publish()
    elasticsearch.paused_until.clear()  # the search itself meets the failure
    caplog.clear()
    queryset = StandardPage.objects.live().filter(locale=page.locale)

    with translation.override("fi"):
        results = backend().search("Tietoturvaharjoitus", queryset)
        found = list(results[:10])
        count = results.count()
        facets = results.facet("content_type_id")
        suggestions = list(backend().autocomplete("Tietoturva", queryset))

    assert found == [page]
    assert count == 1
    assert facets == {page.content_type_id: 1}
    assert page in suggestions
    messages = [record.getMessage() for record in warnings_from_backend(caplog)]
    assert any("searching the database instead" in message for message in messages)


def test_search_page_answers_when_the_cluster_is_away(
    settings, closed_port, staff_client
):
    use_cluster(settings, closed_port)

    response = staff_client.get("/fi/search/?q=digimentori")

    assert response.status_code == 200
