"""The provider's endpoints: from the settings, or discovered from
`<OIDC_ISSUER>/.well-known/openid-configuration` once per process."""

import requests
from django.conf import settings

from accounts.sso.refusal import SignInRefused

# Setting name -> the discovery document's field.
ENDPOINTS = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
    "OIDC_OP_LOGOUT_ENDPOINT": "end_session_endpoint",
}

# Issuer -> its discovery document. A failed discovery is not kept: the
# next sign-in asks again.
_discovered = {}


def sso_enabled():
    """Read at each request, so that the settings decide without a restart of
    the URL configuration."""
    return bool(
        getattr(settings, "OIDC_RP_CLIENT_ID", "")
        and (
            getattr(settings, "OIDC_ISSUER", "")
            or getattr(settings, "OIDC_OP_AUTHORIZATION_ENDPOINT", "")
        )
    )


def discovery_document(issuer):
    if issuer not in _discovered:
        url = issuer.rstrip("/") + "/.well-known/openid-configuration"
        try:
            response = requests.get(url, timeout=settings.OIDC_TIMEOUT)
            response.raise_for_status()
            document = response.json()
        except (requests.RequestException, ValueError) as error:
            raise SignInRefused(
                "unavailable", f"discovery at {url}: {error}"
            ) from error
        _discovered[issuer] = document
    return _discovered[issuer]


def endpoint(name):
    """An endpoint URL by its setting's name ("" when the provider has none)."""
    explicit = getattr(settings, name, "")
    if explicit or not settings.OIDC_ISSUER:
        return explicit
    return discovery_document(settings.OIDC_ISSUER).get(ENDPOINTS[name], "")


def expected_issuer():
    """The `iss` every ID token must carry, when an issuer is configured."""
    if not settings.OIDC_ISSUER:
        return ""
    document = discovery_document(settings.OIDC_ISSUER)
    return document.get("issuer", settings.OIDC_ISSUER)
