"""No query reaches an engine's query syntax: the database backend answers
any text, on whichever database runs, as the words in it."""

import pytest
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search.backends.fts5 import fts_match, quoted

pytestmark = pytest.mark.django_db

SYNTAX = [
    "& | ! : * ( ) ' \" ~ ^",
    '"kokous',
    "kokous\"'",
    "'kokous'",
    "kokous:*",
    "kokous*",
    "(kokous",
    "kokous)",
    "kokous & !teams",
    "kokous | teams",
    "kokous <-> teams",
    "!kokous",
    "-kokous",
    "kokous\\",
    "\\'kokous",
    "NEAR(kokous teams)",
    "kokous AND OR NOT",
    "{title body} : kokous",
    "title:kokous",
    "^kokous",
    "kokous~2",
    "+kokous",
    "kokous; DROP TABLE wagtailcore_page;--",
]
CONTROL = ["\x00kokous", "kokous\x00teams", "\x01\x1f\x7f", "kokous\r\n\t\x0b"]
LONG = ["k" * 10_000, "kokous " * 5_000, " ".join(f"sana{n}" for n in range(3_000))]
UNICODE = [
    "😀 🎉",
    "kokous 😀",
    "مرحبا",
    "會議",
    "kokous\u200b",  # zero-width space
    "\u202ekokous",  # right-to-left override
    "ko\u0301kous",  # combining accent
    "\ufeffkokous",  # byte order mark
    "ｋｏｋｏｕｓ",  # fullwidth letters
    "\ud800",  # a lone surrogate
    "İstanbul ß ǅ",
]
QUERIES = SYNTAX + CONTROL + LONG + UNICODE


def finnish_pages():
    return Page.objects.live().filter(locale=Locale.objects.get(language_code="fi"))


@pytest.fixture(autouse=True)
def finnish_reader():
    with translation.override("fi"):
        yield


@pytest.mark.parametrize("query", QUERIES)
def test_any_text_gets_results_a_count_and_counts_by_kind(query):
    backend = get_search_backend()
    results = backend.search(query, finnish_pages().specific())

    assert len(list(results[:10])) <= 10
    assert results.count() >= 0
    assert sum(results.facet("content_type_id").values()) == results.count()


@pytest.mark.parametrize("query", QUERIES)
def test_any_text_gets_completions(query):
    backend = get_search_backend()

    assert len(list(backend.autocomplete(query, finnish_pages())[:8])) <= 8


@pytest.mark.parametrize("query", QUERIES)
def test_any_text_gets_results_with_or_and_with_scores(query):
    results = get_search_backend().search(query, finnish_pages(), operator="or")

    assert len(list(results.annotate_score("_score")[:5])) <= 5


def titles(query, search="search"):
    backend = get_search_backend()
    return {p.title for p in getattr(backend, search)(query, finnish_pages())}


@pytest.mark.parametrize(
    "query",
    ['"kokous', "kokous\"'", "(kokous)", "kokous:*", "!kokous", "\x00kokous"],
)
def test_syntax_characters_are_ignored_and_the_words_still_match(query):
    expected = titles("kokous")

    assert expected
    assert titles(query) == expected


def test_syntax_characters_in_completions_are_ignored():
    expected = titles("tietojenkal", "autocomplete")

    assert expected == {"Tunnista tietojenkalasteluviesti"}
    assert titles('"tietojenkal*', "autocomplete") == expected
    assert titles("(tietojenkal:", "autocomplete") == expected


def test_a_query_of_nothing_but_syntax_finds_nothing():
    assert titles("& | ! : * ( ) ' \" ~ ^") == set()


def test_an_fts5_string_doubles_its_quotes():
    assert quoted('a"b') == '"a""b"'
    # No lexeme the analysis makes holds a quote; the match is all strings.
    assert (
        fts_match('"kokous" OR teams*', "fi") == '("kokous") AND ("or") AND ("teams")'
    )
