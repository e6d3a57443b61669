"""Minutes belong to whoever wrote them: another mentor cannot unpublish,
delete or move them; editors and coordinators look after everyone's."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from pages.factories import HomePageFactory, MeetingMinutesPageFactory, section
from pages.models import MeetingMinutesPage, MinutesIndexPage
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(django_user_model):
    return django_user_model.objects.get(username="mentor")


@pytest.fixture
def other_mentor(django_user_model):
    user = django_user_model.objects.create_user(
        "toinen.mentori", first_name="Tuula", last_name="Aalto"
    )
    user.groups.add(Group.objects.get(name="Mentors"))
    return user


@pytest.fixture
def other_mentor_client(other_mentor):
    client = Client()
    client.force_login(other_mentor)
    return client


@pytest.fixture
def minutes(mentor):
    """Live minutes written by the demo mentor."""
    return MeetingMinutesPageFactory(owner=mentor)


@pytest.fixture
def archive():
    """A second Finnish minutes index: minutes move only within a language."""
    home = HomePageFactory(
        parent=Page.get_first_root_node(), title="Arkisto", slug="arkisto"
    )
    index = MinutesIndexPage(title="Vanhat muistiot", slug="vanhat-muistiot")
    home.add_child(instance=index)
    return index


def reload(page):
    return MeetingMinutesPage.objects.filter(pk=page.pk).first()


def bulk_url(action, *pages):
    ids = "&".join(f"id={page.pk}" for page in pages)
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + (
        f"?{ids}"
    )


def refused(response):
    """The admin turns a refusal into a redirect home, with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def test_a_mentor_cannot_delete_another_mentors_minutes(other_mentor_client, minutes):
    url = reverse("wagtailadmin_pages:delete", args=[minutes.pk])

    assert refused(other_mentor_client.get(url))
    assert refused(other_mentor_client.post(url))
    assert reload(minutes) is not None


def test_a_mentor_cannot_unpublish_another_mentors_minutes(
    other_mentor_client, minutes
):
    url = reverse("wagtailadmin_pages:unpublish", args=[minutes.pk])

    assert refused(other_mentor_client.get(url))
    assert refused(other_mentor_client.post(url))
    assert reload(minutes).live


def test_a_mentor_cannot_move_another_mentors_minutes(
    other_mentor_client, minutes, archive
):
    move = reverse("wagtailadmin_pages:move", args=[minutes.pk])
    confirm = reverse("wagtailadmin_pages:move_confirm", args=[minutes.pk, archive.pk])

    assert refused(other_mentor_client.get(move))
    assert refused(other_mentor_client.post(confirm))
    assert reload(minutes).get_parent().pk == minutes.get_parent().pk


def test_a_mentor_cannot_edit_another_mentors_minutes(other_mentor_client, minutes):
    url = reverse("wagtailadmin_pages:edit", args=[minutes.pk])

    assert refused(other_mentor_client.get(url))


def test_the_explorer_offers_a_mentor_no_actions_on_another_mentors_minutes(
    other_mentor_client, minutes
):
    index = section(MinutesIndexPage)
    html = other_mentor_client.get(
        reverse("wagtailadmin_explore", args=[index.pk])
    ).content.decode()

    assert minutes.title in html
    for action in ("edit", "delete", "unpublish", "move"):
        assert reverse(f"wagtailadmin_pages:{action}", args=[minutes.pk]) not in html


def test_the_explorer_offers_a_mentor_the_actions_on_their_own_minutes(
    mentor_client, minutes
):
    index = section(MinutesIndexPage)
    html = mentor_client.get(
        reverse("wagtailadmin_explore", args=[index.pk])
    ).content.decode()

    for action in ("edit", "delete", "unpublish", "move"):
        assert reverse(f"wagtailadmin_pages:{action}", args=[minutes.pk]) in html


def test_bulk_delete_and_unpublish_reach_only_a_mentors_own_minutes(
    other_mentor, other_mentor_client, minutes
):
    own = MeetingMinutesPageFactory(owner=other_mentor)
    other_mentor_client.post(bulk_url("unpublish", own, minutes))

    assert reload(minutes).live
    assert not reload(own).live

    response = other_mentor_client.post(bulk_url("delete", own, minutes))

    assert response.status_code == 302
    assert reload(minutes) is not None
    assert reload(own) is None


def test_bulk_move_reaches_only_a_mentors_own_minutes(
    other_mentor, other_mentor_client, minutes, archive
):
    own = MeetingMinutesPageFactory(owner=other_mentor, parent=minutes.get_parent())
    other_mentor_client.post(bulk_url("move", own, minutes), {"chooser": archive.pk})

    assert reload(minutes).get_parent().pk == minutes.get_parent().pk
    assert reload(own).get_parent().pk == archive.pk


def test_a_mentor_unpublishes_and_deletes_their_own_minutes(mentor_client, minutes):
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[minutes.pk])
    assert mentor_client.post(unpublish).status_code == 302
    assert not reload(minutes).live

    delete = reverse("wagtailadmin_pages:delete", args=[minutes.pk])
    assert mentor_client.post(delete).status_code == 302
    assert reload(minutes) is None


def test_a_mentor_moves_their_own_minutes(mentor_client, minutes, archive):
    response = mentor_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[minutes.pk, archive.pk])
    )

    assert response.status_code == 302
    assert reload(minutes).get_parent().pk == archive.pk


def test_a_mentor_cannot_unpublish_or_reorder_the_minutes_index(mentor, mentor_client):
    index = section(MinutesIndexPage)
    response = mentor_client.post(
        reverse("wagtailadmin_pages:unpublish", args=[index.pk])
    )

    assert refused(response)
    assert MinutesIndexPage.objects.get(pk=index.pk).live
    assert not index.permissions_for_user(mentor).can_reorder_children()
    # Still what a mentor needs to add and publish minutes in one go.
    assert index.permissions_for_user(mentor).can_publish_subpage()


@pytest.mark.parametrize("username", ["editor", "coordinator"])
def test_editors_and_coordinators_unpublish_move_and_delete_anyones_minutes(
    username, minutes, archive
):
    client = client_for(username)
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[minutes.pk])
    assert client.post(unpublish).status_code == 302
    assert not reload(minutes).live

    move = reverse("wagtailadmin_pages:move_confirm", args=[minutes.pk, archive.pk])
    assert client.post(move).status_code == 302
    assert reload(minutes).get_parent().pk == archive.pk

    delete = reverse("wagtailadmin_pages:delete", args=[minutes.pk])
    assert client.post(delete).status_code == 302
    assert reload(minutes) is None


@pytest.mark.parametrize("username", ["editor", "coordinator"])
def test_editors_and_coordinators_edit_anyones_minutes(username, minutes):
    url = reverse("wagtailadmin_pages:edit", args=[minutes.pk])

    assert client_for(username).get(url).status_code == 200
