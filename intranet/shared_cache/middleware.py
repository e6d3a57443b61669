"""Whole pages from the shared cache, for signed-in readers.

A page a reader may open is kept under a key made of the site's generation,
the next moment time changes a page (pages/common/caching/freshness.py), the
address and what decides what this reader sees (readers.py). The personal
values in it are markers until it leaves (pages/common/caching/personal.py),
kept with the token they were drawn from. Kept only:

- for GET requests by a signed-in reader, with no message waiting for them;
- from Wagtail's page view and the search, when the view marked the request
  cacheable (pages/common/caching/cacheable.py): a page behind a password is
  never kept;
- for a 200 answer in HTML.

Anything the cache cannot do (down, full, unwritable) is a miss: the page is
rendered as if there were no cache.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from intranet.shared_cache import readers
from pages.common.caching import cacheable, freshness, personal, routes
from pages.common.subscriptions import subscription_key

logger = logging.getLogger(__name__)

# Wagtail remembers in the session the passwords a reader has entered.
PASSED_RESTRICTIONS = (
    PageViewRestriction.passed_view_restrictions_session_key,
    CollectionViewRestriction.passed_view_restrictions_session_key,
)


def feed_key(user):
    # A signature of the password hash and the reset count: the same until
    # either changes, and both renew the generation.
    return freshness.remembered_here(
        f"feed-key:{user.pk}", lambda: subscription_key(user)
    )


class SharedPageCacheMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        view = self.cacheable_view(request)
        if view is None:
            if request.method == "GET":
                routes.site_for(request)  # the host's site from memory
            return self.get_response(request)
        personal.use_markers(request)
        key = self.key(request)
        cached = self.read(key) if key else None
        if cached is not None:
            content, content_type, token = cached
            response = HttpResponse(content, content_type=content_type)
            cacheable.served_from_cache.send(sender=view, request=request)
        else:
            # Rendered afresh: the site for the host from memory, not a query.
            routes.site_for(request)
            response = self.get_response(request)
            token = personal.markers_token(request)
            if key and self.may_keep(request, response):
                self.write(key, (response.content, response["Content-Type"], token))
        if not response.streaming:
            response.content = personal.fill_in(
                request, response.content, token, feed_key
            )
        return response

    def cacheable_view(self, request: HttpRequest):
        """The URL name of the view, if its answer may come from the cache."""
        if request.method != "GET":
            return None
        try:
            name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if name not in settings.SHARED_PAGE_CACHE_VIEWS:
            return None  # before the session and the user are looked up
        if not request.user.is_authenticated:
            return None
        if len(getattr(request, "_messages", ())):
            return None  # the page shows them once, to this reader
        if any(key in request.session for key in PASSED_RESTRICTIONS):
            return None  # a password entered opens pages to this reader alone
        return name

    def key(self, request: HttpRequest):
        generation = freshness.generation()
        if generation is None:
            return None
        try:
            next_change = freshness.next_change(generation, timezone.now())
            reader = readers.reader_key(request.user)
        except Exception:
            logger.warning("Cache unavailable: page not cached", exc_info=True)
            return None
        scheme = "https" if request.is_secure() else "http"
        address = f"{scheme}://{request.get_host()}{request.get_full_path()}"
        # Hashed: an address may be longer than a cache key may be.
        address = hashlib.sha256(iri_to_uri(address).encode()).hexdigest()
        return f"page:{generation}:{next_change.timestamp():.0f}:{reader}:{address}"

    def may_keep(self, request: HttpRequest, response):
        return (
            cacheable.allowed(request)
            and response.status_code == 200
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.cookies  # a view that sets a cookie answers one reader
        )

    def read(self, key):
        try:
            kept = cache.get(key)
        except Exception:
            logger.warning("Cache unavailable: page not read", exc_info=True)
            return None
        # A page kept by an older release, without its markers' token, is
        # rendered again rather than served with markers nobody fills in.
        return kept if isinstance(kept, tuple) and len(kept) == 3 else None

    def write(self, key, value) -> None:
        try:
            cache.set(key, value, settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("Cache unavailable: page not kept", exc_info=True)
