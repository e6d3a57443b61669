"""The index at scale: on PostgreSQL, what keeps a search from reading every
entry and from ranking every match of a common word; on any database, that a
common word's title matches come first and every match shows once."""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search.backends import postgres
from search.scope import searchable_pages

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="locale marks are PostgreSQL's index entries' alone",
)

ENTRIES = "wagtailsearch_indexentry"


def finnish_pages():
    return Page.objects.live().filter(locale=Locale.objects.get(language_code="fi"))


@pytest.fixture(autouse=True)
def finnish_reader():
    with translation.override("fi"):
        yield


def search(query, pages):
    return get_search_backend().search(query, pages)


@postgres_only
def test_entries_are_marked_with_their_locale(db):
    swedish = Locale.objects.get(language_code="sv")
    page = Page.objects.filter(locale=swedish, depth=2).get()

    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT body @@ %s::tsquery FROM {ENTRIES}"
            " WHERE content_type_id = %s AND object_id = %s",
            [postgres.locale_lexeme(swedish.pk), page.content_type_id, str(page.pk)],
        )
        assert cursor.fetchone() == (True,)


@postgres_only
def test_entries_written_before_the_locale_marks_are_marked_by_the_migration(db):
    finnish = Locale.objects.get(language_code="fi")
    found_before = {p.title for p in search("kokous", finnish_pages())}
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {ENTRIES} SET body = ts_delete(body, %s)",
            [postgres.locale_lexeme(finnish.pk).strip("'")],
        )
    assert not list(search("kokous", finnish_pages()))

    migration = importlib.import_module("search.migrations.0002_mark_entry_locales")
    with connection.schema_editor() as schema_editor:
        migration.mark_locales(apps, schema_editor)

    assert {p.title for p in search("kokous", finnish_pages())} == found_before


@pytest.fixture
def ten_ranked(monkeypatch):
    # PostgreSQL ranks the best hundred matches by their whole text; with ten,
    # the demo's matches of a common word are more than it ranks.
    monkeypatch.setattr(postgres, "RANKED_MATCHES", 10)


def test_a_common_word_ranks_title_matches_first_and_counts_every_match(
    rf, django_user_model, ten_ranked
):
    request = rf.get("/")
    request.user = django_user_model.objects.get(username="staff")
    request.session = {}
    pages = searchable_pages(request)
    results = search("Teams", pages.specific())
    total = sum(results.facet("content_type_id").values())
    assert total > 20  # more than the ten ranked by their whole text

    first_page = [p.pk for p in results[0:10]]
    in_title = {p.pk for p in pages if "teams" in p.title.lower()}
    assert in_title
    assert in_title <= set(first_page)
    # Without the facet's pass, the page finds the same ten on its own.
    assert [p.pk for p in search("Teams", pages.specific())[0:10]] == first_page
    # Pages beyond the ranked ones follow them: each match once, on one page.
    every_page = [p.pk for n in range(0, total, 10) for p in results[n : n + 10]]
    assert len(every_page) == len(set(every_page)) == total
    # So does a slice to the end.
    assert [p.pk for p in results[10:]] == every_page[10:]
