"""Finnish morphology in the index: Voikko's base forms and compound parts,
snowball for unknown words, and each object analysed by its own language, on
whichever database runs."""

import logging

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from pages.factories import StandardPageFactory
from search import analysis


@pytest.fixture
def without_voikko(settings):
    settings.SEARCH_VOIKKO = False
    analysis.reset()
    yield
    analysis.reset()


def missing_library(language):
    raise OSError("libvoikko.so.1: cannot open shared object file")


@pytest.fixture
def voikko_not_installed(monkeypatch):
    # The Python binding is a requirement; the C library it loads may be absent.
    monkeypatch.setattr(analysis.libvoikko, "Voikko", missing_library)
    analysis.reset()
    yield
    analysis.reset()


def test_gradation_gives_one_base_form():
    for word in ["kokous", "kokouksessa", "kokousten", "kokoukset"]:
        assert analysis.analyse_word(word, "fi").forms == ("kokous",)


def test_compounds_are_indexed_with_their_parts():
    word = analysis.analyse_word("tietoturvaharjoituksen", "fi")

    assert word.forms == ("tietoturvaharjoitus",)
    assert {"tieto", "turva", "harjoitus"} <= set(word.parts)


def test_an_unknown_compound_is_split_before_its_last_known_part():
    word = analysis.analyse_word("digimentorivalmennuksessa", "fi")

    assert "digimentorivalmennus" in word.forms
    assert word.parts == ("digimentori", "valmennus")


def test_an_unknown_word_ending_like_a_short_word_is_not_split():
    # "tori" (a market) is too short to be taken for a part.
    assert analysis.analyse_word("Digimentorit", "fi").parts == ()


def test_unknown_words_are_left_to_the_snowball_stemmer():
    assert analysis.analyse_word("Teamsin", "fi").terms == ("teamsin",)
    assert analysis.index_text("Mentoreiden Teamsin", "fi") == "mentor teams"


def test_swedish_and_english_text_is_stemmed_by_snowball_without_stop_words():
    assert analysis.index_text("Nätverksmötet diskuterade", "sv") == (
        "nätverksmöt diskuter"
    )
    assert analysis.index_text("The meetings of the network", "en") == ("meet network")


def test_a_query_of_stop_words_alone_looks_up_nothing():
    assert analysis.query_words("och i på", "sv") == []
    assert analysis.query_words("the of", "en") == []


def test_a_word_spelled_with_a_combining_accent_is_the_same_word():
    assert analysis.index_text("Cafe\u0301", "en") == analysis.index_text(
        "Caf\u00e9", "en"
    )


def test_without_voikko_finnish_is_stemmed_by_snowball_with_one_warning(
    voikko_not_installed, caplog
):
    with caplog.at_level(logging.WARNING, logger="search.analysis"):
        first = analysis.index_text("kokouksessa", "fi")
        second = analysis.index_text("tietoturvaharjoitus", "fi")

    assert (first, second) == ("kokouks", "tietoturvaharjoitus")
    warnings = [r for r in caplog.records if "Voikko is not available" in r.message]
    assert len(warnings) == 1


def found(query, language="fi"):
    with translation.override(language):
        pages = Page.objects.live().filter(
            locale=Locale.objects.get(language_code=language)
        )
        return [p.title for p in get_search_backend().search(query, pages)]


@pytest.fixture
def security_news(db):
    return StandardPageFactory(
        title="Syksyn harjoitukset",
        lead="Mentoreiden kokouksessa sovittiin tietoturvaharjoituksesta.",
    )


def test_base_forms_find_inflected_text_and_back(security_news):
    assert "Syksyn harjoitukset" in found("kokous")
    assert "Syksyn harjoitukset" in found("kokoukset")
    assert "Syksyn harjoitukset" in found("harjoitus")  # a compound part
    assert "Syksyn harjoitukset" in found("mentorien")  # snowball: mentor


def test_snowball_alone_misses_gradation_and_compounds(db, without_voikko):
    page = StandardPageFactory(
        title="Syksyn harjoitukset",
        lead="Mentoreiden kokouksessa sovittiin tietoturvaharjoituksesta.",
    )

    assert page.title not in found("kokous")
    assert page.title not in found("harjoitus")
    assert page.title in found("mentoreiden")


def test_each_page_is_indexed_in_its_own_language(security_news):
    swedish_page = Page.objects.get(locale__language_code="sv", depth=2).add_child(
        instance=type(security_news)(title="Nätverksmötet", lead="Vi diskuterade AI.")
    )
    as_text = "body::text" if connection.vendor == "postgresql" else "body"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {as_text} FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(swedish_page.pk)],
        )
        (swedish_body,) = cursor.fetchone()

    assert "diskuter" in swedish_body  # the swedish stemmer's
    assert "diskuterade" not in swedish_body
    assert "Nätverksmötet" in found("nätverksmötet", "sv")
    assert "Nätverksmötet" not in found("nätverksmötet", "fi")
