import copy

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.contrib import auth
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.db import connection
from django.http import HttpRequest
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.functional import SimpleLazyObject

from adapters.django.sqlite import transaction_mode
from intranet import outages
from pages.common.caching.freshness import remembered_here


class RememberLanguageMiddleware:
    """Remember the language of the last language-prefixed page a reader opened.

    `/` then sends them back to it (see `intranet.views.root_redirect`): a
    reader who switched to Swedish stays in Swedish.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        response = self.get_response(request)
        language = translation.get_language_from_path(request.path_info)
        if (
            language
            and response.status_code == 200
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE or 365 * 24 * 60 * 60,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response


class DatabaseOutageMiddleware:
    """Ends a database outage in the log (intranet/outages.py) at the first
    answer given with the database: one other than the 503 page, with a
    connection open. A request that needs no database (a static file) says
    nothing of it."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        response = self.get_response(request)
        if response.status_code != 503 and connection.connection is not None:
            outages.database.ended()
        return response


# Methods that only read: their transactions stay DEFERRED.
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}

# The browser features no page of the site uses, refused to any script.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class PrivacyHeadersMiddleware:
    """Permissions-Policy on every response, and signed-in pages kept out of
    shared caches.

    A reader with a session cookie may be signed in: their HTML is theirs
    alone (`Cache-Control: private, no-store`, `Vary: Cookie`). The cookie
    decides, not request.user, which would ask the database for the session
    even while it is down (the 503 page passes through here).
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        is_html = response.get("Content-Type", "").startswith("text/html")
        if is_html and settings.SESSION_COOKIE_NAME in request.COOKIES:
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ["Cookie"])
        return response


class SitePolicyMiddleware(CSPMiddleware):
    """django-csp's Content-Security-Policy, with the admin's own policy on
    its paths (intranet/settings/csp.py), and the endpoint that report-to
    names.

    The admin's preview renders a page through the middleware a second time,
    on a stand-in request for the page's own address (Wagtail marks it
    `is_dummy`). That inner pass leaves the header alone: the outer, admin
    request sets it, so the preview frame may be framed by the admin.
    """

    def get_policy_parts(
        self, request: HttpRequest, response, report_only: bool = False
    ):
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.ADMIN_PATH_PREFIX)
        ):
            parts.config = default_config(
                settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            )
        return parts

    def process_response(self, request: HttpRequest, response):
        if getattr(request, "is_dummy", False):
            return response
        response = super().process_response(request, response)
        if settings.CSP_REPORT_URI and HEADER in response:
            response.headers.setdefault(
                "Reporting-Endpoints", f'csp="{settings.CSP_REPORT_URI}"'
            )
        return response


class SQLiteWritersWaitMiddleware:
    """On SQLite, a request that may write (POST and the like) takes the
    write lock when its transaction begins (BEGIN IMMEDIATE).

    A transaction that has read, then writes after another one committed,
    is refused at once with "database is locked": SQLite cannot wait for
    it. Two editors saving at once, or the admin's autosave beside an
    upload, failed so. Taking the lock first makes writers wait their turn
    (the connection's timeout). Reading requests stay DEFERRED: readers never
    wait (base settings).
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.method in SAFE_METHODS or connection.vendor != "sqlite":
            return self.get_response(request)
        with transaction_mode(connection, "IMMEDIATE"):
            return self.get_response(request)


class RememberedUserMiddleware(AuthenticationMiddleware):
    """Django's authentication middleware, with the signed-in user kept in
    the process until the site next changes (pages/common/caching/freshness.py):
    the user's query was a third of a page served from the cache. Their
    permissions come along.

    Kept per session's user, backend and password hash, so a changed password
    or a session signed out is looked up anew; a change to the account
    (groups, rights, deactivation) renews the generation.
    """

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: remembered_user(request))


def remembered_user(request: HttpRequest):
    session = request.session
    key = (
        session.get(auth.SESSION_KEY),
        session.get(auth.BACKEND_SESSION_KEY),
        session.get(auth.HASH_SESSION_KEY),
    )
    if None in key:
        return auth.get_user(request)
    return copy.copy(remembered_here(f"user:{key}", lambda: user_with_rights(request)))


def user_with_rights(request: HttpRequest):
    # Django keeps a user's permissions on the user object: loaded here, the
    # copies each request gets share them instead of asking again (two
    # queries on any page whose template checks `perms`).
    user = auth.get_user(request)
    user.get_all_permissions()
    return user
