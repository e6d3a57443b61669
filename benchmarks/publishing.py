"""News at scale: 5,000 news items in the Finnish news index.

Run against PostgreSQL (the data is added once and reused):

    createdb intranet_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/intranet_bench \\
        .venv/bin/python benchmarks/publishing.py

Prints the news index's query count with the demo's news and with 5,000
more, the index's median render time, and the Atom and RSS feeds' median
and p95 render times (target: under 50 ms at the median).
"""

import random
import statistics
import sys
from datetime import timedelta

import _django  # noqa: F401  (sets Django up)
from _bulk import add_children, insert_rows
from directory import count_queries, percentile, timed
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from pages.models import NewsIndexPage, NewsPage, NewsTopic, Service

NEWS = 5_000
SLUG_PREFIX = "bench-uutinen-"


def main():
    if connection.vendor != "postgresql":
        sys.exit("Run this against PostgreSQL: set DATABASE_URL.")
    call_command("migrate", verbosity=0)
    if not NewsIndexPage.objects.exists():
        call_command("seed_demo", verbosity=0)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username="staff"))
    index = NewsIndexPage.objects.get(locale__language_code="fi")

    if not NewsPage.objects.filter(slug__startswith=SLUG_PREFIX).exists():
        demo_queries = count_queries(client, index.url)
        print(f"news index queries with the demo's news: {demo_queries}")
        create_news(index)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    total = NewsPage.objects.filter(locale__language_code="fi").count()
    print(f"news items in Finnish: {total}")
    print(f"news index queries with {total} news: {count_queries(client, index.url)}")

    for label, url in [
        ("news index", index.url),
        ("news index, page 100, one service", f"{index.url}?service=it&page=100"),
    ]:
        timings = timed(lambda url=url: client.get(url), 50)
        print(f"{label}: median {statistics.median(timings):.1f} ms (50 renders)")
    for label, url in [
        ("Atom feed", "/fi/feeds/news.atom"),
        ("RSS feed", "/fi/feeds/news.rss"),
        ("service's Atom feed", "/fi/feeds/news/it.atom"),
    ]:
        timings = timed(lambda url=url: client.get(url), 100)
        print(
            f"{label}: median {statistics.median(timings):.1f} ms, "
            f"p95 {percentile(timings, 95):.1f} ms (100 renders)"
        )


@transaction.atomic
def create_news(index):
    """Bulk-insert the news."""
    rng = random.Random(2026)
    finnish = Locale.objects.get(language_code="fi")
    services = list(Service.objects.filter(locale=finnish))
    pages = add_children(
        index,
        NewsPage,
        [(f"Uutinen {n}", f"{SLUG_PREFIX}{n}") for n in range(NEWS)],
        published_at=timezone.now(),
    )
    today = timezone.localdate()
    insert_rows(
        NewsPage,
        "page_ptr_id, date, service_id, lead, body",
        [
            (
                page.pk,
                today - timedelta(days=rng.randint(0, 1500)),
                rng.choice(services).pk,
                "Keskitetyt palvelut tiedottavat digimentoreille.",
                "[]",
            )
            for page in pages
        ],
    )
    teams = NewsTopic.tag_model().objects.get_or_create(name="Teams", slug="teams")[0]
    NewsTopic.objects.bulk_create(
        NewsTopic(content_object_id=page.pk, tag=teams) for page in pages[::3]
    )


if __name__ == "__main__":
    main()
