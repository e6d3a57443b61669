"""Search finds a word by its other forms, in each language, on whichever
database runs: Finnish inflection, consonant gradation and compounds,
Swedish definite and plural forms, English inflection."""

import pytest
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

TITLE = "Kielitarkistus"  # on no demo page

# (language, text on a page, queries in other forms that must find it)
OTHER_FORMS = [
    pytest.param(
        "fi",
        "Asiasta päätettiin kuukausikokouksessa.",
        ["kuukausikokous", "kuukausikokouksen", "Kuukausikokouksiin"],
        id="fi-inflected-compound-in-text",
    ),
    pytest.param(
        "fi",
        "Verkoston kuukausikokous pidetään etänä.",
        ["kuukausikokouksessa", "kuukausikokouksista"],
        id="fi-inflected-query",
    ),
    pytest.param(
        "fi",
        "Syksyllä järjestetään tietoturvaharjoituksia.",
        ["harjoitus", "harjoituksessa", "tietoturva"],
        id="fi-compound-parts",
    ),
    pytest.param(
        "fi",
        "Tietoturvan koulutuksesta kerrotaan myöhemmin.",
        ["tietoturvakoulutus", "tietoturvakoulutukseen"],
        id="fi-compound-query-finds-its-parts",
    ),
    pytest.param(
        "fi",
        "Näytön jakaminen onnistuu selaimessa.",
        ["näyttö", "jakamisesta", "selain"],
        id="fi-gradation",
    ),
    pytest.param(
        "fi",
        "Ilmoittaudu digimentorikoulutukseen ajoissa.",
        ["koulutus", "digimentorikoulutus", "digimentorikoulutuksessa"],
        id="fi-compound-of-a-word-voikko-does-not-know",
    ),
    pytest.param(
        "sv",
        "Beslutet fattades på nätverksmötet.",
        ["nätverksmöte", "nätverksmöten", "beslut"],
        id="sv-definite-in-text",
    ),
    pytest.param(
        "sv",
        "Ett nätverksmöte hålls i maj.",
        ["nätverksmötet", "nätverksmötena"],
        id="sv-definite-query",
    ),
    pytest.param(
        "sv",
        "Utbildningarna börjar i höst och handledarna svarar på frågor.",
        ["utbildning", "utbildningen", "handledare", "fråga"],
        id="sv-plural-definite",
    ),
    pytest.param(
        "en",
        "The network meetings are held online.",
        ["meeting", "networks"],
        id="en-plural",
    ),
    pytest.param(
        "en",
        "She trained the new mentors in several sessions.",
        ["training", "mentor", "session"],
        id="en-inflection",
    ),
]


def found(query, language):
    with translation.override(language):
        locale = Locale.objects.get(language_code=language)
        pages = Page.objects.live().filter(locale=locale)
        return {page.title for page in get_search_backend().search(query, pages)}


def page_in(language, text):
    home = Page.objects.get(locale__language_code=language, depth=2)
    return StandardPageFactory(parent=home, title=TITLE, lead=text)


@pytest.mark.parametrize(("language", "text", "queries"), OTHER_FORMS)
def test_a_word_is_found_by_its_other_forms(language, text, queries):
    page_in(language, text)

    missed = [query for query in queries if TITLE not in found(query, language)]

    assert missed == []


def test_a_word_is_found_and_marked_through_the_search_page(staff_client):
    page_in("sv", "Beslutet fattades på nätverksmötet. Mötena hålls i maj.")

    response = staff_client.get("/sv/search/", {"q": "nätverksmöte möten"})

    [result] = [r for r in response.context["found"] if r["page"].title == TITLE]
    assert "<mark>nätverksmötet</mark>" in result["snippet"]
    assert "<mark>Mötena</mark>" in result["snippet"]


def test_a_word_is_analysed_in_the_language_of_its_page(db):
    page_in("sv", "Beslutet fattades på nätverksmötet.")

    assert TITLE not in found("nätverksmöte", "fi")
    assert TITLE not in found("nätverksmöte", "en")


def test_words_that_only_share_letters_do_not_match(db):
    page_in("fi", "Koko verkosto kokoontui.")  # koko: whole; not kokous

    assert TITLE not in found("kokous", "fi")
