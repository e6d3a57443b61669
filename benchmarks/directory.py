"""Mentor directory and finder at scale: 10,000 mentors, 500 units, 30 campuses.

Run against PostgreSQL (the data is added once and reused):

    createdb intranet_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/intranet_bench \\
        .venv/bin/python benchmarks/directory.py

Prints the finder's median and p95 time (in-process, its cards included),
the directory page's median render time and its query count with the demo's
49 mentors and with 10,000 more, and a plain content page's median render
time. Each page is timed three ways: just after a change to the site, when
nothing is kept (every request starts a new generation); rendered afresh
with the parts kept for readers alike (menus, mentor cards) already there, as
on a miss of the shared page cache for an address nobody has opened since
the last change; and from the page cache.
"""

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from functools import partial

import _django  # noqa: F401  (sets Django up)
from _bulk import add_children, insert_rows
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from pages.common.caching import freshness
from pages.mentors.finder_page import finder_results
from pages.models import (
    Campus,
    MentorCampus,
    MentorIndexPage,
    MentorPage,
    MentorUnit,
    Organisation,
    StandardPage,
    Unit,
)

MENTORS, UNITS, CAMPUSES, FACULTIES = 10_000, 500, 30, 25
ORGANISATION = "Benchmark University"


def main():
    if connection.vendor != "postgresql":
        sys.exit("Run this against PostgreSQL: set DATABASE_URL.")
    call_command("migrate", verbosity=0)
    if not MentorIndexPage.objects.exists():
        call_command("seed_demo", stdout=open(os.devnull, "w"))
    staff = get_user_model().objects.get(username="staff")
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(staff)
    url = MentorIndexPage.objects.get(locale__language_code="fi").url

    demo_queries = None
    if not Organisation.objects.filter(name=ORGANISATION).exists():
        demo_queries = count_queries(client, url)
        started = time.perf_counter()
        create_mentors()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
        print(f"created {MENTORS} mentors in {time.perf_counter() - started:.0f} s")
    total = MentorPage.objects.filter(locale__language_code="fi").count()
    print(f"mentors in the directory: {total}")

    if demo_queries is not None:
        print(f"directory queries with the demo's mentors: {demo_queries}")
    print(f"directory queries with {total} mentors: {count_queries(client, url)}")

    units = list(
        Unit.objects.filter(organisation__name=ORGANISATION).values_list(
            "pk", flat=True
        )
    )
    reader = RequestFactory().get("/")
    reader.user = staff
    # The same 200 random units twice: their cards are rendered the first
    # time, and read from the cache the second.
    for cards in ["rendered", "kept"]:
        timings = finder_timings(reader, units)
        print(
            f"finder, cards {cards}: median {statistics.median(timings):.1f} ms, "
            f"p95 {percentile(timings, 95):.1f} ms (200 random units)"
        )
    filtered = f"{url}?language=sv&page=3"
    content = StandardPage.objects.live().filter(locale__language_code="fi")[0].url
    for name, address in [
        ("directory page", url),
        ("filtered directory page", filtered),
        ("content page", content),
    ]:
        with override_settings(SHARED_PAGE_CACHE_VIEWS=set()):
            changed = statistics.median(
                timed(partial(after_a_change, client, address), 50)
            )
            fresh = statistics.median(timed(partial(client.get, address), 50))
        cached = statistics.median(timed(partial(client.get, address), 50))
        print(
            f"{name}: median {changed:.1f} ms just after a change,"
            f" {fresh:.1f} ms rendered afresh with shared parts kept,"
            f" {cached:.1f} ms from the page cache (50 requests each)"
        )


def finder_timings(reader, units):
    rng = random.Random(1)
    with translation.override("fi"):
        return timed(lambda: finder_results(reader, rng.choice(units)), 200)


def after_a_change(client, address):
    freshness.new_generation()
    client.get(address)


@override_settings(SHARED_PAGE_CACHE_VIEWS=set())  # what a render costs
def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def timed(action, times):
    action()  # warm up
    result = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        result.append((time.perf_counter() - started) * 1000)
    return result


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@transaction.atomic
def create_mentors():
    """Bulk-insert the organisation and mentors."""
    rng = random.Random(2026)
    finnish = Locale.objects.get(language_code="fi")
    organisation = Organisation.objects.create(
        name=ORGANISATION, kind="university", locale=finnish
    )
    campuses = Campus.objects.bulk_create(
        Campus(
            organisation=organisation,
            locale=finnish,
            name=f"Kampus {i}",
            street_address="Katu 1",
            town=f"Kaupunki {i}",
            latitude=f"{60 + rng.random() * 5:.6f}",
            longitude=f"{21 + rng.random() * 9:.6f}",
        )
        for i in range(CAMPUSES)
    )
    faculties = [
        Unit.objects.create(organisation=organisation, locale=finnish, name=f"Tdk {i}")
        for i in range(FACULTIES)
    ]
    units = []
    for i in range(UNITS - FACULTIES):
        unit = Unit(
            organisation=organisation,
            locale=finnish,
            name=f"Yksikkö {i}",
            parent=faculties[i % FACULTIES],
            faculty=faculties[i % FACULTIES],
        )
        units.append(unit)
    Unit.objects.bulk_create(units)
    units = faculties + units
    through = Unit.campuses.through
    through.objects.bulk_create(
        through(unit_id=u.pk, campus_id=rng.choice(campuses).pk) for u in units
    )

    directory = MentorIndexPage.objects.get(locale=finnish)
    pages = add_children(
        directory,
        MentorPage,
        [(f"Mentori {n}", f"bench-mentori-{n}") for n in range(MENTORS)],
    )
    today = date.today()
    insert_rows(
        MentorPage,
        "page_ptr_id, job_title, email, phone, teams_link, speaks_finnish,"
        " speaks_swedish, speaks_english, other_languages, how_to_reach,"
        " office_hours, weekly_hours, role, status, taking_requests, bio,"
        " last_confirmed",
        [
            (
                page.pk,
                "lehtori",
                f"bench{n}@digimentor.example",
                "",
                "",
                True,
                n % 5 == 0,
                n % 3 == 0,
                "",
                "",
                "",
                2,
                "volunteer",
                "on_leave" if n % 50 == 0 else "active",
                True,
                "",
                today - timedelta(days=rng.randint(0, 500)),
            )
            for n, page in enumerate(pages)
        ],
    )
    MentorUnit.objects.bulk_create(
        MentorUnit(page_id=page.pk, unit_id=rng.choice(units).pk) for page in pages
    )
    MentorCampus.objects.bulk_create(
        MentorCampus(page_id=page.pk, campus_id=rng.choice(campuses).pk)
        for page in pages
    )


if __name__ == "__main__":
    main()
