"""People look like people: photos and initials avatars on mentor cards, the
home page's "Where do you work?", the finder's tiers, and who a guide offers."""

import re
from pathlib import Path

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction

from pages.factories import (
    CampusFactory,
    GuidePageFactory,
    MentorPageFactory,
    NewsPageFactory,
    UnitFactory,
)
from pages.mentors.avatar import (
    PALETTE,
    TEXT_COLOUR,
    contrast_ratio,
    initials,
    palette_index,
)
from pages.models import (
    CompetenceArea,
    MentorPage,
    StaffProfile,
    Unit,
)

pytestmark = pytest.mark.django_db

STYLESHEET = Path(__file__).resolve().parents[2] / "static" / "css" / "site.css"


def test_every_avatar_colour_passes_wcag_aa_with_its_initials():
    for colour in PALETTE:
        assert contrast_ratio(colour, TEXT_COLOUR) >= 4.5, colour


def test_the_stylesheet_paints_avatars_in_the_checked_colours():
    css = STYLESHEET.read_text(encoding="utf-8")
    painted = dict(
        re.findall(r"\.avatar--(\d+) \{ background: (#[0-9a-f]{6}); \}", css)
    )
    assert painted == {str(i): colour for i, colour in enumerate(PALETTE)}


def test_initials_and_colour_follow_the_name():
    assert initials("Anna-Liisa Virtanen") == "AV"
    assert initials("Sofia  Holmström") == "SH"
    assert initials("Cher") == "C"
    # The same person keeps their colour in every process.
    assert palette_index("Anna Virtanen") == palette_index("anna virtanen ")


def directory_html(client, name, language="fi"):
    path = {"fi": "/fi/mentorit/", "en": "/en/mentors/"}[language]
    return client.get(path, {"q": name}).content.decode()


def card_of(html, name):
    """The card whose heading names `name`."""
    for card in re.findall(r'<article class="mentor-card".*?</article>', html, re.S):
        if f">{name}</a>" in card:
            return card
    raise AssertionError(f"no card for {name}")


def test_a_mentor_without_a_photo_gets_decorative_initials(staff_client):
    mentor = MentorPageFactory(title="Ansa Kotilainen")
    card = card_of(directory_html(staff_client, mentor.title), mentor.title)
    colour = palette_index(mentor.title)
    assert f'<span class="avatar avatar--{colour}" aria-hidden="true">AK</span>' in card
    assert "<img" not in card


@pytest.fixture
def photographed():
    photo = wagtail_factories.ImageFactory(
        title="Ansa", file__width=400, file__height=300, description="Ansa at work"
    )
    return MentorPageFactory(title="Ansa Valokuvattu", photo=photo)


def test_a_photo_is_a_rendition_sized_for_the_card(staff_client, photographed):
    card = card_of(directory_html(staff_client, photographed.title), photographed.title)
    image = re.search(r"<img [^>]+>", card).group(0)
    assert 'width="96"' in image and 'height="96"' in image
    assert "fill-96x96" in image
    # The name is next to it: the photo says nothing more.
    assert 'alt=""' in image
    assert "avatar--photo" in image


def test_the_profile_shows_a_larger_rendition(staff_client, photographed):
    html = staff_client.get(photographed.url).content.decode()
    image = re.search(r"<img [^>]*avatar--large[^>]*>", html).group(0)
    assert 'width="240"' in image and 'height="240"' in image
    assert 'alt=""' in image


@pytest.mark.usefixtures("uncached_pages")
def test_photos_do_not_add_a_query_per_card(staff_client):
    def queries_for_directory():
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get("/fi/mentorit/").status_code == 200
        return len(queries)

    before = queries_for_directory()
    for mentor in MentorPage.objects.filter(locale__language_code="fi")[:6]:
        mentor.photo = wagtail_factories.ImageFactory()
        mentor.save_revision().publish()
    staff_client.get("/fi/mentorit/")  # renditions are made on the first view
    assert queries_for_directory() <= before


def test_a_card_shows_status_as_words_and_contact_buttons_by_name(staff_client):
    mentor = MentorPageFactory(
        title="Ansa Kiireinen", taking_requests=False, phone="+358 40 1"
    )
    html = directory_html(staff_client, mentor.title, language="en")
    card = card_of(html, mentor.title)
    assert '<span class="badge badge--busy">Not taking new requests</span>' in card
    for label in [
        "Chat with Ansa Kiireinen in Teams",
        "E-mail Ansa Kiireinen",
        "Call Ansa Kiireinen",
        "Save Ansa Kiireinen to contacts (vCard)",
    ]:
        assert f'aria-label="{label}"' in card
    assert 'vcard/" download' in card


def test_home_page_without_a_unit_asks_where_you_work(staff_client):
    html = staff_client.get("/fi/").content.decode()
    form = re.search(r'<form method="get" action="([^"]+)"[^>]*>.*?</form>', html, re.S)
    assert form.group(1) == "/fi/mentorit/nearest/"
    assert "Missä työskentelet?" in form.group(0)
    assert 'name="where"' in form.group(0)
    # Suggestions as one types, in plain HTML.
    assert '<option value="Kotihoito"></option>' in form.group(0)


def test_where_you_work_leads_to_your_mentors_under_tiers(staff_client):
    response = staff_client.get("/en/mentors/nearest/", {"where": "home CARE"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h3 id="tier-1">Your unit: Home Care</h3>' in html
    assert "Same unit" in html
    assert re.search(r"<h4><a href=", html)


def test_an_unknown_or_vague_place_is_explained(staff_client):
    response = staff_client.get("/en/mentors/nearest/", {"where": "xyzzy"})
    assert response.status_code == 200
    assert "No unit called “xyzzy” was found." in response.content.decode()

    vague = staff_client.get("/en/mentors/nearest/", {"where": "o"}).content.decode()
    assert "Several units match “o”. Choose yours:" in vague
    assert re.search(r'<a href="\?unit=\d+">', vague)
    # A long or odd text is no error either.
    odd = staff_client.get("/sv/mentorer/nearest/", {"where": "%00" * 200})
    assert odd.status_code == 200


def test_home_page_with_a_saved_unit_shows_the_nearest_mentors(
    staff_client, django_user_model
):
    unit = Unit.objects.get(name="Päivystys", locale__language_code="fi")
    StaffProfile.objects.create(
        user=django_user_model.objects.get(username="staff"), unit=unit
    )
    html = staff_client.get("/en/").content.decode()
    mentors = html.split('id="your-mentors-heading"')[1].split("</section>")[0]
    assert "Jari Heikkinen" in mentors
    assert 'class="avatar' in mentors
    assert "English" in mentors  # languages on the card
    assert "Chat with Jari Heikkinen in Teams" in mentors
    assert 'name="where"' not in html


@pytest.fixture
def chemistry():
    """A unit with a mentor of its own and one on a campus 8 km away, and
    none in its faculty or on its campus but for itself."""
    kumpula = CampusFactory(name="Kumpula", latitude="60.2050", longitude="24.9610")
    espoo = CampusFactory(name="Otaniemi", latitude="60.1840", longitude="24.8300")
    science = UnitFactory(name="Luonnontieteet", campuses=[kumpula])
    chemistry = UnitFactory(name="Kemia", parent=science, campuses=[kumpula])
    other = UnitFactory(name="Rakennustekniikka", campuses=[espoo])
    MentorPageFactory(title="Aada Kemisti", units=[chemistry], campuses=[kumpula])
    MentorPageFactory(title="Daniel Rakentaja", units=[other], campuses=[espoo])
    return chemistry


def test_finder_tiers_say_where_mentors_are_and_which_tier_is_empty(
    staff_client, chemistry
):
    response = staff_client.get("/en/mentors/nearest/", {"unit": chemistry.pk})
    tiers = response.context["tiers"]
    aada, daniel = (
        MentorPage.objects.get(title=name, locale__language_code="fi").pk
        for name in ("Aada Kemisti", "Daniel Rakentaja")
    )
    assert [card.mentor_id for card in tiers[0].cards] == [aada]
    assert tiers[1].cards == [] and tiers[2].cards == []
    # The nearest of the other campuses first.
    assert tiers[3].cards[0].mentor_id == daniel
    assert "8 km away" in tiers[3].cards[0].html
    # Some headings stay lazy until read: read them in the reader's language.
    with translation.override("en"):
        headings = [str(tier.heading) for tier in tiers]
        notes = [str(tier.empty_note) for tier in tiers[1:3]]
    assert headings == [
        "Your unit: Kemia",
        "Your faculty or division: Luonnontieteet",
        "Your campus: Kumpula",
        "Other campuses, nearest first",
    ]
    assert notes == [
        "No other matching mentor works in your faculty or division.",
        "No other matching mentor works on your campus.",
    ]
    # The page shows each heading, and a note under each empty tier.
    html = response.content.decode()
    assert all(f">{heading}</h3>" in html for heading in headings)
    assert all(note in html for note in notes)


def test_finder_tiers_in_finnish(staff_client, chemistry):
    html = staff_client.get(
        "/fi/mentorit/nearest/", {"unit": chemistry.pk}
    ).content.decode()
    assert "Oma yksikkösi: Kemia" in html
    assert "Muut kampukset, lähin ensin" in html


def test_a_guide_offers_only_matching_mentors_taking_requests(staff_client):
    remote = CompetenceArea.objects.get(code="remote")
    # Only the mentors below have the guide's competence area.
    MentorPage.competence_areas.through.objects.filter(competencearea=remote).delete()
    guide = GuidePageFactory(title="Ohje Testityökalusta", competence_area=remote)
    guide.topics.add("Testityökalu")
    guide.save_revision().publish()
    busy = MentorPageFactory(title="Ansa Kiireinen", taking_requests=False)
    busy.topics.add("Testityökalu")
    busy.competence_areas.add(remote)
    by_topic = MentorPageFactory(title="Bertta Aiheinen")
    by_topic.topics.add("Testityökalu")
    by_area = MentorPageFactory(title="Cecilia Alueinen")
    by_area.competence_areas.add(remote)
    unrelated = MentorPageFactory(title="Daniel Muuten")
    unrelated.topics.add("Excel")
    for mentor in (busy, by_topic, by_area, unrelated):
        mentor.save_revision().publish()

    html = staff_client.get(guide.url).content.decode()
    stuck = html.split('id="guide-mentors-heading"')[1]
    assert ">Bertta Aiheinen<" in stuck
    assert ">Cecilia Alueinen<" in stuck
    assert ">Ansa Kiireinen<" not in stuck
    assert ">Daniel Muuten<" not in stuck


def test_home_page_news_cards_show_the_editors_image(staff_client):
    image = wagtail_factories.ImageFactory(file__width=1200, file__height=800)
    news = NewsPageFactory(title="Uutinen kuvalla", image=image)
    news.save_revision().publish()
    html = staff_client.get("/fi/").content.decode()
    cards = re.findall(r'<article class="news-card">.*?</article>', html, re.S)
    card = next(card for card in cards if "Uutinen kuvalla" in card)
    picture = re.search(r"<img [^>]+>", card).group(0)
    assert 'width="480"' in picture and 'height="270"' in picture
    assert "fill-480x270" in picture


def test_restricted_news_and_mentors_stay_off_the_home_page(
    staff_client, django_user_model
):
    unit = Unit.objects.get(name="Päivystys", locale__language_code="fi")
    StaffProfile.objects.create(
        user=django_user_model.objects.get(username="staff"), unit=unit
    )
    mentor = MentorPageFactory(title="Aaro Salainen", units=[unit])
    news = NewsPageFactory(
        title="Salainen uutinen kuvalla", image=wagtail_factories.ImageFactory()
    )
    for page in (mentor, news):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.get(name="Coordinators"))
    html = staff_client.get("/fi/").content.decode()
    assert "Jari Heikkinen" in html
    assert "Aaro Salainen" not in html
    assert "Salainen uutinen" not in html
