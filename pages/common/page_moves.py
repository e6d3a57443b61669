"""A page moved out of a restricted subtree keeps its readers, unless the
editor chooses to open it.

Wagtail moves a page with everything below it and leaves the restrictions of
the pages above it behind: a page moved from a subtree shared with a group
to an open place was open to everyone at once, without a word. Here:

- the move view asks first when the move would lift a restriction: the page
  stays private (chosen unless the editor chooses otherwise) or opens to
  the readers of its new place;
- any other move that lifts a restriction (the bulk move, the admin API,
  code) keeps the page private too: it gets a restriction alike to each one
  lifted, as a copy does (pages/common/access.py), and the editor is told so;
- either way the move is logged in the page's history and in the log.
"""

import logging
import threading

from django.dispatch import receiver
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move, pre_page_move

from pages.common.access import (
    carry_restrictions,
    covering_restrictions,
    current_request,
    restrictions_lifted_by_move,
    restrictions_to_carry,
)

logger = logging.getLogger(__name__)

# Logged on the page moved (register_log_actions).
KEPT_ACTION = "pages.move_kept_private"
OPENED_ACTION = "pages.move_opened"
LOG_ACTIONS = {
    KEPT_ACTION: _("Moved out of a private page, kept private"),
    OPENED_ACTION: _("Moved out of a private page, opened to more readers"),
}

CONFIRM_TEMPLATE = "privacy/confirm_page_move.html"
# The move view's choice, and the value that opens the page.
PRIVACY_FIELD = "privacy"
OPEN = "open"
# Set on a request whose editor chose to open the page they move.
_OPENING_CHOSEN = "_page_move_opens"
# Set on a request to the restrictions its moves carried, to tell the editor.
_CARRIED = "_page_move_carried"

# The restrictions that covered each page being moved by this thread, from
# the signal before the move to the one after it.
_moving = threading.local()


def describe_readers(restriction) -> str:
    """Who a restriction lets in, for the editor."""
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        return ", ".join(sorted(group.name for group in restriction.groups.all()))
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        return str(_("a password"))
    return str(_("signed-in readers"))


def ask_before_opening(
    request: HttpRequest, page, destination
) -> TemplateResponse | None:
    """Wagtail's move view (before_move_page): a move that would lift a
    restriction shows the choice instead of Wagtail's confirmation; the
    choice posted is kept for the move."""
    if page.alias_of_id:
        return None  # an alias is covered through its source
    lifted = restrictions_lifted_by_move(page, destination)
    if not lifted:
        return None
    if request.method == "POST":
        setattr(request, _OPENING_CHOSEN, request.POST.get(PRIVACY_FIELD) == OPEN)
        return None
    return TemplateResponse(
        request,
        CONFIRM_TEMPLATE,
        {
            "page_to_move": page,
            "destination": destination,
            "readers": ", ".join(sorted({describe_readers(each) for each in lifted})),
            "privacy_field": PRIVACY_FIELD,
            "open": OPEN,
        },
    )


@receiver(pre_page_move)
def remember_what_covers(sender, instance, **kwargs) -> None:
    if instance.alias_of_id:
        return
    covering = getattr(_moving, "pages", {})
    covering[instance.pk] = covering_restrictions(instance)
    _moving.pages = covering


@receiver(post_page_move)
def keep_the_readers(
    sender, instance, parent_page_before, parent_page_after, **kw
) -> None:
    """The page keeps the readers it had, unless its editor chose to open
    it; either is logged."""
    covering = getattr(_moving, "pages", {}).pop(instance.pk, None)
    if not covering:
        return
    lifted = restrictions_to_carry(covering, instance)
    if not lifted:
        return  # moved within its restricted subtree, or to one alike
    request = current_request.get()
    user = getattr(request, "user", None)
    user = user if user is not None and user.is_authenticated else None
    opened = getattr(request, _OPENING_CHOSEN, False)
    data = {
        "source": {"id": parent_page_before.pk, "title": parent_page_before.title},
        "destination": {"id": parent_page_after.pk, "title": parent_page_after.title},
        "readers": sorted({describe_readers(each) for each in lifted}),
    }
    if opened:
        log(instance=instance, action=OPENED_ACTION, user=user, data=data)
        logger.warning(
            "Page %s moved out of a restricted page to %s by user %s and opened "
            "to more readers (restrictions %s no longer cover it)",
            instance.pk,
            parent_page_after.pk,
            getattr(user, "pk", None),
            [each.pk for each in lifted],
        )
        return
    carried = carry_restrictions(covering, instance, user)
    log(instance=instance, action=KEPT_ACTION, user=user, data=data)
    logger.info(
        "Page %s moved out of a restricted page to %s by user %s, kept private",
        instance.pk,
        parent_page_after.pk,
        getattr(user, "pk", None),
    )
    if request is not None:
        setattr(request, _CARRIED, [*carried_by_moves(request), *carried])


def carried_by_moves(request: HttpRequest) -> list[PageViewRestriction]:
    """The restrictions the request's moves gave the pages they moved."""
    return getattr(request, _CARRIED, [])
