"""The search page: scope, kinds, snippets, suggestions, promotions, bad input."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from pages.factories import StandardPageFactory
from pages.models import GuidePage, MeetingMinutesPage

pytestmark = pytest.mark.django_db


def listed(response):
    """The pages the search page lists, in order: the editors' promoted ones,
    then this page of results (the view's own context, not its markup)."""
    context = response.context
    return [result["page"] for result in context["promoted"] + context["found"]]


def titles(response):
    return [page.title for page in listed(response)]


def test_results_come_in_the_readers_language(staff_client):
    finnish = staff_client.get("/fi/search/", {"q": "Teams"})
    swedish = staff_client.get("/sv/search/", {"q": "Teams"})

    assert "Näytön jakaminen Teams-kokouksessa" in titles(finnish)
    assert "Dela skärmen i ett Teams-möte" not in titles(finnish)
    assert "Dela skärmen i ett Teams-möte" in titles(swedish)
    request = swedish.wsgi_request
    assert all(page.get_url(request).startswith("/sv/") for page in listed(swedish))


def test_results_are_counted_by_kind_and_narrowed_to_one(staff_client):
    everything = staff_client.get("/fi/search/", {"q": "kokous"})
    kinds = {each.key: count for each, count in everything.context["kind_counts"]}
    minutes_count = (
        MeetingMinutesPage.objects.live().filter(locale__language_code="fi").count()
    )

    assert kinds["minutes"] == minutes_count
    assert {"minutes", "guides", "news"} <= set(kinds)

    minutes = staff_client.get("/fi/search/", {"q": "kokous", "kind": "minutes"})
    found = titles(minutes)
    assert found and all(t.startswith("Verkoston kuukausikokous") for t in found)


def test_each_result_names_its_kind_in_the_readers_language(staff_client):
    finnish = staff_client.get("/fi/search/", {"q": "Teams"}).text
    swedish = staff_client.get("/sv/search/", {"q": "Teams"}).text
    kind = re.compile(r'<p class="search-result-kind">([^<]+)</p>')

    assert {"Ohje", "Uutinen"} <= set(kind.findall(finnish))
    assert {"Anvisning", "Nyhet"} <= set(kind.findall(swedish))


def test_matching_words_are_marked_in_the_snippet_in_any_form(staff_client):
    response = staff_client.get("/fi/search/", {"q": "kokous"})

    assert "<mark>kokouksessa</mark>" in response.text
    assert "<mark>koko</mark>" not in response.text  # "koko" is another word


def test_results_are_paginated_without_repeating(staff_client):
    first = titles(staff_client.get("/fi/search/", {"q": "kokous"}))
    second = titles(staff_client.get("/fi/search/", {"q": "kokous", "page": 2}))

    assert len(first) == 10 and second
    assert not set(first) & set(second)


def test_nothing_found_suggests_a_spelling_that_finds_something(staff_client):
    response = staff_client.get("/fi/search/", {"q": "Temas"})

    assert titles(response) == []
    assert response.context["suggestion"] == "teams"
    # The reader follows the link itself, as written on the page.
    link = re.search(
        r'class="search-suggestion">[^<]*<a href="([^"]*)">(\w+)</a>', response.text
    )
    assert link.group(2) == "teams"
    followed = staff_client.get("/fi/search/" + link.group(1).replace("&amp;", "&"))
    assert "Näytön jakaminen Teams-kokouksessa" in titles(followed)


def test_untranslated_aliases_are_not_results(staff_client):
    source = Page.objects.get(locale__language_code="fi", slug="valmennus-2027")
    assert Page.objects.filter(alias_of=source).exists()

    finnish = staff_client.get("/fi/search/", {"q": "Digimentorivalmennus"})
    swedish = staff_client.get("/sv/search/", {"q": "Digimentorivalmennus"})

    # The page once, in Finnish; other pages mention digimentors' training.
    assert titles(finnish)[0] == "Digimentorivalmennus keväällä 2027"
    assert titles(finnish).count("Digimentorivalmennus keväällä 2027") == 1
    assert titles(swedish) == []


@pytest.fixture
def board_only_page():
    page = StandardPageFactory(
        title="Johtoryhmän salainen budjettiluonnos", lead="Vain johtoryhmälle."
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    board = Group.objects.create(name="Johtoryhmä")
    restriction.groups.add(board)
    return board


def test_a_page_restricted_to_a_group_never_shows_to_others(
    staff_client, board_only_page
):
    response = staff_client.get("/fi/search/", {"q": "budjettiluonnos"})
    suggestions = staff_client.get("/fi/search/suggest/", {"q": "Johtoryhmän"})

    assert titles(response) == []
    assert "salainen" not in response.text
    assert suggestions.json()["suggestions"] == []


def test_a_page_restricted_to_a_group_shows_to_its_members(
    staff_client, board_only_page
):
    get_user_model().objects.get(username="staff").groups.add(board_only_page)

    response = staff_client.get("/fi/search/", {"q": "budjettiluonnos"})

    assert titles(response) == ["Johtoryhmän salainen budjettiluonnos"]


def test_did_you_mean_never_offers_a_word_of_a_title_the_reader_may_not_open(
    staff_client, board_only_page
):
    member = get_user_model().objects.create_user("board member")
    member.groups.add(board_only_page)
    member_client = Client()
    member_client.force_login(member)
    # The member's search fills the cache of known words first.
    member_response = member_client.get("/fi/search/", {"q": "budjettiluonos"})
    assert "budjettiluonnos" in member_response.context["suggestion"]

    response = staff_client.get("/fi/search/", {"q": "budjettiluonos"})

    assert response.context["suggestion"] is None
    assert "budjettiluonnos" not in response.text


def test_editors_promoted_pages_come_first_in_the_readers_language(staff_client):
    guide = GuidePage.objects.get(
        locale__language_code="fi", slug="tunnista-tietojenkalastelu"
    )
    SearchPromotion.objects.create(
        query=Query.get("huijaus"), page=guide, sort_order=0, description=""
    )

    finnish = staff_client.get("/fi/search/", {"q": "Huijaus"})
    swedish = staff_client.get("/sv/search/", {"q": "huijaus"})

    def promoted(response):
        return [result["page"].title for result in response.context["promoted"]]

    assert promoted(finnish) == ["Tunnista tietojenkalasteluviesti"]
    assert promoted(swedish) == ["Känn igen ett nätfiskemeddelande"]
    # Shown once: not again among the other results.
    assert titles(finnish).count("Tunnista tietojenkalasteluviesti") == 1


def test_search_box_suggests_mentors_first_then_pages(staff_client):
    response = staff_client.get("/fi/search/suggest/", {"q": "Jari"})
    suggestions = response.json()["suggestions"]

    assert suggestions[0]["title"] == "Jari Heikkinen"
    assert suggestions[0]["url"].startswith("/fi/")
    pages = staff_client.get("/fi/search/suggest/", {"q": "tietojenkal"}).json()
    assert [s["title"] for s in pages["suggestions"]] == [
        "Tunnista tietojenkalasteluviesti"
    ]


def test_search_box_is_a_plain_form_that_works_without_javascript(staff_client):
    home = staff_client.get("/fi/")

    form = re.search(r'<form class="search-box"[^>]*>', home.text).group()
    assert 'method="get"' in form and 'action="/fi/search/"' in form
    assert 'name="q"' in home.text


BAD_QUERIES = [
    "",
    "   ",
    "k" * 10_000,
    "kokous " * 2_000,
    "& | ! : * ( ) ' \" ~ ^",
    "kokous & | !",
    "'kokous",
    '"kokous',
    "kokous:*",
    "(kokous",
    "kokous\\",
    "\x00kokous\x01\x1f",
    "😀 🎉",
    "kokous 😀",
    "مرحبا",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_any_input_gets_an_answer(staff_client, query):
    for path in ("/fi/search/", "/fi/search/suggest/"):
        response = staff_client.get(path, {"q": query, "page": "x", "kind": "?"})
        assert response.status_code == 200


def test_queries_longer_than_the_box_are_cut_and_still_find_something(staff_client):
    response = staff_client.get("/fi/search/", {"q": "kokous " * 2_000})

    assert titles(response)


def test_suggest_answers_json_in_any_case(staff_client):
    response = staff_client.get("/fi/search/suggest/", {"q": "\x00"})

    assert json.loads(response.content) == {"query": "", "suggestions": []}
