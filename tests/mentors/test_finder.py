"""Finding the nearest mentor: the heart of the site."""

import pytest
from django.utils import translation

from pages.factories import CampusFactory, MentorPageFactory, UnitFactory
from pages.mentors.finder_ranking import nearest_mentors as rank
from pages.models import MentorPage, Unit

pytestmark = pytest.mark.django_db


class Ranked:
    """A finder match with its mentor page, for readable assertions."""

    def __init__(self, match, mentor):
        self.mentor, self.reason = mentor, match.reason
        self.distance_km = match.distance_km


def nearest_mentors(unit, **options):
    matches = rank(unit, **options)
    pages = MentorPage.objects.in_bulk([m.mentor_id for m in matches])
    return [Ranked(m, pages[m.mentor_id]) for m in matches]


@pytest.fixture
def network():
    """A faculty with two units on two campuses 11 km apart, and a second
    faculty on the first campus; far from the demo network."""
    kumpula = CampusFactory(name="Kumpula", latitude="60.2050", longitude="24.9610")
    viikki = CampusFactory(name="Viikki", latitude="60.2270", longitude="25.0150")
    espoo = CampusFactory(name="Otaniemi", latitude="60.1840", longitude="24.8300")
    science = UnitFactory(name="Luonnontieteet", campuses=[kumpula])
    chemistry = UnitFactory(name="Kemia", parent=science, campuses=[kumpula])
    physics = UnitFactory(name="Fysiikka", parent=science, campuses=[viikki])
    arts = UnitFactory(name="Humanistiset tieteet", campuses=[kumpula])
    languages = UnitFactory(name="Kielikeskus", parent=arts, campuses=[kumpula])
    other = UnitFactory(name="Rakennustekniikka", campuses=[espoo])
    return {
        "same_unit": MentorPageFactory(
            title="Aada Kemisti", units=[chemistry], campuses=[kumpula]
        ),
        "same_faculty": MentorPageFactory(
            title="Bruno Fyysikko", units=[physics], campuses=[viikki]
        ),
        "same_campus": MentorPageFactory(
            title="Cecilia Kielinen",
            units=[languages],
            campuses=[kumpula],
            speaks_swedish=True,
        ),
        "nearest_other": MentorPageFactory(
            title="Daniel Rakentaja", units=[other], campuses=[espoo]
        ),
        "chemistry": chemistry,
    }


def test_mentors_are_ranked_unit_faculty_campus_then_distance(network):
    with translation.override("en"):
        matches = nearest_mentors(network["chemistry"], limit=4)
        reasons = [str(m.reason) for m in matches]
    assert [m.mentor.title for m in matches] == [
        "Aada Kemisti",
        "Bruno Fyysikko",
        "Cecilia Kielinen",
        "Daniel Rakentaja",
    ]
    assert reasons == [
        "Same unit",
        "Same faculty or division",
        "Same campus",
        "8 km away",
    ]
    # The demo network in Ostrobothnia comes after, hundreds of km away.
    farther = nearest_mentors(network["chemistry"], limit=6)[4:]
    assert all(m.distance_km > 250 for m in farther)


def test_mentor_on_leave_is_never_offered(network):
    mentor = network["same_unit"]
    mentor.status = MentorPage.Status.ON_LEAVE
    mentor.save_revision().publish()
    titles = [m.mentor.title for m in nearest_mentors(network["chemistry"], limit=60)]
    assert "Aada Kemisti" not in titles
    assert titles[0] == "Bruno Fyysikko"


def test_language_filter_keeps_only_mentors_who_speak_it(network):
    matches = nearest_mentors(network["chemistry"], language="sv", limit=5)
    assert matches[0].mentor.title == "Cecilia Kielinen"
    assert all(m.mentor.speaks_swedish for m in matches)


def test_stale_profile_ranks_below_a_fresh_one_in_the_same_tier(network):
    import datetime

    chemistry = network["chemistry"]
    stale = MentorPageFactory(
        title="Aapo Vanha",
        units=[chemistry],
        campuses=list(chemistry.campuses.all()),
        last_confirmed=datetime.date(2020, 1, 1),
    )
    titles = [m.mentor.title for m in nearest_mentors(chemistry, limit=3)]
    assert titles[:2] == ["Aada Kemisti", stale.title]


def finder_titles(client, url):
    """The names on the finder's cards, in order, from the view's context."""
    ids = [card.mentor_id for card in client.get(url).context["mentor_cards"]]
    names = dict(MentorPage.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [names[pk] for pk in ids]


def test_finder_gives_the_same_mentors_in_every_language(staff_client):
    home_care = Unit.objects.get(name="Kotihoito", locale__language_code="fi")
    results = {
        path: finder_titles(staff_client, f"{path}nearest/?unit={home_care.pk}")
        for path in ("/fi/mentorit/", "/sv/mentorer/", "/en/mentors/")
    }
    assert len(results["/fi/mentorit/"]) == 10
    assert (
        results["/fi/mentorit/"] == results["/sv/mentorer/"] == results["/en/mentors/"]
    )


def test_finder_page_says_why_each_mentor_is_there(staff_client):
    # Early childhood education: one mentor of its own, two in its faculty,
    # then the nearest campuses.
    unit = Unit.objects.get(name="Varhaiskasvatus", locale__language_code="fi")
    html = staff_client.get(f"/sv/mentorer/nearest/?unit={unit.pk}").content
    for reason in ["Samma enhet", "Samma fakultet eller sektor", "km bort"]:
        assert reason.encode() in html


def test_a_unit_given_in_swedish_finds_the_same_mentors(staff_client):
    home_care = Unit.objects.get(name="Kotihoito", locale__language_code="fi")
    swedish = Unit.objects.get(name="Hemvården")
    assert finder_titles(
        staff_client, f"/sv/mentorer/nearest/?unit={swedish.pk}"
    ) == finder_titles(staff_client, f"/sv/mentorer/nearest/?unit={home_care.pk}")


def test_home_page_shows_your_mentors_once_your_unit_is_saved(staff_client):
    html = staff_client.get("/fi/").content.decode()
    assert "Missä työskentelet?" in html

    emergency = Unit.objects.get(name="Päivystys", locale__language_code="fi")
    response = staff_client.post(
        "/fi/profile/", {"unit": emergency.pk, "preferred_language": "fi"}
    )
    assert response.status_code == 302
    html = staff_client.get("/fi/").content.decode()
    assert "Jari Heikkinen" in html
    assert "Sama yksikkö" in html
