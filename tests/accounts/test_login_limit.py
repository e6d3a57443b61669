"""Guessing passwords: after a few failures for one account from one address,
that pair is refused for a while, with a message in the reader's language.
An account guessed at from many addresses, and an address guessing many
accounts, are refused at higher ceilings. Behind the nginx of docs/production.md, the
address is the one nginx saw, never one the client wrote itself."""

import logging
import re
import sqlite3

import pytest
import requests
from django.db import connection
from django.test import Client

from demo.loader import DEMO_PASSWORD
from tests.servers import gunicorn

pytestmark = pytest.mark.django_db

# The defaults: per account and address, per account, per address.
LIMIT = 5
ACCOUNT_LIMIT = 20
ADDRESS_LIMIT = 30

# The address nginx forwards from, on the same machine as gunicorn.
NGINX = "127.0.0.1"


def sign_in(client, username, password, language="fi", address="10.0.0.1", **headers):
    return client.post(
        f"/{language}/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def through_nginx(client, username, password, seen_by_nginx, sent_by_client=""):
    """A sign-in as docs/production.md's nginx passes it on: from nginx's address,
    with `$proxy_add_x_forwarded_for`, the client's own X-Forwarded-For (if
    it sent one) followed by the address nginx saw."""
    forwarded = ", ".join(filter(None, [sent_by_client, seen_by_nginx]))
    return sign_in(
        client, username, password, address=NGINX, HTTP_X_FORWARDED_FOR=forwarded
    )


@pytest.fixture
def behind_nginx(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def test_an_account_is_paused_from_an_address_after_repeated_failures(caplog):
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
    assert any("Locking out" in record.getMessage() for record in caplog.records)


def test_someone_guessing_an_account_does_not_lock_its_owner_out():
    for _attempt in range(LIMIT + 2):
        sign_in(Client(), "staff", "wrong", address="203.0.113.7")
    owner = Client()
    assert sign_in(owner, "staff", DEMO_PASSWORD, address="10.0.0.2").status_code == 302
    assert "_auth_user_id" in owner.session


def test_an_account_guessed_at_from_many_addresses_is_paused_everywhere():
    for attempt in range(ACCOUNT_LIMIT):
        sign_in(Client(), "staff", "wrong", address=f"203.0.113.{attempt + 1}")
    response = sign_in(Client(), "staff", DEMO_PASSWORD, language="sv")
    assert response.status_code == 429
    assert "För många misslyckade inloggningar" in response.content.decode()


def test_an_address_guessing_many_accounts_is_paused():
    client = Client()
    for attempt in range(ADDRESS_LIMIT):
        sign_in(client, f"guess-{attempt}", "wrong", language="sv")
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


def test_signing_into_ones_own_account_does_not_clear_an_addresss_guesses():
    client = Client()
    for attempt in range(ADDRESS_LIMIT - 1):
        sign_in(client, f"guess-{attempt}", "wrong")
    assert sign_in(client, "staff", DEMO_PASSWORD).status_code == 302
    client.logout()
    sign_in(client, "guess-last", "wrong")
    assert sign_in(client, "mentor", DEMO_PASSWORD).status_code == 429


def test_behind_the_proxy_people_failing_elsewhere_do_not_pause_another(
    behind_nginx,
):
    people = ["mentor", "editor", "coordinator", "staff", "nobody"]
    for number, username in enumerate(people, start=1):
        response = through_nginx(Client(), username, "wrong", f"198.51.100.{number}")
        assert response.status_code == 200
    sixth = Client()
    assert (
        through_nginx(sixth, "admin", DEMO_PASSWORD, "198.51.100.6").status_code == 302
    )
    assert "_auth_user_id" in sixth.session


def test_behind_the_proxy_an_account_is_paused_for_the_address_nginx_saw(
    behind_nginx,
):
    attacker = Client()
    for attempt in range(LIMIT):
        through_nginx(
            attacker,
            "staff",
            "wrong",
            "203.0.113.7",
            sent_by_client=f"10.0.{attempt}.1",
        )
    response = through_nginx(
        attacker, "staff", DEMO_PASSWORD, "203.0.113.7", sent_by_client="10.0.99.1"
    )
    assert response.status_code == 429
    # The owner, elsewhere, is not paused.
    assert (
        through_nginx(Client(), "staff", DEMO_PASSWORD, "198.51.100.20").status_code
        == 302
    )


def test_behind_the_proxy_made_up_addresses_do_not_escape_the_pause(behind_nginx):
    attacker = Client()
    for attempt in range(ADDRESS_LIMIT):
        through_nginx(
            attacker,
            f"guess-{attempt}",
            "wrong",
            "203.0.113.7",
            sent_by_client=f"10.0.{attempt}.1, 172.16.{attempt}.1",
        )
    response = through_nginx(
        attacker, "mentor", DEMO_PASSWORD, "203.0.113.7", sent_by_client="10.0.99.1"
    )
    assert response.status_code == 429


def test_without_a_proxy_a_forwarded_header_is_ignored():
    client = Client()
    for attempt in range(LIMIT):
        sign_in(
            client,
            "staff",
            "wrong",
            address="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"10.0.{attempt}.1",
        )
    response = sign_in(
        client,
        "staff",
        DEMO_PASSWORD,
        address="203.0.113.9",
        HTTP_X_FORWARDED_FOR="10.0.99.1",
    )
    assert response.status_code == 429


@pytest.fixture
def server_behind_nginx(tmp_path):
    """The site under gunicorn, as behind docs/production.md's nginx
    (TRUSTED_PROXY_COUNT=1), on a file copy of the seeded test database."""
    path = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
    environment = {
        "DATABASE_URL": f"sqlite:///{path}",
        "TRUSTED_PROXY_COUNT": "1",
        "LOG_LEVEL": "ERROR",
    }
    with gunicorn(environment, "--workers", "2") as (url, _process):
        yield url


def post_through_nginx(url, username, password, seen_by_nginx, sent_by_client=""):
    """The login form, fetched and sent as nginx forwards a browser's requests
    (gunicorn sees nginx's address, 127.0.0.1); the response's status."""
    forwarded = ", ".join(filter(None, [sent_by_client, seen_by_nginx]))
    browser = requests.Session()
    browser.headers["X-Forwarded-For"] = forwarded
    form = browser.get(f"{url}/fi/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
    response = browser.post(
        f"{url}/fi/login/",
        {
            "csrfmiddlewaretoken": token.group(1),
            "username": username,
            "password": password,
        },
        allow_redirects=False,
        timeout=10,
    )
    return response.status_code


@pytest.mark.skipif(connection.vendor != "sqlite", reason="a copy of the database")
def test_a_server_behind_nginx_counts_the_address_nginx_saw(server_behind_nginx):
    url = server_behind_nginx
    people = ["mentor", "editor", "coordinator", "staff", "nobody"]
    for number, username in enumerate(people, start=1):
        assert post_through_nginx(url, username, "wrong", f"198.51.100.{number}") == 200
    assert post_through_nginx(url, "admin", DEMO_PASSWORD, "198.51.100.6") == 302

    for attempt in range(ADDRESS_LIMIT):
        made_up = f"10.0.{attempt}.1"
        post_through_nginx(url, f"guess-{attempt}", "wrong", "203.0.113.7", made_up)
    assert post_through_nginx(url, "mentor", DEMO_PASSWORD, "203.0.113.7") == 429
