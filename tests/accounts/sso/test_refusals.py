"""A sign-in the site cannot trust is refused on the site's own page, in the
reader's language, with a warning in the log; never a 500."""

import logging
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from demo.loader import DEMO_PASSWORD
from tests.accounts.sso.conftest import sign_in
from tests.servers import free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def warnings(caplog):
    caplog.set_level(logging.WARNING, logger="intranet.sso")
    return caplog


def refused(browser, response, language="fi"):
    """The refusal page the response leads to, and its text."""
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/login/refused/"
    page = browser.get(response["Location"], HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 403
    assert "_auth_user_id" not in browser.session
    return page.content.decode()


def reasons(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "intranet.sso"]


def test_a_wrong_state_is_refused(browser, provider, warnings):
    provider.add_user("sub-state", email="state@example.fi")
    start = browser.get("/oidc/authenticate/")
    back = urlsplit(provider.authorize(start["Location"], "sub-state"))
    forged = back.query.replace("state=", "state=forged")
    page = refused(browser, browser.get(f"{back.path}?{forged}"))
    assert "aloitettiin liian kauan sitten" in page
    assert any("(state)" in line for line in reasons(warnings))
    assert not get_user_model().objects.filter(email="state@example.fi").exists()


def test_a_callback_without_a_started_sign_in_is_refused(browser, provider):
    response = browser.get("/oidc/callback/?code=abc&state=xyz")
    assert "aloitettiin liian kauan sitten" in refused(browser, response)


def test_a_token_for_another_application_is_refused(browser, provider, warnings):
    provider.add_user("sub-aud", email="aud@example.fi")
    start = browser.get("/oidc/authenticate/")
    nonce = parse_qs(urlsplit(start["Location"]).query)["nonce"][0]
    # The provider's token endpoint answers with a real, signed ID token that
    # it issued to another client (with this sign-in's nonce).
    provider.token_answer = provider.token_for_another_application("sub-aud", nonce)
    back = urlsplit(provider.authorize(start["Location"], "sub-aud"))
    page = refused(browser, browser.get(f"{back.path}?{back.query}"))
    assert "ei voitu varmistaa" in page
    assert any("another-application" in line for line in reasons(warnings))
    assert not get_user_model().objects.filter(email="aud@example.fi").exists()


def test_an_expired_token_is_refused(
    browser, provider_factory, sso_on, warnings, settings
):
    provider = provider_factory(access_token_max_age=timedelta(minutes=-5))
    sso_on(provider.url)
    provider.add_user("sub-exp", email="exp@example.fi")
    response = sign_in(browser, provider, "sub-exp")
    browser.cookies.load({settings.LANGUAGE_COOKIE_NAME: "sv"})
    page = refused(browser, response, language="fi")
    assert any("expired" in line for line in reasons(warnings))
    assert "ei voitu varmistaa" in page


def test_the_refusal_is_in_swedish_for_a_swedish_reader(browser, provider, settings):
    browser.cookies.load({settings.LANGUAGE_COOKIE_NAME: "sv"})
    response = browser.get("/oidc/callback/?code=abc&state=xyz")
    page = refused(browser, response, language="sv")
    assert "Inloggningen misslyckades" in page


def test_no_email_claim_is_refused(browser, provider, warnings):
    # The provider's own default claims hold the subject as "email".
    provider.add_user("sub-nomail", given_name="Nemo")
    page = refused(browser, sign_in(browser, provider, "sub-nomail"))
    assert "ei ole sähköpostiosoitetta" in page
    assert any("(email)" in line for line in reasons(warnings))
    assert not get_user_model().objects.filter(first_name="Nemo").exists()


def test_a_provider_that_is_down_at_discovery(browser, sso_on, warnings):
    sso_on(f"http://127.0.0.1:{free_port()}")
    response = browser.get("/oidc/authenticate/")
    assert "ei vastaa juuri nyt" in refused(browser, response)
    assert any("(unavailable)" in line for line in reasons(warnings))


def test_a_provider_that_goes_down_before_the_token_request(
    browser, provider, warnings
):
    provider.add_user("sub-down", email="down@example.fi")
    start = browser.get("/oidc/authenticate/")
    back = urlsplit(provider.authorize(start["Location"], "sub-down"))
    provider.stop()
    response = browser.get(f"{back.path}?{back.query}")
    assert "ei vastaa juuri nyt" in refused(browser, response)
    assert any("(unavailable)" in line for line in reasons(warnings))


def test_a_denied_sign_in_is_explained(browser, provider):
    start = browser.get("/oidc/authenticate/")
    state = parse_qs(urlsplit(start["Location"]).query)["state"][0]
    response = browser.get(f"/oidc/callback/?error=access_denied&state={state}")
    assert "ei kirjannut sinua sisään" in refused(browser, response)


def test_the_refusal_page_does_not_start_another_sign_in(browser, provider):
    page = browser.get("/fi/login/refused/")
    assert page.status_code == 403
    assert 'href="/oidc/authenticate/"' in page.content.decode()


def test_refused_sign_ins_do_not_lock_out_the_password_login(
    browser, provider, settings
):
    settings.SSO_BREAK_GLASS_USERNAMES = ["admin"]
    for _attempt in range(6):
        browser.get("/oidc/callback/?code=abc&state=xyz", REMOTE_ADDR="10.1.1.1")
    response = Client().post(
        "/fi/login/password/",
        {"username": "admin", "password": DEMO_PASSWORD},
        REMOTE_ADDR="10.1.1.1",
    )
    assert response.status_code == 302
