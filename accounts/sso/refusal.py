"""Why a single sign-on was refused, and what the reader is told."""

import logging

from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("intranet.sso")

# The reason is kept in the session between the callback and the page that
# explains it.
SESSION_KEY = "sso_refused"

MESSAGES = {
    "state": _(
        "The sign-in could not be finished: it was started too long ago or in "
        "another browser window. Please sign in again."
    ),
    "token": _(
        "The answer of the sign-in service could not be verified, so you were "
        "not signed in. Please try again; if it happens again, contact your IT "
        "service desk."
    ),
    "email": _(
        "Your account at the sign-in service has no e-mail address, which the "
        "intranet needs. Ask your IT service desk to add one."
    ),
    "unavailable": _(
        "The sign-in service does not answer just now. Please try again in a moment."
    ),
    "denied": _("The sign-in service did not sign you in."),
    "inactive": _("Your account on the intranet is closed."),
    "password": _(
        "Passwords are not used to sign in here: sign in with your "
        "organisation's account."
    ),
}
GENERIC_MESSAGE = _("Signing in did not succeed. Please try again.")


class SignInRefused(Exception):
    def __init__(self, reason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = str(detail)


def log_refusal(reason, detail) -> None:
    logger.warning("Single sign-on refused (%s): %s", reason, detail)


def message_for(reason):
    return MESSAGES.get(reason, GENERIC_MESSAGE)
