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
import uuid
from datetime import timedelta

from directory import count_queries, percentile, timed  # sets Django up
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, Page

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
    """Bulk-insert the news as rows: adding 5,000 pages one by one through the
    tree API takes many minutes."""
    rng = random.Random(2026)
    finnish = Locale.objects.get(language_code="fi")
    services = list(Service.objects.filter(locale=finnish))
    content_type = ContentType.objects.get_for_model(NewsPage)
    last_child = index.get_last_child()
    last_step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
    now = timezone.now()
    pages = [
        Page(
            title=f"Uutinen {n}",
            draft_title=f"Uutinen {n}",
            slug=f"{SLUG_PREFIX}{n}",
            content_type=content_type,
            locale=finnish,
            translation_key=uuid.uuid4(),
            live=True,
            first_published_at=now,
            last_published_at=now,
            path=Page._get_path(index.path, index.depth + 1, last_step + n + 1),
            depth=index.depth + 1,
            numchild=0,
            url_path=f"{index.url_path}{SLUG_PREFIX}{n}/",
        )
        for n in range(NEWS)
    ]
    Page.objects.bulk_create(pages, batch_size=1000)
    today = timezone.localdate()
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {NewsPage._meta.db_table}"
            " (page_ptr_id, date, service_id, lead, body)"
            " VALUES (%s, %s, %s, %s, '[]')",
            [
                (
                    page.pk,
                    today - timedelta(days=rng.randint(0, 1500)),
                    rng.choice(services).pk,
                    "Keskitetyt palvelut tiedottavat digimentoreille.",
                )
                for page in pages
            ],
        )
    teams = NewsTopic.tag_model().objects.get_or_create(name="Teams", slug="teams")[0]
    NewsTopic.objects.bulk_create(
        NewsTopic(content_object_id=page.pk, tag=teams) for page in pages[::3]
    )
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + NEWS)


if __name__ == "__main__":
    main()
