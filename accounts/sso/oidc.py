"""mozilla-django-oidc's backend and views, fitted to the site: settings read
at each request (discovered endpoints, SSO on or off), audience and issuer
checked, and every refusal explained on the site's own page.

Follows mozilla-django-oidc 5.0: the classes read their settings through the
static `get_settings`, the backend's `__init__` copies endpoints onto the
instance and `authenticate` reads them from there; `verify_token` checks the
signature (PyJWT, which also checks `exp`) and the nonce but not the
audience; the callback view's `get` raises SuspiciousOperation for an unknown
state and calls `login_failure` / `login_success`; the request view builds
the authorisation URL from `self.OIDC_OP_AUTH_ENDPOINT`; the SessionRefresh
middleware reads its settings into attributes in `__init__`, reverses its
exempt URLs by name in `exempt_urls` (one of them, `oidc_logout`, the site
does not have) and decides in `is_refreshable_url`, then `process_request`
sends the browser to the provider with `prompt=none`, after which the
callback view keeps the same user and sets `oidc_id_token_expiration`.

It is the sign-on itself, not an adapter below the sections: it needs its
section's provider, refusal page, claims and Identity, so it lives beside
them. Like every adapter it declares UPSTREAM (tests/test_adapters.py).
"""

import re
from urllib.parse import urlencode

import jwt
import requests
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.deprecation import MiddlewareMixin
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.middleware import SessionRefresh
from mozilla_django_oidc.utils import import_from_settings
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)

from accounts.sso import claims as claim_rules
from accounts.sso.models import Identity
from accounts.sso.provider import ENDPOINTS, endpoint, expected_issuer, sso_enabled
from accounts.sso.refusal import SESSION_KEY, SignInRefused, log_refusal

UPSTREAM = {"mozilla-django-oidc": ">=5.0.2,<5.1", "PyJWT": ">=2.8,<3"}

# Set while the browser is at the provider for a renewal without a prompt.
RENEWING_SESSION_KEY = "oidc_renewing"
# What a provider answers a request without a prompt when it would have to
# ask the person: they sign in again, with a prompt.
ASKS_THE_PERSON = frozenset(
    {
        "login_required",
        "interaction_required",
        "consent_required",
        "account_selection_required",
    }
)


def setting(name, *default):
    """mozilla-django-oidc's settings, with the endpoints discovered."""
    if name in ENDPOINTS:
        return endpoint(name)
    return import_from_settings(name, *default)


class SignOnBackend(OIDCAuthenticationBackend):
    get_settings = staticmethod(setting)

    def __init__(self, *args, **kwargs) -> None:
        # Built for every sign-in, password ones too: the provider is asked
        # nothing until its callback arrives.
        self.UserModel = get_user_model()

    def authenticate(self, request: HttpRequest | None, **kwargs):
        # The provider's callback passes no password: a `?code=` on a
        # password form is none of this backend's business.
        if (
            request is None
            or not sso_enabled()
            or "code" not in request.GET
            or "password" in kwargs
        ):
            return None
        try:
            for name in ENDPOINTS:
                setattr(self, name, setting(name))
            self.OIDC_RP_CLIENT_ID = setting("OIDC_RP_CLIENT_ID")
            self.OIDC_RP_CLIENT_SECRET = setting("OIDC_RP_CLIENT_SECRET")
            self.OIDC_RP_SIGN_ALGO = setting("OIDC_RP_SIGN_ALGO", "RS256")
            self.OIDC_RP_IDP_SIGN_KEY = setting("OIDC_RP_IDP_SIGN_KEY", None)
            return super().authenticate(request, **kwargs)
        # Raised past django.contrib.auth.authenticate on purpose: a refusal
        # here is not a guessed password, and axes counts none.
        except requests.HTTPError as error:
            status = error.response.status_code if error.response is not None else 0
            reason = "unavailable" if status >= 500 else "token"
            raise SignInRefused(reason, error) from error
        except requests.RequestException as error:
            raise SignInRefused("unavailable", error) from error
        except (
            jwt.InvalidTokenError,
            jwt.PyJWKError,
            SuspiciousOperation,
            KeyError,
            ValueError,
        ) as error:
            raise SignInRefused("token", error) from error

    def verify_token(self, token, **kwargs):
        payload = super().verify_token(token, **kwargs)
        audience = payload.get("aud")
        audiences = [audience] if isinstance(audience, str) else audience or []
        if self.OIDC_RP_CLIENT_ID not in audiences or (
            len(audiences) > 1 and payload.get("azp") != self.OIDC_RP_CLIENT_ID
        ):
            raise SignInRefused("token", f"the ID token is for {audience!r}")
        issuer = expected_issuer()
        if issuer and payload.get("iss") != issuer:
            raise SignInRefused("token", f"the ID token is from {payload.get('iss')!r}")
        return payload

    def retrieve_matching_jwk(self, token):
        """The provider's key for this token: by its `kid` when the token
        names one (Entra ID's JWKS has several keys), else the only key."""
        response = requests.get(
            self.OIDC_OP_JWKS_ENDPOINT, timeout=setting("OIDC_TIMEOUT", None)
        )
        response.raise_for_status()
        header = jwt.get_unverified_header(token)
        keys = [
            key
            for key in response.json().get("keys", [])
            if key.get("use", "sig") == "sig"
            and key.get("alg", header.get("alg")) == header.get("alg")
            and ("kid" not in header or key.get("kid") == header["kid"])
        ]
        if len(keys) != 1:
            raise SuspiciousOperation(f"{len(keys)} keys of the JWKS match the token")
        return jwt.PyJWK(keys[0])

    def get_userinfo(self, access_token, id_token, payload):
        """The ID token's claims (Entra ID puts `oid` and `groups` only
        there), with the user info endpoint's when the provider has one."""
        self.id_token_claims = payload
        if not self.OIDC_OP_USER_ENDPOINT:
            return dict(payload)
        return {**super().get_userinfo(access_token, id_token, payload), **payload}

    def verify_claims(self, claims) -> bool:
        if not claim_rules.email_of(claims):
            raise SignInRefused("email", "no e-mail claim")
        if not claim_rules.subject_of(claims):
            raise SignInRefused("token", "no subject claim")
        return True

    def filter_users_by_claims(self, claims):
        return self.UserModel.objects.filter(
            sso_identity__issuer=claims.get("iss", ""),
            sso_identity__subject=claim_rules.subject_of(claims),
        )

    def create_user(self, claims):
        user = self.UserModel.objects.create_user(self.free_username(claims))
        Identity.objects.create(
            user=user,
            issuer=claims.get("iss", ""),
            subject=claim_rules.subject_of(claims),
        )
        return claim_rules.apply_claims(user, claims)

    def update_user(self, user, claims):
        return claim_rules.apply_claims(user, claims)

    def free_username(self, claims):
        """The e-mail address, or it with a number when a local account
        already has it as its username."""
        base = claim_rules.email_of(claims)[:140]
        username, number = base, 1
        while self.UserModel.objects.filter(username__iexact=username).exists():
            number += 1
            username = f"{base}-{number}"
        return username

    def get_user(self, user_id):
        return ModelBackend.get_user(self, user_id)


class SignOnStartView(OIDCAuthenticationRequestView):
    get_settings = staticmethod(setting)

    def __init__(self, *args, **kwargs) -> None:
        # Endpoints are read in get(), where a provider that does not answer
        # can be explained.
        super(OIDCAuthenticationRequestView, self).__init__(*args, **kwargs)

    def get(self, request: HttpRequest):
        if not sso_enabled():
            raise Http404
        try:
            self.OIDC_OP_AUTH_ENDPOINT = setting("OIDC_OP_AUTHORIZATION_ENDPOINT")
        except SignInRefused as refusal:
            return refuse(request, refusal.reason, refusal.detail)
        self.OIDC_RP_CLIENT_ID = setting("OIDC_RP_CLIENT_ID")
        # A sign-in with a prompt: what the provider answers is not a renewal's.
        request.session.pop(RENEWING_SESSION_KEY, None)
        return super().get(request)


class SignOnCallbackView(OIDCAuthenticationCallbackView):
    get_settings = staticmethod(setting)

    def get(self, request: HttpRequest):
        if not sso_enabled():
            raise Http404
        renewing = request.session.pop(RENEWING_SESSION_KEY, False)
        self.next_url = request.session.get("oidc_login_next") or ""
        if renewing and request.GET.get("error") in ASKS_THE_PERSON:
            self.reason = "renew"
            self.detail = request.GET["error"]
        elif request.GET.get("error"):
            self.reason = "denied"
            self.detail = request.GET.get("error_description") or request.GET["error"]
        elif request.GET.get("state") not in request.session.get("oidc_states", {}):
            self.reason = "state"
            self.detail = "the state is not one this browser's session started"
        else:
            self.reason, self.detail = "", "no account was found or made"
        try:
            return super().get(request)
        except SuspiciousOperation as error:
            return refuse(request, "state", error)
        except SignInRefused as refusal:
            return refuse(request, refusal.reason, refusal.detail)

    def login_failure(self):
        if self.reason == "renew":
            return sign_in_again(self.next_url)
        user = getattr(self, "user", None)
        if user is not None and not user.is_active:
            self.reason, self.detail = "inactive", f"user {user.pk} is inactive"
        return refuse(self.request, self.reason, self.detail)


def sign_in_again(next_url):
    """After a renewal the provider could not answer without asking the
    person (upstream has signed them out): its sign-in, back to where they
    were."""
    url = reverse("oidc_authentication_init")
    if next_url:
        url += "?" + urlencode({"next": next_url})
    return HttpResponseRedirect(url)


def refuse(request: HttpRequest, reason, detail):
    log_refusal(reason, detail)
    request.session[SESSION_KEY] = reason
    return HttpResponseRedirect(reverse("sso_failed"))


def opened_in_the_browser(request: HttpRequest):
    """A page the browser navigates to: not a script's request, an image or
    a frame (the admin's preview), which cannot follow the provider's
    redirect. Without Fetch Metadata headers (older browsers), a page."""
    return (
        request.headers.get("x-requested-with") != "XMLHttpRequest"
        and request.headers.get("sec-fetch-mode", "navigate") == "navigate"
        and request.headers.get("sec-fetch-dest", "document") == "document"
    )


def _setting_attribute(name, *default):
    return property(lambda self: setting(name, *default))


class SessionRefreshMiddleware(SessionRefresh):
    """Renews a session signed in by the provider every
    OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS, at the first page opened after it,
    while single sign-on is on. Password sessions (break-glass) are left
    alone, as upstream leaves sessions of other backends.

    Only pages opened in the browser are sent round: a form's POST would lose
    what it carries, and the admin's background requests (choosers,
    autosave), images and frames cannot follow the provider's redirect; they
    wait for the next page.
    """

    get_settings = staticmethod(setting)
    # Read at each request: endpoints discovered, SSO on or off.
    OIDC_OP_AUTHORIZATION_ENDPOINT = _setting_attribute(
        "OIDC_OP_AUTHORIZATION_ENDPOINT"
    )
    OIDC_RP_CLIENT_ID = _setting_attribute("OIDC_RP_CLIENT_ID")
    OIDC_STATE_SIZE = _setting_attribute("OIDC_STATE_SIZE", 32)
    OIDC_AUTHENTICATION_CALLBACK_URL = _setting_attribute(
        "OIDC_AUTHENTICATION_CALLBACK_URL", "oidc_authentication_callback"
    )
    OIDC_RP_SCOPES = _setting_attribute("OIDC_RP_SCOPES", "openid email")
    OIDC_USE_NONCE = _setting_attribute("OIDC_USE_NONCE", True)
    OIDC_NONCE_SIZE = _setting_attribute("OIDC_NONCE_SIZE", 32)

    # Signing in and out, the refusal page, the break-glass login, the
    # health check: a renewal there would go round in a loop or is not
    # wanted.
    exempt_url_patterns = (
        re.compile(r"^/[\w-]+/log(?:in|out)/"),
        re.compile(r"^/admin/log(?:in|out)/"),
        re.compile(r"^/oidc/"),
        re.compile(r"^/healthz$"),
    )
    exempt_urls = frozenset()

    def __init__(self, get_response) -> None:
        MiddlewareMixin.__init__(self, get_response)

    def is_refreshable_url(self, request: HttpRequest):
        return (
            sso_enabled()
            and opened_in_the_browser(request)
            and super().is_refreshable_url(request)
        )

    def process_request(self, request: HttpRequest):
        try:
            response = super().process_request(request)
        except SignInRefused as refusal:
            # The provider's discovery failed: the session goes on until the
            # provider answers again.
            log_refusal(refusal.reason, refusal.detail)
            return None
        if response is not None:
            request.session[RENEWING_SESSION_KEY] = True
        return response
