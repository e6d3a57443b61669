"""The mentor directory: filters, profiles and what happens with bad input."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.common.organisation import names_cache_key
from pages.factories import CampusFactory, MentorPageFactory, UnitFactory
from pages.models import Campus, MentorCampus, MentorPage, Unit

pytestmark = pytest.mark.django_db

DIRECTORY = "/fi/mentorit/"


def card_titles(response):
    """The names on the directory's cards, in order, from the view's context."""
    ids = [card.mentor_id for card in response.context["mentor_cards"]]
    names = dict(MentorPage.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [names[pk] for pk in ids]


def test_directory_lists_active_mentors_and_says_how_many(staff_client):
    html = staff_client.get(DIRECTORY).content.decode()
    active = MentorPage.objects.live().filter(
        locale__language_code="fi", status="active"
    )
    assert f"{active.count()} mentoria löytyi" in html
    assert 'role="status"' in html
    on_leave = MentorPage.objects.filter(
        locale__language_code="fi", status="on_leave"
    ).first()
    assert on_leave.title not in html


def test_language_filter_lists_only_mentors_who_speak_it(staff_client):
    titles = card_titles(staff_client.get(DIRECTORY + "?language=sv"))
    assert titles
    speakers = set(
        MentorPage.objects.filter(
            locale__language_code="fi", speaks_swedish=True
        ).values_list("title", flat=True)
    )
    assert set(titles) <= speakers


def test_filters_by_campus_faculty_unit_competence_topic_and_text(staff_client):
    jari = "Jari Heikkinen"  # emergency dept., central hospital, Kanta topic
    hospital = Campus.objects.get(name="Keskussairaala")
    health = Unit.objects.get(name="Terveyspalvelut")
    emergency = Unit.objects.get(name="Päivystys")
    for query in [
        f"campus={hospital.pk}",
        f"faculty={health.pk}",
        f"unit={emergency.pk}",
        "competence=ethics",
        "topic=kanta",
        "q=heikkinen",
        "q=sairaanhoitaja",
        "q=sjukskötare",  # the Swedish job title finds the same profile
    ]:
        assert jari in card_titles(staff_client.get(f"{DIRECTORY}?{query}")), query
    library = Unit.objects.get(name="Kirjasto")
    assert jari not in card_titles(staff_client.get(f"{DIRECTORY}?unit={library.pk}"))


def test_no_results_suggests_widening_the_search(staff_client):
    html = staff_client.get(DIRECTORY + "?q=zzzz").content.decode()
    assert "Mentoreita ei löytynyt." in html
    assert "Kokeile poistaa jokin rajaus" in html


@pytest.mark.parametrize(
    "query",
    [
        "campus=999999",
        "unit=abc",
        "faculty=-1",
        "campus=99999999999999999999",
        "language=klingon",
        "competence=nope",
        "topic=%00",
        "page=abc",
        "page=-5",
        "page=99999",
        "q=" + "x" * 5000,
    ],
)
def test_bad_filters_get_a_message_not_an_error(staff_client, query):
    response = staff_client.get(f"{DIRECTORY}?{query}")
    assert response.status_code == 200


def test_unknown_filter_value_is_explained(staff_client):
    html = staff_client.get(DIRECTORY + "?campus=999999").content.decode()
    assert "Tarkista haku: osa valinnoista ei kelpaa." in html
    assert 'role="alert"' in html


@pytest.mark.parametrize(
    "query",
    ["unit=999999", "unit=abc", "unit=1e9", "language=xx", "unit=99999999999999"],
)
def test_finder_answers_bad_input_without_an_error(staff_client, query):
    assert staff_client.get(f"{DIRECTORY}nearest/?{query}").status_code == 200


def test_filter_state_lives_in_a_bookmarkable_url(staff_client):
    html = staff_client.get(DIRECTORY + "?language=sv&page=2").content.decode()
    assert '<form method="get"' in html
    assert re.search(r'<option value="sv" selected>', html)


def directory_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.usefixtures("uncached_pages")
def test_directory_query_count_does_not_grow_with_mentors(staff_client):
    campus = CampusFactory()
    unit = UnitFactory(campuses=[campus])
    MentorPageFactory.create_batch(3, units=[unit], campuses=[campus])
    url = f"{DIRECTORY}?campus={campus.pk}"
    directory_queries(staff_client, url)  # warm the per-process caches
    few = directory_queries(staff_client, url)
    MentorPageFactory.create_batch(15, units=[unit], campuses=[campus])
    assert len(card_titles(staff_client.get(url))) == 18
    assert directory_queries(staff_client, url) == few


def test_profile_offers_vcard_and_schema_org_person(staff_client):
    html = staff_client.get(DIRECTORY + "jari-heikkinen/").content.decode()
    assert '<script type="application/ld+json">' in html
    assert '"@type": "Person"' in html
    assert '"name": "Jari Heikkinen"' in html

    response = staff_client.get(DIRECTORY + "jari-heikkinen/vcard/")
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    card = response.content.decode()
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "FN:Jari Heikkinen\r\n" in card
    assert "EMAIL;TYPE=work:jari.heikkinen@digimentor.example" in card


def test_swedish_profile_shows_swedish_texts(staff_client):
    html = staff_client.get("/sv/mentorer/jari-heikkinen/").content.decode()
    assert "sjukskötare" in html
    assert "Jouren" in html  # the unit's Swedish name
    assert "Centralsjukhuset" in html


def test_stale_profile_is_marked_for_readers(staff_client):
    import datetime

    mentor = MentorPageFactory(last_confirmed=datetime.date(2020, 5, 1))
    html = staff_client.get(mentor.url).content.decode()
    assert "Profiilin tiedot voivat olla vanhentuneita" in html


def test_the_filters_in_use_are_summed_up_for_a_phone(staff_client):
    html = staff_client.get("/fi/mentorit/?language=sv&topic=teams").content.decode()
    assert "Suodattimet käytössä: ruotsi, Teams" in html
    # Without filters, or when one is wrong (then the fields stay open).
    assert "Valitse suodattimet" in staff_client.get("/fi/mentorit/").content.decode()
    wrong = staff_client.get("/fi/mentorit/?language=xx").content.decode()
    assert '<details class="filter-form__details" open>' in wrong


def test_a_campus_made_without_signals_is_named_not_an_error(staff_client):
    """A bulk import (no signals) adds a campus after the names are cached:
    the directory shows the card it kept, then, once kept cards have lapsed
    (PAGE_CACHE_SECONDS), names the campus instead of failing."""
    assert staff_client.get("/fi/mentorit/").status_code == 200  # names cached
    source = Campus.objects.filter(locale__language_code="fi").first()
    (campus,) = Campus.objects.bulk_create(
        [
            Campus(
                locale=source.locale,
                organisation=source.organisation,
                name="Tuontikampus",
                town="Kokkola",
                latitude=source.latitude,
                longitude=source.longitude,
            )
        ]
    )
    mentor = MentorPage.objects.filter(locale__language_code="fi").order_by("title")[0]
    MentorCampus.objects.bulk_create([MentorCampus(page=mentor, campus=campus)])
    address = f"/fi/mentorit/?q={mentor.title}"
    assert staff_client.get(address).status_code == 200
    # The cards lapse; the names cached before the import stay.
    names_key = names_cache_key(Campus, "fi")
    names = cache.get(names_key)
    assert campus.pk not in names
    cache.clear()
    cache.set(names_key, names)
    response = staff_client.get(address)
    assert response.status_code == 200
    assert "Tuontikampus" in response.content.decode()
