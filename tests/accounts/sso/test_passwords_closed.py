"""With single sign-on on, no password signs anyone in: not the site's login
form, not the admin's, not Wagtail's page-privacy login, nor any other that
checks a password through Django. The provider's multi-factor sign-in and
its removal of leavers cannot be walked round. One exception: the
administrators named in SSO_BREAK_GLASS_USERNAMES, for when the provider is
down, on a page of their own, limited like every sign-in and logged."""

import logging

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.test import Client, RequestFactory

from demo.loader import DEMO_PASSWORD
from tests.accounts.sso.conftest import sign_in

pytestmark = pytest.mark.django_db

PASSWORD_FORMS = ["/fi/login/", "/fi/_util/login/", "/admin/login/"]
CLOSED = "Salasanoilla ei kirjauduta tänne"


def post_password(client, path, username="editor", password=DEMO_PASSWORD):
    return client.post(
        path, {"username": username, "password": password}, HTTP_ACCEPT_LANGUAGE="fi"
    )


@pytest.fixture
def signed_in_by_provider(browser, provider):
    """A plain staff member signed in at the provider."""
    provider.add_user("sub-plain", email="plain@example.fi")
    sign_in(browser, provider, "sub-plain")
    return browser


@pytest.fixture
def break_glass(settings):
    settings.SSO_BREAK_GLASS_USERNAMES = ["admin"]


@pytest.mark.parametrize("path", PASSWORD_FORMS)
def test_no_password_form_signs_anyone_in(browser, provider, path):
    response = post_password(browser, path)
    assert response.status_code == 403
    assert CLOSED in response.content.decode()
    assert "_auth_user_id" not in browser.session


def test_wagtails_page_privacy_login_sends_the_reader_to_the_provider(
    browser, provider
):
    response = browser.get("/fi/_util/login/?next=/fi/")
    assert response.status_code == 302
    assert response["Location"] == "/oidc/authenticate/?next=%2Ffi%2F"


@pytest.mark.parametrize("path", PASSWORD_FORMS)
def test_a_signed_in_person_cannot_become_another_account(signed_in_by_provider, path):
    browser = signed_in_by_provider
    me = browser.session["_auth_user_id"]
    response = post_password(browser, path)
    assert response.status_code == 403
    assert CLOSED in response.content.decode()
    assert browser.session["_auth_user_id"] == me


@pytest.mark.parametrize(
    "path", ["/fi/login/?code=abc&state=xyz", "/admin/login/?code=abc"]
)
def test_a_code_on_a_password_post_is_refused_clearly(signed_in_by_provider, path):
    response = post_password(signed_in_by_provider, path, password="wrong")
    assert response.status_code == 403
    assert CLOSED in response.content.decode()


def test_django_checks_no_password_while_single_sign_on_is_on(provider):
    request = RequestFactory().post("/elsewhere/", REMOTE_ADDR="10.2.0.1")
    assert authenticate(request, username="editor", password=DEMO_PASSWORD) is None
    assert authenticate(request, username="admin", password=DEMO_PASSWORD) is None


def test_the_break_glass_page_is_not_there_without_break_glass_accounts(
    browser, provider
):
    assert browser.get("/fi/login/password/").status_code == 404


def test_the_break_glass_page_is_not_there_without_single_sign_on(break_glass):
    assert Client().get("/fi/login/password/").status_code == 404


def test_a_break_glass_administrator_signs_in_with_a_password_logged(
    browser, provider, break_glass, caplog
):
    assert browser.get("/fi/login/password/").status_code == 200
    with caplog.at_level(logging.WARNING, logger="intranet.sso"):
        response = post_password(browser, "/fi/login/password/", username="admin")
    assert response.status_code == 302
    admin = get_user_model().objects.get(username="admin")
    assert browser.session["_auth_user_id"] == str(admin.pk)
    assert browser.get("/admin/").status_code == 200
    assert any(
        record.levelno == logging.WARNING and "admin" in record.getMessage()
        for record in caplog.records
        if record.name == "intranet.sso"
    )


def test_only_superusers_named_may_use_the_break_glass_page(
    browser, provider, settings
):
    settings.SSO_BREAK_GLASS_USERNAMES = ["admin", "editor"]
    response = post_password(browser, "/fi/login/password/", username="editor")
    assert response.status_code == 200  # the form again, with its error
    response = post_password(browser, "/fi/login/password/", username="coordinator")
    assert response.status_code == 200
    assert "_auth_user_id" not in browser.session


def test_a_code_on_the_break_glass_page_is_no_sign_on(browser, provider, break_glass):
    path = "/fi/login/password/?code=abc&state=xyz"
    response = post_password(browser, path, username="admin", password="wrong")
    assert response.status_code == 200  # the form again, with its error
    assert "_auth_user_id" not in browser.session


def test_the_break_glass_page_is_limited_like_every_sign_in(
    browser, provider, break_glass
):
    for _attempt in range(5):
        post_password(browser, "/fi/login/password/", username="admin", password="no")
    response = post_password(browser, "/fi/login/password/", username="admin")
    assert response.status_code == 429
    assert "_auth_user_id" not in browser.session
