"""Every login form answers a username too long for any account with a
message on the form, in the reader's language, never a server error
(django-axes stores the name of each failed sign-in in 255 characters)."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

TOO_LONG = "a" * 300


@pytest.mark.parametrize(
    ("path", "limit"),
    [("/fi/login/", 150), ("/fi/_util/login/", 150), ("/admin/login/", 254)],
)
def test_a_username_too_long_is_refused_on_the_form(path, limit):
    response = Client().post(
        path,
        {"username": TOO_LONG, "password": "whatever"},
        HTTP_ACCEPT_LANGUAGE="fi",
    )
    assert response.status_code == 200
    assert f"enintään {limit} merkkiä" in response.content.decode()
