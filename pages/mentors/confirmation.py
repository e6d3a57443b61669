"""A mentor confirms, in one click on their own profile, that its details
are still current: the directory and the finder then stop marking it as
possibly out of date, and coordinators' report of stale profiles drops it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _


def source_of(page):
    """The page whose revisions hold the profile (an alias shows another's)."""
    return page.alias_of.specific if page.alias_of_id else page


def confirm_details(request: HttpRequest, page):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    profile = source_of(page)
    if not profile.permissions_for_user(request.user).is_own_profile():
        raise PermissionDenied
    if profile.has_unpublished_changes:
        # Publishing the live version now would set the draft aside: the
        # mentor publishes the draft instead, which confirms it too.
        messages.warning(
            request,
            _(
                "Your profile has changes that are not published yet. Publish "
                "them in the editor: that confirms your details too."
            ),
        )
        return redirect("wagtailadmin_pages:edit", profile.pk)
    # A revision of the mentor's own makes the date (MentorPage.save_revision)
    # and leaves a trace in the page's history.
    profile.save_revision(user=request.user, log_action=True).publish(user=request.user)
    # The date is a synchronised field: its translations carry it at once
    # rather than at their next synchronisation.
    type(profile).objects.filter(translation_key=profile.translation_key).update(
        last_confirmed=timezone.localdate()
    )
    messages.success(request, _("Thank you: your details are confirmed as current."))
    return redirect(page.get_url(request))
