"""Who may change mentor profiles, through the Wagtail admin."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from pages.common.organisation import localized_names
from pages.models import MentorPage, Organisation, Unit

pytestmark = pytest.mark.django_db


def edit_form(page, **changes):
    page = page.specific
    data = {
        "title": page.title,
        "slug": page.slug,
        "job_title": page.job_title,
        "photo": "",
        "email": page.email,
        "phone": page.phone,
        "teams_link": page.teams_link,
        "how_to_reach": page.how_to_reach,
        "office_hours": page.office_hours,
        "speaks_finnish": "on" if page.speaks_finnish else "",
        "speaks_swedish": "on" if page.speaks_swedish else "",
        "speaks_english": "on" if page.speaks_english else "",
        "other_languages": page.other_languages,
        "competence_areas": [a.pk for a in page.competence_areas.all()],
        "topics": ", ".join(t.name for t in page.topics.all()),
        "status": page.status,
        "taking_requests": "on" if page.taking_requests else "",
        "role": page.role,
        "weekly_hours": str(page.weekly_hours),
        "last_confirmed": page.last_confirmed.isoformat(),
        "user": page.user_id or "",
        "bio": rich_text(page.bio),
        "unit_links": inline_formset(
            [{"id": link.pk, "unit": link.unit_id} for link in page.unit_links.all()],
            initial=page.unit_links.count(),
            min=1,
        ),
        "campus_links": inline_formset(
            [
                {"id": link.pk, "campus": link.campus_id}
                for link in page.campus_links.all()
            ],
            initial=page.campus_links.count(),
            min=1,
        ),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(changes)
    return nested_form_data(data)


def own_profile():
    return MentorPage.objects.get(slug="jari-heikkinen", locale__language_code="fi")


def someone_elses_profile():
    return (
        MentorPage.objects.filter(locale__language_code="fi")
        .exclude(slug="jari-heikkinen")
        .first()
    )


def test_mentor_edits_and_publishes_their_own_profile(mentor_client):
    page = own_profile()
    page.last_confirmed = datetime.date(2024, 1, 1)
    page.save()
    url = f"/admin/pages/{page.pk}/edit/"
    assert mentor_client.get(url).status_code == 200

    response = mentor_client.post(
        url, edit_form(page, office_hours="pe klo 10–12", last_confirmed="2024-01-01")
    )
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.office_hours == "pe klo 10–12"
    assert page.live and not page.has_unpublished_changes
    # Saving their own profile confirms it.
    assert page.last_confirmed == datetime.date.today()


def test_mentor_cannot_edit_another_mentors_profile(mentor_client):
    page = someone_elses_profile()
    url = f"/admin/pages/{page.pk}/edit/"
    assert mentor_client.get(url).status_code in (302, 403)

    before = page.office_hours
    mentor_client.post(url, edit_form(page, office_hours="hijacked"))
    page.refresh_from_db()
    assert page.office_hours == before


def test_mentor_cannot_add_profiles(mentor_client):
    directory = own_profile().get_parent()
    url = f"/admin/pages/add/pages/mentorpage/{directory.pk}/"
    assert mentor_client.get(url).status_code in (302, 403)


def test_missing_language_is_a_validation_message_and_nothing_is_lost(mentor_client):
    page = own_profile()
    response = mentor_client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_form(
            page,
            speaks_finnish="",
            speaks_swedish="",
            speaks_english="",
            other_languages="",
            office_hours="kept while fixing",
        ),
    )
    assert response.status_code == 200
    assert "Valitse vähintään yksi kieli" in response.content.decode()
    assert "kept while fixing" in response.content.decode()


def test_invalid_coordinates_are_refused_in_the_admin(admin_client):
    organisation = Organisation.objects.filter(locale__language_code="fi").first()
    response = admin_client.post(
        "/admin/snippets/pages/campus/add/",
        {
            "organisation": organisation.pk,
            "name": "Kuukampus",
            "street_address": "Kraatterikatu 1",
            "town": "Kuu",
            "latitude": "123.5",
            "longitude": "abc",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "latitude" in form.errors and "longitude" in form.errors


def test_coordinator_sees_the_out_of_date_profiles_report(client):
    client.force_login(get_user_model().objects.get(username="coordinator"))
    response = client.get("/admin/reports/stale-mentor-profiles/")
    assert response.status_code == 200
    stale = MentorPage.objects.filter(
        locale__language_code="fi",
        last_confirmed__lt=datetime.date.today() - datetime.timedelta(days=365),
    )
    assert stale.exists()
    html = response.content.decode()
    for mentor in stale:
        assert mentor.title in html


def test_staff_cannot_reach_the_admin_and_are_told_why(staff_client):
    response = staff_client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/login/")
    assert "permission to access the admin" in response.content.decode()


def test_translated_profile_keeps_its_owner_and_contact_details(mentor_client):
    """Pins wagtail-localize's synchronised fields (provisional on Wagtail 8):
    the Swedish translation of a profile keeps the account, e-mail and
    status of the Finnish one, so its mentor can edit that too."""
    finnish = own_profile()
    swedish = MentorPage.objects.get(
        translation_key=finnish.translation_key, locale__language_code="sv"
    )
    assert swedish.alias_of_id is None
    assert swedish.job_title == "sjukskötare"
    assert (swedish.user_id, swedish.email, swedish.status) == (
        finnish.user_id,
        finnish.email,
        finnish.status,
    )
    assert mentor_client.get(f"/admin/pages/{swedish.pk}/edit/").status_code == 200
    html = mentor_client.get("/sv/mentorer/jari-heikkinen/").content.decode()
    assert f'href="/admin/pages/{swedish.pk}/edit/"' in html


def test_snippet_translations_share_a_key_and_name_the_unit_in_each_language():
    """Pins Wagtail's translatable snippets, which the directory relies on to
    show a unit's name in the reader's language."""
    finnish = Unit.objects.get(name="Päivystys", locale__language_code="fi")
    translations = Unit.objects.filter(translation_key=finnish.translation_key)
    assert {u.locale.language_code: u.name for u in translations} == {
        "fi": "Päivystys",
        "sv": "Jouren",
        "en": "Emergency Department",
    }
    assert localized_names(Unit, "sv")[finnish.pk] == "Jouren"


def test_finnish_profile_refuses_a_swedish_unit(mentor_client):
    page = own_profile()
    link = page.unit_links.get()
    swedish_unit = Unit.objects.get(name="Jouren")
    form = edit_form(page)
    form["unit_links-0-unit"] = swedish_unit.pk
    response = mentor_client.post(f"/admin/pages/{page.pk}/edit/", form)
    assert response.status_code == 200
    assert "Valitse tämän yksikön tai kampuksen suomenkielinen versio." in (
        response.content.decode()
    )
    assert page.unit_links.get().unit_id == link.unit_id


# Resourced hours: the network's budget, which the time reports measure
# against, set by coordinators; the mentor sees it and cannot change it.


def publish(client, page, **changes):
    return client.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, **changes))


def test_a_mentor_cannot_change_their_own_resourced_hours(mentor_client):
    page = own_profile()
    hours = page.weekly_hours

    response = publish(mentor_client, page, weekly_hours="10", office_hours="ti 9–11")

    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.office_hours == "ti 9–11"  # the rest of the profile is saved
    assert page.weekly_hours == hours
    form = mentor_client.get(f"/admin/pages/{page.pk}/edit/").context["form"]
    assert form.fields["weekly_hours"].disabled
    assert (
        "Verkoston koordinaattorit asettavat" in form.fields["weekly_hours"].help_text
    )


@pytest.mark.parametrize("username", ["coordinator", "admin"])
def test_coordinators_and_administrators_set_a_mentors_resourced_hours(username):
    page = own_profile()
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))

    response = publish(client, page, weekly_hours="3.5")

    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.weekly_hours == Decimal("3.5")


def test_an_editor_cannot_change_resourced_hours(editor_client):
    page = own_profile()
    hours = page.weekly_hours

    publish(editor_client, page, weekly_hours="10")

    page.refresh_from_db()
    assert page.weekly_hours == hours


def test_reverting_to_an_older_revision_keeps_the_resourced_hours_in_force(
    mentor_client,
):
    page = own_profile()
    coordinator = Client()
    coordinator.force_login(get_user_model().objects.get(username="coordinator"))
    publish(coordinator, page, weekly_hours="4")
    older = MentorPage.objects.get(pk=page.pk).latest_revision
    publish(coordinator, MentorPage.objects.get(pk=page.pk), weekly_hours="1.5")

    response = mentor_client.post(
        f"/admin/pages/{page.pk}/revisions/{older.pk}/revert/",
        edit_form(older.as_object(), weekly_hours="8", office_hours="ke 12–14"),
    )

    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.office_hours == "ke 12–14"
    assert page.weekly_hours == Decimal("1.5")


@pytest.mark.parametrize("bio", ["", "0", "[]", '{"blocks": 1}', "<p>x</p>", "\x00"])
def test_a_hand_written_rich_text_the_editor_cannot_read_is_refused(mentor_client, bio):
    page = own_profile()
    before = page.bio

    response = publish(mentor_client, page, bio=bio, office_hours="pe 8–10")

    assert response.status_code == 200
    assert "Tekstiä ei voitu lukea: kirjoita se uudelleen." in response.text
    assert "pe 8–10" in response.text  # what was typed stays
    page.refresh_from_db()
    assert page.bio == before
