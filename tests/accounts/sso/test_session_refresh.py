"""A session signed in by the provider is renewed there every
OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS, at the first page opened after it. The
site asks without a prompt: the provider answers at once while its own
session lasts, with the person's groups as they are now; when it would have
to ask them something (as this test provider always does), the site signs
them out and sends them through the provider's sign-in again. Either way,
someone taken out of a group loses its rights then, and someone the provider
no longer signs in is signed out, not at the end of a two-week session."""

from datetime import timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone

from tests.accounts.sso.conftest import sign_in

pytestmark = pytest.mark.django_db

EDITORS_PAGE = "/admin/pages/"


@pytest.fixture
def editor_at_provider(browser, provider):
    provider.add_user("sub-eino", email="eino@example.fi", groups=["grp-editors"])
    sign_in(browser, provider, "sub-eino")
    assert browser.get(EDITORS_PAGE).status_code == 200
    return browser


def after_the_interval(settings):
    seconds = settings.OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS
    return time_machine.travel(timezone.now() + timedelta(seconds=seconds + 60))


def renew(browser, provider, path):
    """Open `path` once the session is due for renewal: the site asks the
    provider without a prompt; this provider has no session of its own to
    answer from and asks for a sign-in (`login_required`), so the site
    signs the reader out and starts a sign-in that comes back to `path`.
    Returns the address of the provider's sign-in form."""
    response = browser.get(path)
    assert response["Location"].startswith(f"{provider.url}/oauth2/authorize?")
    silent = requests.get(response["Location"], allow_redirects=False, timeout=5)
    back = urlsplit(silent.headers["Location"])
    assert parse_qs(back.query)["error"] == ["login_required"]
    again = browser.get(f"{back.path}?{back.query}")
    assert "_auth_user_id" not in browser.session
    assert again["Location"] == f"/oidc/authenticate/?{urlencode({'next': path})}"
    start = browser.get(again["Location"])
    assert "prompt" not in parse_qs(urlsplit(start["Location"]).query)
    return start["Location"]


def test_a_session_asks_the_provider_again_without_a_prompt(
    editor_at_provider, provider, settings
):
    browser = editor_at_provider
    with after_the_interval(settings):
        response = browser.get(EDITORS_PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{provider.url}/oauth2/authorize?")
    assert parse_qs(urlsplit(response["Location"]).query)["prompt"] == ["none"]


def test_a_scripts_request_is_not_sent_round(editor_at_provider, settings):
    # The admin's choosers and listings fetch in the background; a redirect
    # to the provider would break them. The next page renews the session.
    with after_the_interval(settings):
        fetched = editor_at_provider.get(
            EDITORS_PAGE, HTTP_SEC_FETCH_MODE="cors", HTTP_SEC_FETCH_DEST="empty"
        )
        assert fetched.status_code == 200
        jquery = editor_at_provider.get(
            EDITORS_PAGE, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
        )
        assert jquery.status_code == 200
        page = editor_at_provider.get(
            EDITORS_PAGE, HTTP_SEC_FETCH_MODE="navigate", HTTP_SEC_FETCH_DEST="document"
        )
        assert page.status_code == 302


def test_within_the_interval_nothing_is_asked(editor_at_provider, settings):
    seconds = settings.OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS
    with time_machine.travel(timezone.now() + timedelta(seconds=seconds - 60)):
        assert editor_at_provider.get(EDITORS_PAGE).status_code == 200


def test_taken_out_of_a_group_loses_its_rights_at_the_renewal(
    editor_at_provider, provider, settings
):
    browser = editor_at_provider
    provider.add_user("sub-eino", email="eino@example.fi", groups=[])
    with after_the_interval(settings):
        sign_in_form = renew(browser, provider, EDITORS_PAGE)
        back = urlsplit(provider.authorize(sign_in_form, "sub-eino"))
        response = browser.get(f"{back.path}?{back.query}")
        assert response["Location"] == EDITORS_PAGE
        assert browser.get(EDITORS_PAGE).status_code == 302  # no admin access
        assert browser.get("/fi/").status_code == 200
    user = get_user_model().objects.get(email="eino@example.fi")
    assert set(user.groups.values_list("name", flat=True)) == {"Staff"}
    assert browser.session["_auth_user_id"] == str(user.pk)


def test_no_longer_signed_in_by_the_provider_is_signed_out(
    editor_at_provider, provider, settings
):
    browser = editor_at_provider
    with after_the_interval(settings):
        sign_in_form = renew(browser, provider, "/fi/")
        # The provider refuses the person it no longer knows.
        denied = requests.post(
            sign_in_form, data={"action": "deny"}, allow_redirects=False, timeout=5
        )
        back = urlsplit(denied.headers["Location"])
        response = browser.get(f"{back.path}?{back.query}")
        assert browser.get(response["Location"]).status_code == 403
        assert "_auth_user_id" not in browser.session
        assert browser.get(EDITORS_PAGE).status_code == 302
        assert browser.get("/fi/")["Location"].startswith("/fi/login/")


def test_password_sessions_of_break_glass_administrators_are_not_renewed(
    browser, provider, settings
):
    settings.SSO_BREAK_GLASS_USERNAMES = ["admin"]
    browser.post(
        "/fi/login/password/", {"username": "admin", "password": "digimentor-demo"}
    )
    with after_the_interval(settings):
        assert browser.get(EDITORS_PAGE).status_code == 200


def test_a_sign_in_the_provider_asks_for_is_not_started_round_again(browser, provider):
    start = browser.get("/oidc/authenticate/")
    state = parse_qs(urlsplit(start["Location"]).query)["state"][0]
    response = browser.get(f"/oidc/callback/?error=login_required&state={state}")
    assert response["Location"] == "/fi/login/refused/"
