"""Personal subscription addresses for the news feeds and the calendar.

Feed readers and calendar programs cannot log in through the login page, so
each user gets a key of their own in the address (signed with SECRET_KEY). A
key stops working when the account is deactivated, when its password changes,
and when its owner resets their keys in their settings.
"""

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.http import HttpRequest, HttpResponseForbidden
from django.http.response import HttpResponseBase
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from pages.common.caching import personal

SALT = "intranet.subscriptions"
# A view, as the decorator below receives and returns it.
ViewFunction = Callable[..., HttpResponseBase]


def subscription_key(user) -> str:
    # The same key every time (a feed reader keeps the address it was given)
    # until the password changes or the owner resets it.
    return signing.Signer(salt=SALT).sign(f"{user.pk}:{key_version(user)}")


def key_version(user) -> str:
    """Changes with the password hash and the owner's reset count."""
    profile = getattr(user, "staff_profile", None)
    resets = profile.feed_key_resets if profile else 0
    return salted_hmac(SALT, f"{user.password}:{resets}").hexdigest()[:16]


def user_for_key(key: str) -> User | None:
    try:
        pk, version = signing.Signer(salt=SALT).unsign(key).split(":")
        user = (
            get_user_model()
            .objects.select_related("staff_profile")
            .filter(pk=int(pk), is_active=True)
            .first()
        )
    except (signing.BadSignature, ValueError):
        return None
    if user is None or not constant_time_compare(version, key_version(user)):
        return None
    return user


def subscription_url(request: HttpRequest, path) -> str:
    """`path` with the requesting user's key, for copying into a feed reader;
    in a page that may be shared, the key's marker
    (pages/common/caching/personal.py)."""
    key = personal.marker(request, personal.FEED_KEY)
    return f"{path}?{urlencode({'key': key or subscription_key(request.user)})}"


def session_or_key_required(view: ViewFunction) -> ViewFunction:
    """Open to a logged-in user, or to anyone with a valid `key`."""

    @login_not_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponseBase:
        if not request.user.is_authenticated:
            key = request.GET.get("key")
            if not key:
                return redirect_to_login(request.get_full_path())
            user = user_for_key(key)
            if user is None:
                return HttpResponseForbidden(
                    _(
                        "This subscription address is no longer valid. Copy a "
                        "new one from the intranet."
                    ),
                    content_type="text/plain; charset=utf-8",
                )
            request.user = user
        return view(request, *args, **kwargs)

    return wrapper
