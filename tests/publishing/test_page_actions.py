"""Where a signed-in reader may act, the site shows it, and only to them:
"Write news", "Post minutes", a mentor's "Confirm my details" and "Edit my
profile", each leading straight to the right admin screen."""

import datetime

import pytest
from django.utils import timezone

from pages.models import (
    EventIndexPage,
    GuideIndexPage,
    MentorPage,
    MinutesIndexPage,
    NewsIndexPage,
)
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

INDEXES = {
    "news": (NewsIndexPage, "newspage", "Kirjoita uutinen"),
    "guides": (GuideIndexPage, "guidepage", "Kirjoita ohje"),
    "events": (EventIndexPage, "eventpage", "Lisää tapahtuma"),
    "minutes": (MinutesIndexPage, "meetingminutespage", "Lisää muistio"),
}
# Who sees which "add" link: the rights of each role (pages/roles.py).
OFFERED = {
    "staff": set(),
    # Mentors write news for an editor to approve.
    "mentor": {"minutes", "news"},
    "editor": {"news", "guides", "events", "minutes"},
    "coordinator": {"minutes"},
}


def index(model, language="fi"):
    return model.objects.live().get(locale__language_code=language)


@pytest.mark.parametrize("role", sorted(OFFERED))
def test_each_role_is_offered_the_pages_it_may_add_and_no_others(role):
    client = client_for(role)
    for section, (model, model_name, label) in INDEXES.items():
        page = index(model)
        text = client.get(page.url).content.decode()
        form = f"/admin/pages/add/pages/{model_name}/{page.pk}/"
        if section in OFFERED[role]:
            assert label in text and form in text, (role, section)
            # The link leads to a form the reader may use.
            assert client.get(form).status_code == 200, (role, section)
        else:
            assert label not in text and "/admin/pages/add/" not in text, (
                role,
                section,
            )


def test_the_link_speaks_the_readers_language_and_adds_in_its_tree():
    page = index(MinutesIndexPage, "sv")
    text = client_for("mentor").get(page.url).content.decode()
    assert "Lägg till ett protokoll" in text
    source = page.alias_of_id or page.pk
    assert f"/admin/pages/add/pages/meetingminutespage/{source}/" in text


def own_profile():
    return MentorPage.objects.get(slug="jari-heikkinen", locale__language_code="fi")


def test_a_mentor_confirms_their_details_in_one_click():
    page = own_profile()
    MentorPage.objects.filter(translation_key=page.translation_key).update(
        last_confirmed=datetime.date(2024, 1, 1)
    )
    client = client_for("mentor")
    text = client.get(page.url).content.decode()
    assert "Vahvista tietoni" in text and "Muokkaa profiiliani" in text
    assert f"/admin/pages/{page.pk}/edit/" in text

    response = client.post(page.url + "confirm/", follow=True)
    assert response.redirect_chain[-1][0] == page.url
    assert "tietosi on vahvistettu ajantasaisiksi" in response.content.decode()
    today = timezone.localdate()
    for version in MentorPage.objects.filter(translation_key=page.translation_key):
        assert version.last_confirmed == today, version.locale
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes
    # The page's history tells who confirmed it.
    assert page.latest_revision.user.username == "mentor"


def test_a_confirmation_does_not_publish_or_drop_a_draft():
    page = own_profile()
    page.last_confirmed = datetime.date(2024, 1, 1)
    page.office_hours = "luonnos: ma klo 9–11"
    page.save_revision()  # by someone else: confirms nothing
    live_hours = MentorPage.objects.get(pk=page.pk).office_hours

    response = client_for("mentor").post(page.url + "confirm/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    page.refresh_from_db()
    assert page.office_hours == live_hours and page.has_unpublished_changes
    assert page.latest_revision.as_object().office_hours == "luonnos: ma klo 9–11"


@pytest.mark.parametrize("role", ["staff", "editor", "coordinator"])
def test_nobody_else_confirms_a_mentors_details_or_is_offered_to(role):
    page = own_profile()
    page.last_confirmed = datetime.date(2024, 1, 1)
    page.save()
    client = client_for(role)
    assert "Vahvista tietoni" not in client.get(page.url).content.decode()
    assert client.post(page.url + "confirm/").status_code == 403
    page.refresh_from_db()
    assert page.last_confirmed == datetime.date(2024, 1, 1)


def test_a_confirmation_is_a_post():
    page = own_profile()
    assert client_for("mentor").get(page.url + "confirm/").status_code == 405
