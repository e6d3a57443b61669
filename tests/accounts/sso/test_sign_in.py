"""Signing in through a real OpenID provider on loopback: the authorisation
code flow with PKCE, state and nonce, and RS256 ID tokens checked against the
provider's keys."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model

from accounts.sso.models import Identity
from tests.accounts.sso.conftest import CLIENT_ID, pkce_challenge, sign_in

pytestmark = pytest.mark.django_db


def groups_of(user):
    return set(user.groups.values_list("name", flat=True))


def test_a_first_sign_in_makes_a_plain_staff_account(browser, provider):
    provider.add_user(
        "sub-aino",
        email="aino.virtanen@example.fi",
        given_name="Aino",
        family_name="Virtanen",
    )
    response = sign_in(browser, provider, "sub-aino")
    assert response.status_code == 302
    user = get_user_model().objects.get(email="aino.virtanen@example.fi")
    assert (user.first_name, user.last_name) == ("Aino", "Virtanen")
    assert groups_of(user) == {"Staff"}
    assert not user.is_staff and not user.is_superuser
    assert not user.has_usable_password()
    identity = Identity.objects.get(user=user)
    assert (identity.issuer, identity.subject) == (provider.url, "sub-aino")
    # Signed in: the home page opens.
    assert browser.get(response["Location"], follow=True).status_code == 200
    assert browser.session["_auth_user_id"] == str(user.pk)


def test_the_flow_uses_pkce_state_and_nonce(browser, provider):
    provider.add_user("sub-pkce", email="pkce@example.fi")
    start = browser.get("/oidc/authenticate/")
    query = parse_qs(urlsplit(start["Location"]).query)
    assert query["client_id"] == [CLIENT_ID]
    assert query["code_challenge_method"] == ["S256"]
    assert query["state"] and query["nonce"]
    back = urlsplit(provider.authorize(start["Location"], "sub-pkce"))
    assert browser.get(f"{back.path}?{back.query}").status_code == 302
    (token_request,) = provider.token_requests
    verifier = token_request["code_verifier"][0]
    assert pkce_challenge(verifier) == query["code_challenge"][0]
    # The state is spent: the same answer again is refused.
    again = browser.get(f"{back.path}?{back.query}", follow=True)
    assert again.status_code == 403


def test_entra_oid_is_the_subject_and_name_falls_back_on_the_name_claim(
    browser, provider
):
    provider.add_user(
        "pairwise-sub", email="ben@example.fi", name="Ben Nyström", oid="oid-ben"
    )
    sign_in(browser, provider, "pairwise-sub")
    user = get_user_model().objects.get(email="ben@example.fi")
    assert (user.first_name, user.last_name) == ("Ben", "Nyström")
    assert user.sso_identity.subject == "oid-ben"


def test_groups_follow_the_claim_at_every_sign_in(browser, provider):
    provider.add_user(
        "sub-eeva",
        email="eeva@example.fi",
        groups=["grp-editors", "grp-mentors", "grp-admins", "unknown"],
    )
    sign_in(browser, provider, "sub-eeva")
    user = get_user_model().objects.get(email="eeva@example.fi")
    # "Admins" is never granted by a claim, whatever the map says.
    assert groups_of(user) == {"Staff", "Editors", "Mentors"}
    assert not user.is_superuser and not user.is_staff
    # Editors reach the admin by their group's permission.
    assert browser.get("/admin/").status_code == 200

    provider.add_user("sub-eeva", email="eeva@example.fi", groups=["grp-mentors"])
    browser.logout()
    sign_in(browser, provider, "sub-eeva")
    assert groups_of(user) == {"Staff", "Mentors"}


def test_a_changed_email_signs_into_the_same_account(browser, provider):
    provider.add_user("sub-kim", email="kim@old.example.fi", given_name="Kim")
    sign_in(browser, provider, "sub-kim")
    user = get_user_model().objects.get(email="kim@old.example.fi")
    browser.logout()

    provider.add_user("sub-kim", email="kim@new.example.fi", given_name="Kim")
    sign_in(browser, provider, "sub-kim")
    user.refresh_from_db()
    assert user.email == "kim@new.example.fi"
    assert browser.session["_auth_user_id"] == str(user.pk)
    assert not get_user_model().objects.filter(email="kim@old.example.fi").exists()


def test_an_account_with_the_same_username_stays_apart(browser, provider):
    get_user_model().objects.create_user("sam@example.fi", email="sam@example.fi")
    provider.add_user("sub-sam", email="sam@example.fi")
    sign_in(browser, provider, "sub-sam")
    user = Identity.objects.get(subject="sub-sam").user
    assert user.username == "sam@example.fi-2"


def test_the_unit_claim_sets_the_staff_profile(browser, provider, settings):
    settings.OIDC_UNIT_CLAIM = "department"
    unit = (
        pytest.importorskip("pages.common.organisation")
        .Unit.objects.filter(locale__language_code="fi")
        .first()
    )
    provider.add_user("sub-unit", email="unit@example.fi", department=unit.name)
    sign_in(browser, provider, "sub-unit")
    user = get_user_model().objects.get(email="unit@example.fi")
    assert user.staff_profile.unit == unit


def test_the_login_page_and_the_admin_login_go_to_the_provider(browser, provider):
    login = browser.get("/fi/login/?next=/fi/search/")
    assert login.status_code == 302
    assert login["Location"] == "/oidc/authenticate/?next=%2Ffi%2Fsearch%2F"
    admin = browser.get("/admin/")
    admin_login = browser.get(admin["Location"])
    assert admin_login["Location"] == "/oidc/authenticate/?next=%2Fadmin%2F"
    assert browser.get(admin_login["Location"])["Location"].startswith(provider.url)
    provider.add_user("sub-next", email="next@example.fi")
    response = sign_in(browser, provider, "sub-next", start=login["Location"])
    assert response["Location"] == "/fi/search/"


def test_password_views_are_off_with_single_sign_on(editor_client, provider):
    reset = editor_client.get("/admin/password_reset/", follow=True)
    assert reset.status_code == 404
    account = editor_client.get("/admin/account/").content.decode()
    assert "old_password" not in account


def test_signing_out_ends_the_provider_session(browser, provider):
    provider.add_user("sub-out", email="out@example.fi")
    sign_in(browser, provider, "sub-out")
    id_token = browser.session["oidc_id_token"]
    response = browser.post("/fi/logout/")
    assert response.status_code == 302
    end_session = urlsplit(response["Location"])
    assert f"{end_session.scheme}://{end_session.netloc}" == provider.url
    assert end_session.path == "/oauth2/end_session"
    query = parse_qs(end_session.query)
    assert query["id_token_hint"] == [id_token]
    assert query["post_logout_redirect_uri"] == ["http://testserver/fi/login/"]
    assert "_auth_user_id" not in browser.session


def test_signing_out_of_the_admin_ends_the_provider_session(browser, provider):
    provider.add_user("sub-adm", email="adm@example.fi", groups=["grp-editors"])
    sign_in(browser, provider, "sub-adm")
    response = browser.post("/admin/logout/")
    assert response["Location"].startswith(f"{provider.url}/oauth2/end_session?")


def test_staff_without_admin_access_are_not_sent_round(browser, provider):
    provider.add_user("sub-plain", email="plain@example.fi")
    sign_in(browser, provider, "sub-plain")
    admin = browser.get("/admin/")
    assert admin.status_code == 302
    # Wagtail's own page says they may not enter; no new sign-in starts.
    assert browser.get(admin["Location"]).status_code == 200
