"""Guessing passwords: after a few failures an account, and an address, are
refused for a while, with a message in the reader's language."""

import logging

import pytest
from django.test import Client

from pages.demo.loader import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

LIMIT = 5


def sign_in(client, username, password, language="fi", address="10.0.0.1"):
    return client.post(
        f"/{language}/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def test_an_account_is_paused_after_repeated_failures(caplog):
    client = Client()
    for _attempt in range(LIMIT - 1):
        response = sign_in(client, "staff", "wrong")
        assert response.status_code == 200  # the form again, with its error
    with caplog.at_level(logging.WARNING, logger="axes"):
        assert sign_in(client, "staff", "wrong").status_code == 429
        response = sign_in(client, "staff", DEMO_PASSWORD)
    assert response.status_code == 429
    assert "Liian monta epäonnistunutta kirjautumista" in response.content.decode()
    assert "15 minuutin kuluttua" in response.content.decode()
    assert "_auth_user_id" not in client.session  # the right password too
    # From another address, the account is still paused.
    other = sign_in(Client(), "staff", DEMO_PASSWORD, address="10.0.0.2")
    assert other.status_code == 429
    assert any("Locking out" in record.getMessage() for record in caplog.records)


def test_an_address_is_paused_after_failures_for_many_accounts():
    client = Client()
    for username in ["mentor", "editor", "coordinator", "staff", "nobody"]:
        sign_in(client, username, "wrong", language="sv")
    response = sign_in(client, "admin", DEMO_PASSWORD, language="sv")
    assert response.status_code == 429
    assert "För många misslyckade inloggningar" in response.content.decode()
    # Colleagues elsewhere sign in as usual.
    elsewhere = sign_in(Client(), "mentor", DEMO_PASSWORD, address="10.0.0.9")
    assert elsewhere.status_code == 302


def test_a_success_before_the_limit_clears_the_failures():
    client = Client()
    for _attempt in range(LIMIT - 1):
        sign_in(client, "staff", "wrong")
    assert sign_in(client, "staff", DEMO_PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(LIMIT - 1):
        sign_in(client, "staff", "wrong")
    assert sign_in(client, "staff", DEMO_PASSWORD).status_code == 302
