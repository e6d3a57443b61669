"""Passwords while single sign-on is on: closed to everyone but the
break-glass administrators of SSO_BREAK_GLASS_USERNAMES.

Closed in Django's authentication itself, so that every form that checks a
password (the site's, the admin's, Wagtail's page-privacy login, and any
added later) is closed alike; the views refuse a password's POST before it
gets here (accounts/sso/views.py)."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.http import HttpRequest

from accounts.sso.oidc import SignOnBackend
from accounts.sso.provider import sso_enabled
from pages.common.addresses import client_address

logger = logging.getLogger("intranet.sso")

SIGN_ON_BACKEND = f"{SignOnBackend.__module__}.{SignOnBackend.__qualname__}"


def may_use_password(username: str | None) -> bool:
    """Whether `username` may sign in with a password while single sign-on
    is on: an active superuser named in SSO_BREAK_GLASS_USERNAMES."""
    return bool(
        username
        and username in settings.SSO_BREAK_GLASS_USERNAMES
        and get_user_model()
        .objects.filter(username=username, is_superuser=True, is_active=True)
        .exists()
    )


class PasswordsClosedBackend:
    """Right after django-axes' check: with single sign-on on, a password of
    anyone but a break-glass administrator stops the sign-in before any
    backend checks it. django-axes counts the refusal as a failure, so that
    the address is paused as for a wrong password."""

    def authenticate(
        self, request: HttpRequest, username=None, password=None, **credentials
    ):
        if password is None or not sso_enabled() or may_use_password(username):
            return None
        raise PermissionDenied


@receiver(user_logged_in)
def log_password_sign_in(sender, request: HttpRequest, user, **kwargs) -> None:
    """Every password sign-in while single sign-on is on is a break-glass
    one: a warning, for whoever watches the logs."""
    if not sso_enabled() or getattr(user, "backend", "") == SIGN_ON_BACKEND:
        return
    logger.warning(
        "Password sign-in while single sign-on is on: %r (break-glass) from %s",
        user.get_username(),
        client_address(request) if request is not None else "-",
    )
