"""Personal subscription addresses for the news feeds and the calendar.

Feed readers and calendar programs cannot log in through the login page, so
each user gets a key of their own in the address (signed with SECRET_KEY). A
key stops working when the account is deactivated.
"""

from functools import wraps
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _

SALT = "intranet.subscriptions"


def subscription_key(user):
    # The same key every time: a feed reader keeps the address it was given.
    return signing.Signer(salt=SALT).sign(str(user.pk))


def user_for_key(key):
    try:
        pk = int(signing.Signer(salt=SALT).unsign(key))
    except (signing.BadSignature, ValueError):
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()


def subscription_url(request, path):
    """`path` with the requesting user's key, for copying into a feed reader."""
    return f"{path}?{urlencode({'key': subscription_key(request.user)})}"


def session_or_key_required(view):
    """Open to a logged-in user, or to anyone with a valid `key`."""

    @login_not_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
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
