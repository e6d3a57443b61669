"""Production: no insecure defaults; `check --deploy` passes with these."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

# Debug pages show settings and code to anyone who meets an error: a DEBUG=1
# left in a copied .env must stop the server, not go live.
if env.bool("DEBUG", default=False):
    raise ImproperlyConfigured(
        "DEBUG is on under intranet.settings.production: unset it (or set "
        "DEBUG=0) in the environment and in .env."
    )
DEBUG = False
SECRET_KEY = env("SECRET_KEY")  # no default: refuse to boot without one
SEED_DEMO_NEEDS_FORCE = True
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Wagtail's page preview renders the page in an iframe of the admin, which
# DENY would break; SAMEORIGIN still blocks framing by other sites.
X_FRAME_OPTIONS = "SAMEORIGIN"
# HSTS preload is a commitment for every subdomain of the organisation's
# domain, which is not this site's decision to make.
SILENCED_SYSTEM_CHECKS = ["security.W019", "security.W021"]
