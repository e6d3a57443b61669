"""What the backends take from modelsearch and Django through adapters/,
checked on the database the suite runs on: an upstream change that breaks an
adapter fails here on SQLite as on PostgreSQL."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import translation
from modelsearch.backends.base import FilterFieldError
from modelsearch.query import MATCH_ALL
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from adapters.django.queries import exact_filter
from pages.factories import StandardPageFactory
from pages.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def finnish_reader():
    with translation.override("fi"):
        yield


def finnish_pages():
    finnish = Locale.objects.get(language_code="fi")
    return StandardPage.objects.live().filter(locale=finnish)


def search(query, pages=None, **kwargs):
    return get_search_backend().search(
        query, finnish_pages() if pages is None else pages, **kwargs
    )


def entries(page):
    content_types = ContentType.objects.get_for_models(Page, type(page)).values()
    return IndexEntry.objects.filter(
        content_type__in=content_types, object_id=str(page.pk)
    )


def test_an_object_indexed_again_keeps_one_entry_with_its_new_text():
    page = StandardPageFactory(title="Aurinkokunnan kartta")
    page.title = "Kuunpimennyksen kartta"
    page.save()
    get_search_backend().add(page)

    assert entries(page).count() == 1
    assert list(search("kuunpimennys")) == [page]
    assert not list(search("aurinkokunta"))


def test_objects_indexed_in_bulk_are_each_analysed_in_their_language():
    finnish = StandardPageFactory(title="Tulivuorten kartat")
    swedish_home = HomePage.objects.get(locale__language_code="sv")
    swedish = StandardPageFactory(parent=swedish_home, title="Vulkanernas kartor")
    get_search_backend().add_bulk(StandardPage, [finnish, swedish])

    assert list(search("tulivuori")) == [finnish]
    with translation.override("sv"):
        swedish_pages = StandardPage.objects.filter(locale=swedish.locale)
        assert list(search("vulkanerna", swedish_pages)) == [swedish]


def test_counts_facets_and_scores_agree_with_the_results():
    pages = [StandardPageFactory(title=f"Kuunpimennys {n}") for n in range(3)]
    results = search("kuunpimennys")

    assert results.count() == len(list(results)) == 3
    assert results.facet("content_type_id") == {pages[0].content_type_id: 3}
    scored = list(search("kuunpimennys").annotate_score("score"))
    assert all(page.score is not None for page in scored)
    assert scored[0].score >= scored[-1].score


def test_a_facet_on_a_field_that_is_not_filterable_says_so():
    StandardPageFactory(title="Kuunpimennys")

    with pytest.raises(FilterFieldError):
        search("kuunpimennys").facet("lead")


def test_a_slice_of_the_results_is_that_part_of_them():
    for n in range(5):
        StandardPageFactory(title=f"Kuunpimennys {n}")
    results = search("kuunpimennys")
    every = list(results)

    assert list(results[1:3]) == every[1:3]
    assert list(results[3:]) == every[3:]


def test_autocomplete_finds_titles_by_the_start_of_their_last_word():
    page = StandardPageFactory(title="Kuunpimennyksen kartta")
    backend = get_search_backend()

    assert page in list(backend.autocomplete("kuunpim", finnish_pages()))
    assert page in list(backend.autocomplete("kuunpimennyksen kar", finnish_pages()))


def test_queries_other_than_words_are_modelsearchs_own():
    StandardPageFactory(title="Kuunpimennys")

    assert search(MATCH_ALL).count() == finnish_pages().count()


def test_a_locale_filter_is_read_from_the_query_tree():
    finnish = Locale.objects.get(language_code="fi")
    swedish = Locale.objects.get(language_code="sv")

    assert exact_filter(Page.objects.filter(locale=finnish), "locale", Locale) == (
        finnish.pk
    )
    assert (
        exact_filter(
            Page.objects.filter(locale=finnish.pk, live=True), "locale", Locale
        )
        == finnish.pk
    )
    either = Page.objects.filter(Q(locale=finnish) | Q(locale=swedish))
    assert exact_filter(either, "locale", Locale) is None
    assert exact_filter(Page.objects.exclude(locale=finnish), "locale", Locale) is None
    assert exact_filter(Page.objects.filter(live=True), "locale", Locale) is None
