"""Search at scale: 50,000 pages in Finnish, Swedish and English.

Run against PostgreSQL or SQLite (the pages are added once and reused):

    createdb intranet_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/intranet_bench \\
        .venv/bin/python benchmarks/search.py
    DATABASE_URL=sqlite:///bench.sqlite3 .venv/bin/python benchmarks/search.py

Prints the pages per language, the time `update_index` takes over all of
them (target: under 10 minutes), the index's size as the rebuild leaves it
and compacted, the search query's median and p95 time (in-process, as the
search page runs it; target: a median under 30 ms) and the search page's
median render time.
"""

import json
import random
import re
import statistics
import sys
import time
import uuid
from collections import Counter
from datetime import timedelta
from html import unescape

import _django  # noqa: F401  (sets Django up)
from _bulk import add_children, insert_rows
from directory import percentile, timed
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client, RequestFactory
from django.utils import timezone, translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from demo.loader import DATA_DIR, DemoData
from pages.models import NewsIndexPage, NewsPage, Service, StandardPage
from search.scope import searchable_pages
from search.views import ranked_page

PAGES = 50_000
LANGUAGES = ["fi", "sv", "en"]
SLUG_PREFIX = "bench-haku-"
QUERIES = 200

# Inflected forms, compounds and words the demo never uses (no results) next
# to the common and rare words drawn from the generated text itself.
WRITTEN_QUERIES = {
    "fi": [
        "kokouksessa",
        "mentoreiden",
        "Teamsin jakaminen",
        "tietoturvaharjoitus",
        "näytön jakaminen",
        "salasanan vaihtaminen",
        "kirjastoon",
        "verkoston kuukausikokous",
        "kvanttitietokone",
    ],
    "sv": ["mötet", "digimentorerna", "lösenordet", "nätverkets möte", "kvantdator"],
    "en": ["meetings", "passwords", "screen sharing", "monthly meeting", "quantum"],
}


def main():
    if connection.vendor not in {"postgresql", "sqlite"}:
        sys.exit("Run this against PostgreSQL or SQLite: set DATABASE_URL.")
    call_command("migrate", verbosity=0)
    if not NewsIndexPage.objects.exists():
        call_command("seed_demo", verbosity=0)
    texts = {language: Text(language) for language in LANGUAGES}

    if not Page.objects.filter(slug__startswith=SLUG_PREFIX).exists():
        started = time.perf_counter()
        create_pages(texts)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        print(f"created {PAGES} pages in {time.perf_counter() - started:.0f} s")
    for language in LANGUAGES:
        live = Page.objects.live().filter(locale__language_code=language).count()
        print(f"live pages in {language}: {live}")

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    print(f"update_index: {time.perf_counter() - started:.0f} s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # What autovacuum would do: a rebuild leaves the old rows dead.
            cursor.execute("VACUUM ANALYZE " + IndexEntry._meta.db_table)
    print_sizes("as update_index leaves it")

    staff = get_user_model().objects.get(username="staff")
    queries = mixed_queries(texts, QUERIES)
    timings, matches = search_timings(queries, staff)
    print(
        f"search query: median {statistics.median(timings):.1f} ms, "
        f"p95 {percentile(timings, 95):.1f} ms ({QUERIES} queries in fi, sv, en; "
        f"median {statistics.median(matches):.0f} matches)"
    )
    slowest = sorted(zip(timings, queries, strict=True), reverse=True)[:5]
    print(
        "slowest: "
        + ", ".join(f"[{lang}] {q!r} {ms:.0f} ms" for ms, (lang, q) in slowest)
    )

    client = Client(HTTP_HOST="localhost")
    client.force_login(staff)
    pages = [(f"/{language}/search/", {"q": query}) for language, query in queries[:30]]
    remaining = iter(pages[-1:] + pages)
    page_timings = timed(lambda: client.get(*next(remaining)), len(pages))
    print(f"search page: median {statistics.median(page_timings):.1f} ms (30 queries)")

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM FULL " + IndexEntry._meta.db_table)
        else:
            cursor.execute("VACUUM")
    print_sizes("compacted")


def search_results(backend, pages, query):
    """What the search page asks of the backend: the matches' counts by kind
    and the first page of them. Returns the number of matches."""
    kind_counts, page = ranked_page(backend, pages, query, None, 1)
    list(page.object_list)
    return sum(count for _kind, count in kind_counts)


def search_timings(queries, user):
    backend = get_search_backend()
    request = RequestFactory().get("/")
    request.user, request.session = user, {}
    scopes = {}
    for language in LANGUAGES:
        with translation.override(language):
            scopes[language] = searchable_pages(request)
    # timed() warms up with its first call: the last query, then all of them.
    remaining = iter(queries[-1:] + queries)
    matches = []

    def search_next():
        language, query = next(remaining)
        with translation.override(language):
            matches.append(search_results(backend, scopes[language], query))

    return timed(search_next, len(queries)), matches[1:]


def mixed_queries(texts, count):
    """Written queries and the text's common and rare words, in all languages."""
    rng = random.Random(7)
    pool = []
    for language, text in texts.items():
        pool += [(language, query) for query in WRITTEN_QUERIES[language]]
        pool += [(language, word) for word in text.common_words(10)]
        pool += [(language, word) for word in text.rare_words(10, rng)]
        pool += [(language, " ".join(text.random_words(2, rng))) for _ in range(10)]
    return [rng.choice(pool) for _ in range(count)]


def print_sizes(state):
    table = IndexEntry._meta.db_table
    if connection.vendor == "sqlite":
        # The entries and the FTS5 table's own tables (…_fts_data and the
        # like), which hold what a search reads.
        size = (
            f"SELECT (SELECT count(*) FROM {table}),"
            f" (SELECT sum(pgsize) FROM dbstat WHERE name LIKE '{table}%'),"
            " (SELECT page_count * page_size"
            "  FROM pragma_page_count(), pragma_page_size())"
        )
    else:
        size = (
            f"SELECT count(*), pg_total_relation_size('{table}'),"
            " pg_database_size(current_database())"
            f" FROM {table}"
        )
    with connection.cursor() as cursor:
        cursor.execute(size)
        rows, index_size, database_size = cursor.fetchone()
    print(
        f"search index ({table}, {state}): {rows} rows,"
        f" {index_size / 2**20:.0f} MB; database: {database_size / 2**20:.0f} MB"
    )


class Text:
    """Sentences and words of the demo content in one language, to make up
    pages whose words repeat as in real text."""

    def __init__(self, language):
        strings = list(demo_strings(language))
        pieces = [
            piece.strip()
            for s in strings
            for piece in re.split(r"(?<=[.!?:])\s+", plain(s))
        ]
        self.sentences = [p for p in pieces if len(p.split()) > 4]
        # Headings, titles and list items: the short ones.
        self.titles = [p for p in pieces if 1 < len(p.split()) <= 8]
        self.words = re.findall(r"\w{3,}", " ".join(self.sentences))

    def page(self, rng):
        title = rng.choice(self.titles).rstrip(".")
        lead = rng.choice(self.sentences)
        paragraphs = [
            " ".join(rng.choices(self.sentences, k=rng.randint(2, 4)))
            for _ in range(rng.randint(3, 7))
        ]
        # Words in new orders, so that not every page repeats the demo's
        # sentences.
        paragraphs.append(" ".join(self.random_words(rng.randint(8, 16), rng)) + ".")
        body = [
            {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
            for text in paragraphs
        ]
        return title, lead, json.dumps(body)

    def random_words(self, count, rng):
        return rng.choices(self.words, k=count)

    def common_words(self, count):
        counts = Counter(word.lower() for word in self.words if len(word) > 5)
        return [word for word, _n in counts.most_common(count)]

    def rare_words(self, count, rng):
        counts = Counter(word.lower() for word in self.words if len(word) > 6)
        return rng.sample(sorted(w for w, n in counts.items() if n == 1), count)


def plain(html):
    """Text of HTML, its list items and paragraphs kept apart."""
    return unescape(re.sub(r"<[^>]+>", " ", html))


# Names and one-line tasks: not the sentences and titles that the generated
# pages are made of.
MINUTES_LISTS = {"other_attendees", "tasks"}


def demo_strings(language):
    """The strings of the demo content in `language`: the sections' pages,
    then the home page and the general pages."""
    data = DemoData(DATA_DIR)
    for name in ["news", "minutes", "guides", "events"]:
        for item in data.section(name).items:
            texts = item[language]
            texts = {k: v for k, v in texts.items() if k not in MINUTES_LISTS}
            yield from strings(texts)
    general = data.texts("general")[language]
    yield from strings(general["home"])
    yield from strings(general["pages"])


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item)


@transaction.atomic
def create_pages(texts):
    """Bulk-insert the pages as rows, two news items to each general page:
    adding 50,000 pages one by one through the tree API takes hours."""
    rng = random.Random(2026)
    today = timezone.localdate()
    general = DemoData(DATA_DIR).texts("general")
    about_slugs = {
        code: texts["pages"]["about"]["slug"] for code, texts in general.items()
    }
    for language in LANGUAGES:
        count = PAGES // len(LANGUAGES) + (language == LANGUAGES[0]) * (
            PAGES % len(LANGUAGES)
        )
        news = count * 2 // 3
        index = NewsIndexPage.objects.get(locale__language_code=language)
        services = list(Service.objects.filter(locale=index.locale))
        rows = add_generated_children(index, NewsPage, news, texts[language], rng)
        insert_rows(
            NewsPage,
            "page_ptr_id, lead, body, date, service_id",
            [
                (
                    *row,
                    today - timedelta(days=rng.randint(0, 1500)),
                    rng.choice(services).pk,
                )
                for row in rows
            ],
        )
        about = StandardPage.objects.get(
            locale=index.locale, slug=about_slugs[language]
        )
        rows = add_generated_children(
            about, StandardPage, count - news, texts[language], rng
        )
        insert_rows(StandardPage, "page_ptr_id, lead, body", rows)


def add_generated_children(parent, model, count, text, rng):
    """Add `count` live pages of `model` with generated text under `parent`;
    returns their (page id, lead, body) for the model's own table."""
    titles_and_slugs, contents = [], []
    for n in range(count):
        title, lead, body = text.page(rng)
        titles_and_slugs.append((title, f"{SLUG_PREFIX}{model._meta.model_name}-{n}"))
        contents.append((lead, body))
    pages = add_children(parent, model, titles_and_slugs, published_at=timezone.now())
    return [(page.pk, *content) for page, content in zip(pages, contents, strict=True)]


if __name__ == "__main__":
    main()
