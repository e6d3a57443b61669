"""Managing people in the admin: coordinators stay within the network's
groups and never reach administrators; superusers keep everything."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.conftest import client_for

pytestmark = pytest.mark.django_db

PASSWORD = "Kolme-hevosta-laitumella-2026"


@pytest.fixture
def coordinator_client(db):
    return client_for("coordinator")


def person(django_user_model, username):
    return django_user_model.objects.get(username=username)


def group_ids(*names):
    return [Group.objects.get(name=name).pk for name in names]


def new_colleague(**changes):
    data = {
        "username": "uusi.mentori",
        "email": "uusi.mentori@digimentor.example",
        "first_name": "Ulla",
        "last_name": "Virtanen",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "groups": group_ids("Mentors"),
    }
    return {**data, **changes}


def account_of(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "password1": "",
        "password2": "",
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()],
    }
    return {**data, **changes}


def refused(response):
    """The admin turns a refusal into a redirect home, with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def bulk_url(action, *users):
    ids = "&".join(f"id={user.pk}" for user in users)
    url = reverse("wagtail_bulk_action", args=["auth", "user", action])
    return f"{url}?{ids}"


def test_a_coordinators_form_offers_no_administrator_flag_and_only_the_networks_groups(
    coordinator_client,
):
    html = coordinator_client.get(reverse("wagtailusers_users:add")).content.decode()

    assert 'name="is_superuser"' not in html
    for name in ("Mentors", "Coordinators", "Staff"):
        assert f'value="{Group.objects.get(name=name).pk}"' in html
    assert f'value="{Group.objects.get(name="Editors").pk}"' not in html


def test_a_coordinator_cannot_create_a_superuser(coordinator_client, django_user_model):
    response = coordinator_client.post(
        reverse("wagtailusers_users:add"), new_colleague(is_superuser="on")
    )

    assert response.status_code == 302
    created = person(django_user_model, "uusi.mentori")
    assert not created.is_superuser
    assert list(created.groups.values_list("name", flat=True)) == ["Mentors"]


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_a_coordinator_cannot_add_anyone_to_a_group_outside_the_network(
    coordinator_client, django_user_model, group
):
    outside, _created = Group.objects.get_or_create(name=group)
    response = coordinator_client.post(
        reverse("wagtailusers_users:add"), new_colleague(groups=[outside.pk])
    )
    assert response.status_code == 200  # the form again, with the error
    assert not django_user_model.objects.filter(username="uusi.mentori").exists()

    staff = person(django_user_model, "staff")
    coordinator_client.post(
        reverse("wagtailusers_users:edit", args=[staff.pk]),
        account_of(staff, groups=[outside.pk]),
    )
    assert not staff.groups.filter(name=group).exists()


def test_a_coordinator_cannot_edit_or_delete_the_administrators_account(
    coordinator_client, django_user_model
):
    admin = person(django_user_model, "admin")
    edit = reverse("wagtailusers_users:edit", args=[admin.pk])

    assert refused(coordinator_client.get(edit))
    assert refused(
        coordinator_client.post(edit, account_of(admin, email="vieras@example.com"))
    )
    delete = reverse("wagtailusers_users:delete", args=[admin.pk])
    assert refused(coordinator_client.post(delete))

    admin.refresh_from_db()
    assert admin.email != "vieras@example.com"
    assert admin.is_superuser


def test_a_coordinator_cannot_edit_an_editors_account(
    coordinator_client, django_user_model
):
    editor = person(django_user_model, "editor")
    edit = reverse("wagtailusers_users:edit", args=[editor.pk])

    assert refused(coordinator_client.get(edit))
    assert refused(coordinator_client.post(edit, account_of(editor, password1="x")))


def test_a_coordinator_adds_a_colleague_to_the_mentors(
    coordinator_client, django_user_model
):
    staff = person(django_user_model, "staff")
    response = coordinator_client.post(
        reverse("wagtailusers_users:edit", args=[staff.pk]),
        account_of(staff, groups=group_ids("Staff", "Mentors"), is_superuser="on"),
    )

    assert response.status_code == 302
    staff.refresh_from_db()
    assert set(staff.groups.values_list("name", flat=True)) == {"Staff", "Mentors"}
    assert not staff.is_superuser


def test_a_coordinators_bulk_actions_stay_within_the_network(
    coordinator_client, django_user_model
):
    admin = person(django_user_model, "admin")
    staff = person(django_user_model, "staff")

    response = coordinator_client.post(
        bulk_url("assign_role", staff), {"role": group_ids("Editors")[0]}, follow=True
    )
    assert not staff.groups.filter(name="Editors").exists()
    # The admin speaks the coordinator's language, Finnish by default.
    assert "Voit hallita vain verkoston tilejä ja ryhmiä" in response.content.decode()

    coordinator_client.post(
        bulk_url("set_active_state", admin), {"mark_as_active": "False"}
    )
    admin.refresh_from_db()
    assert admin.is_active

    coordinator_client.post(
        bulk_url("assign_role", staff), {"role": group_ids("Mentors")[0]}
    )
    assert staff.groups.filter(name="Mentors").exists()


def test_a_superuser_still_manages_everything(admin_client, django_user_model):
    html = admin_client.get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="is_superuser"' in html

    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        new_colleague(is_superuser="on", groups=group_ids("Editors")),
    )
    assert response.status_code == 302
    created = person(django_user_model, "uusi.mentori")
    assert created.is_superuser
    assert created.groups.filter(name="Editors").exists()

    editor = person(django_user_model, "editor")
    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[editor.pk]),
        account_of(editor, groups=group_ids("Editors", "Coordinators")),
    )
    assert response.status_code == 302
    assert editor.groups.filter(name="Coordinators").exists()


def test_editors_and_mentors_manage_no_accounts(editor_client, mentor_client):
    for client in (editor_client, mentor_client):
        assert refused(client.get(reverse("wagtailusers_users:add")))


def listed_usernames(client, **query):
    html = client.get(reverse("wagtailusers_users:index"), query).content.decode()
    usernames = ["admin", "editor", "coordinator", "mentor", "staff"]
    return {name for name in usernames if re.search(rf">\s*{name}\s*<", html)}


def test_a_coordinator_lists_only_the_networks_accounts(coordinator_client):
    assert listed_usernames(coordinator_client) == {"coordinator", "mentor", "staff"}
    assert listed_usernames(coordinator_client, q="admin") == set()
    assert listed_usernames(coordinator_client, q="editor") == set()


def test_a_coordinator_filters_the_list_by_the_networks_groups_only(
    coordinator_client,
):
    html = coordinator_client.get(reverse("wagtailusers_users:index")).content.decode()

    assert f'value="{Group.objects.get(name="Mentors").pk}"' in html
    assert f'value="{Group.objects.get(name="Editors").pk}"' not in html
    # A group one may not see is no filter at all: the list stays the network's.
    editors = {"group": group_ids("Editors")}
    assert "editor" not in listed_usernames(coordinator_client, **editors)


def test_a_superuser_lists_every_account(admin_client):
    assert listed_usernames(admin_client) == {
        "admin",
        "editor",
        "coordinator",
        "mentor",
        "staff",
    }
