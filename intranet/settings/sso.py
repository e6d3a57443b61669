"""Single sign-on with OpenID Connect (accounts/sso/, mozilla-django-oidc).

On when OIDC_RP_CLIENT_ID and a provider (OIDC_ISSUER, or the endpoint
variables) are set; off otherwise, and local accounts sign in with their
passwords. With OIDC_ISSUER the endpoints come from the provider's discovery
document, fetched at the first sign-in; an endpoint variable set as well wins.
"""

import environ

env = environ.Env()

OIDC_ISSUER = env("OIDC_ISSUER", default="")
OIDC_OP_AUTHORIZATION_ENDPOINT = env("OIDC_OP_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT = env("OIDC_OP_TOKEN_ENDPOINT", default="")
OIDC_OP_USER_ENDPOINT = env("OIDC_OP_USER_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT = env("OIDC_OP_JWKS_ENDPOINT", default="")
OIDC_OP_LOGOUT_ENDPOINT = env("OIDC_OP_LOGOUT_ENDPOINT", default="")
OIDC_RP_CLIENT_ID = env("OIDC_RP_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env("OIDC_RP_CLIENT_SECRET", default="")
OIDC_RP_SCOPES = env("OIDC_RP_SCOPES", default="openid email profile")
# The claim that names a person for good: Entra ID's `oid` stays when the
# e-mail address or the name changes; other providers fall back on `sub`.
OIDC_SUBJECT_CLAIMS = env.list("OIDC_SUBJECT_CLAIMS", default=["oid", "sub"])
OIDC_GROUPS_CLAIM = env("OIDC_GROUPS_CLAIM", default="groups")
# "<provider group id>=<site group>,...": only Editors, Mentors and
# Coordinators can be given; every sign-in sets them anew from the claim.
OIDC_GROUP_MAP = env.dict("OIDC_GROUP_MAP", default={})
# A claim naming the person's unit (its name), copied to their staff profile.
OIDC_UNIT_CLAIM = env("OIDC_UNIT_CLAIM", default="")
# Seconds to wait for the provider before the sign-in is refused.
OIDC_TIMEOUT = env.float("OIDC_TIMEOUT", default=5)

SSO_ENABLED = bool(
    OIDC_RP_CLIENT_ID and (OIDC_ISSUER or OIDC_OP_AUTHORIZATION_ENDPOINT)
)

# Fixed for every provider: signed ID tokens checked against the provider's
# keys, PKCE, a nonce, and the ID token kept for signing out at the provider.
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
OIDC_STORE_ID_TOKEN = True
OIDC_CREATE_USER = True
OIDC_AUTHENTICATION_CALLBACK_URL = "oidc_authentication_callback"
LOGIN_REDIRECT_URL_FAILURE = "sso_failed"

# Passwords belong to the provider while single sign-on is on.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = not SSO_ENABLED
WAGTAIL_PASSWORD_RESET_ENABLED = not SSO_ENABLED
WAGTAILUSERS_PASSWORD_ENABLED = not SSO_ENABLED
# Superusers who may still sign in with a password while single sign-on is
# on, at /<lang>/login/password/, for when the provider is down: limited like
# every sign-in, and each sign-in logged as a warning (accounts/sso/passwords.py).
SSO_BREAK_GLASS_USERNAMES = env.list("SSO_BREAK_GLASS_USERNAMES", default=[])
# A session signed in by the provider is renewed there this often, at the
# first page opened after it (prompt=none: nothing is asked while the
# provider's own session lasts): groups follow the claims again, and someone
# the provider no longer signs in is signed out.
OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS = env.int(
    "OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS", default=15 * 60
)
