"""A reader's own values in pages shared by many readers.

While a page is rendered, its personal values are markers: the signed-in
name, the CSRF token of its forms, the key of personal feed addresses. As
the response leaves (from the cache or not), `fill_in` replaces each marker
with the value of the reader it is for. So a cached page holds nobody's
name, token or key, and a form posted from it passes CSRF.

Each rendering draws markers of its own, from a random token that a kept
page keeps beside it: no text saved before (a mentor's bio, a Teams link, a
news item), nor a query string a reader was sent, can hold them, so values
are only ever filled in where the site put them.

Markers are plain ASCII, unchanged by HTML escaping and URL encoding.
"""

import secrets
from typing import Any
from urllib.parse import quote_plus

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.html import escape

# What a marker stands for.
NAME = "name"
CSRF_TOKEN = "csrf"
FEED_KEY = "feed-key"

_TOKEN = "_personal_markers_token"


def use_markers(request: HttpRequest) -> None:
    """Personal values in what is rendered for `request` are markers from
    now on, with a token drawn for this rendering."""
    setattr(request, _TOKEN, secrets.token_hex(16))


def markers_token(request: HttpRequest) -> str | None:
    """The token of the request's markers, or None when it has none."""
    return getattr(request, _TOKEN, None)


def marker(request: HttpRequest, value) -> str | None:
    """The marker that stands for `value` (NAME, CSRF_TOKEN, FEED_KEY) in
    what is rendered for `request`, or None when its values go in as they
    are."""
    token = markers_token(request)
    return None if token is None else _marker(token, value)


def _marker(token, value) -> str:
    return f"personal-{token}-{value}"


def keep_private(response: HttpResponse) -> HttpResponse:
    """`response`, which depends on who asked (their session or their feed
    key), marked so that no shared cache keeps it for anyone else."""
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ["Cookie"])
    return response


def signed_in_name(user) -> str:
    return user.get_full_name() or user.get_username()


def context(request: HttpRequest) -> dict[str, Any]:
    """Context processor: the signed-in name and the CSRF token, as markers
    when the response is filled in on its way out."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if markers_token(request) is None:
        return {"signed_in_name": signed_in_name(user)}
    return {
        "signed_in_name": marker(request, NAME),
        "csrf_token": marker(request, CSRF_TOKEN),
    }


def fill_in(request: HttpRequest, content: bytes, token: str | None, key_of) -> bytes:
    """`content` (bytes), rendered with the markers of `token`, with those
    markers replaced by the request's reader's values; `key_of(user)` gives a
    feed key."""
    if token is None or _marker(token, "").encode() not in content:
        return content
    values = {
        NAME: lambda: escape(signed_in_name(request.user)),
        CSRF_TOKEN: lambda: get_token(request),
        # The key's marker stands in a query string (urlencode).
        FEED_KEY: lambda: quote_plus(key_of(request.user)),
    }
    for value, personal_value in values.items():
        marked = _marker(token, value).encode()
        if marked in content:
            content = content.replace(marked, personal_value().encode())
    return content
