"""A reader's own values in pages shared by many readers.

While a page is rendered, its personal values are markers: the signed-in
name, the CSRF token of its forms, the key of personal feed addresses. As
the response leaves (from the cache or not), `fill_in` replaces each marker
with the value of the reader it is for. So a cached page holds nobody's
name, token or key, and a form posted from it passes CSRF.

Markers are plain ASCII, unchanged by HTML escaping and URL encoding.
"""

from urllib.parse import quote_plus

from django.middleware.csrf import get_token
from django.utils.html import escape

NAME = "personal-7f3a-name"
CSRF_TOKEN = "personal-7f3a-csrf"
FEED_KEY = "personal-7f3a-feed-key"

_MARKING = "_personal_markers"


def use_markers(request):
    setattr(request, _MARKING, True)


def uses_markers(request):
    return getattr(request, _MARKING, False)


def signed_in_name(user):
    return user.get_full_name() or user.get_username()


def context(request):
    """Context processor: the signed-in name and the CSRF token, as markers
    when the response is filled in on its way out."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if not uses_markers(request):
        return {"signed_in_name": signed_in_name(user)}
    return {"signed_in_name": NAME, "csrf_token": CSRF_TOKEN}


def fill_in(request, content, key_of):
    """`content` (bytes) with the markers replaced by the request's reader's
    values; `key_of(user)` gives a feed key."""
    if b"personal-7f3a-" not in content:
        return content
    values = {
        NAME: lambda: escape(signed_in_name(request.user)),
        CSRF_TOKEN: lambda: get_token(request),
        # The key's marker stands in a query string (urlencode).
        FEED_KEY: lambda: quote_plus(key_of(request.user)),
    }
    for marker, value in values.items():
        marker = marker.encode()
        if marker in content:
            content = content.replace(marker, value().encode())
    return content
