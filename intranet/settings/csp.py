"""Content-Security-Policy: what a page of the site may load and run.

The site's own pages run only the project's static files: no inline script
or style, no eval. The Wagtail admin (/admin/) has its own, wider policy,
which its templates and scripts need (docs/production.md, "Security headers").
intranet.middleware.SitePolicyMiddleware chooses between the two by path.
"""

from urllib.parse import urlsplit

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .sso import (
    OIDC_ISSUER,
    OIDC_OP_AUTHORIZATION_ENDPOINT,
    OIDC_OP_LOGOUT_ENDPOINT,
)

env = environ.Env()

__all__ = [
    "ADMIN_CONTENT_SECURITY_POLICY",
    "ADMIN_PATH_PREFIX",
    "CONTENT_SECURITY_POLICY",
    "CSP_REPORT_URI",
    "WAGTAIL_ENABLE_UPDATE_CHECK",
    "WAGTAIL_GRAVATAR_PROVIDER_URL",
]

# Video embeds are iframes from their provider (pages/common/embeds.py fetches the
# HTML by oEmbed): only these origins may be framed. YouTube's privacy mode
# and Vimeo's player by default; an organisation's Panopto is added here.
EMBED_ORIGINS = env.list(
    "CSP_FRAME_SRC",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
# Where forms may post and scripts may connect besides the site. Browsers
# hold a form's redirects to form-action too: signing out posts to the site,
# which sends the reader on to the sign-on provider's end-session address, so
# the provider's origins are allowed whenever single sign-on is configured.
SIGN_ON_ORIGINS = sorted(
    {
        f"{address.scheme}://{address.netloc}"
        for address in map(
            urlsplit,
            [OIDC_ISSUER, OIDC_OP_AUTHORIZATION_ENDPOINT, OIDC_OP_LOGOUT_ENDPOINT],
        )
        if address.scheme and address.netloc
    }
)
EXTRA_FORM_ACTION = [
    *SIGN_ON_ORIGINS,
    *env.list("CSP_EXTRA_FORM_ACTION", default=[]),
]
EXTRA_CONNECT_SRC = env.list("CSP_EXTRA_CONNECT_SRC", default=[])
# Violations are reported here when set (report-uri, and report-to through
# the Reporting-Endpoints header the middleware adds).
CSP_REPORT_URI = env("CSP_REPORT_URI", default="")
REPORT_DIRECTIVES = (
    {"report-uri": CSP_REPORT_URI, "report-to": "csp"} if CSP_REPORT_URI else {}
)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF, *EXTRA_CONNECT_SRC],
        "media-src": [SELF],
        "frame-src": EMBED_ORIGINS or [NONE],
        # The admin's preview frames pages under /admin/, not the site's own.
        "frame-ancestors": [NONE],
        "form-action": [SELF, *EXTRA_FORM_ACTION],
        "base-uri": [SELF],
        "object-src": [NONE],
        **REPORT_DIRECTIVES,
    },
}

ADMIN_PATH_PREFIX = "/admin/"
# The admin would show avatars from Gravatar, telling it each user's email
# address (hashed) and breaking img-src 'self'; it shows its default instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does its dashboard ask releases.wagtail.org for a newer version (from
# the reader's browser): upgrades follow requirements.txt.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Wagtail 8's admin needs 'unsafe-inline', its own limitation: its templates
# write inline scripts (the date and time pickers, inline panels, multiple
# choosers: each starts its widget with a <script> of its own, no nonce) and
# style attributes, and its scripts (Draftail, the choosers, the sidebar) set
# styles too. It needs no eval. Image previews of an upload are blob: URLs;
# the page preview frames the admin itself.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *EMBED_ORIGINS],
        "frame-ancestors": [SELF],
    },
}
