"""Without a provider configured, local accounts sign in with passwords and
the single sign-on addresses do not exist."""

import pytest
from django.test import Client

from demo.loader import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


def test_the_password_login_works_without_single_sign_on():
    client = Client()
    assert client.get("/fi/login/").status_code == 200
    response = client.post(
        "/fi/login/", {"username": "editor", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert "_auth_user_id" in client.session
    assert client.post("/fi/logout/")["Location"] == "/fi/login/"


def test_the_single_sign_on_addresses_are_not_there(staff_client):
    for path in ["/oidc/authenticate/", "/oidc/callback/?code=a&state=b"]:
        assert staff_client.get(path, follow=True).status_code == 404


def test_the_admin_keeps_its_password_views(editor_client):
    assert Client().get("/admin/login/").status_code == 200
    assert "old_password" in editor_client.get("/admin/account/").content.decode()
