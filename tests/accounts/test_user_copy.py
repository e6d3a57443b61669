"""Wagtail's copy of a user account is switched off for everyone: it gave a
server error, and a copy would carry another person's groups."""

import pytest
from django.contrib.auth import get_user_model

from tests.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("username", ["admin", "coordinator"])
def test_no_one_copies_an_account(username):
    client = client_for(username)
    staff = get_user_model().objects.get(username="staff")
    copy = client.get(f"/admin/users/copy/{staff.pk}/", follow=True)
    assert copy.status_code == 404
    listing = client.get("/admin/users/").content.decode()
    assert "/admin/users/copy/" not in listing
