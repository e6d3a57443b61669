"""Search field boosts rank results on whichever database runs: a word in a
title, then in a heading (a boosted field), before the same word in the text."""

import json

import pytest
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

WORD = "Tiimityöskentely"  # on no demo page


def body(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def ranked(query):
    with translation.override("fi"):
        pages = Page.objects.live().filter(
            locale=Locale.objects.get(language_code="fi")
        )
        return [page.title for page in get_search_backend().search(query, pages)]


def test_a_title_then_a_heading_outrank_the_same_word_in_the_text():
    paragraph = f"<p>{WORD} on tärkeää. {WORD} vaatii harjoittelua.</p>"
    StandardPageFactory(title="Tekstissä", lead="", body=body(("paragraph", paragraph)))
    StandardPageFactory(
        title="Otsikoissa",
        lead="",
        body=body(
            ("heading", {"text": WORD, "level": "h2"}),
            ("paragraph", "<p>Muuta asiaa.</p>"),
        ),
    )
    StandardPageFactory(title=f"{WORD} etänä", lead="Muuta asiaa.")

    assert ranked(WORD.lower()) == [f"{WORD} etänä", "Otsikoissa", "Tekstissä"]
