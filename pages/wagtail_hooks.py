"""What the `pages` app adds to Wagtail: restrictions that cover a page's
translations, aliases and copies, the notice for untranslated pages, which
pages the shared cache keeps, what the choosers offer
(pages/common/choosers.py), the permission policies that keep the admin's
lists to what each person may see (pages/common/admin_access.py,
pages/common/collection_privacy.py), the organisation snippets, the reports
and the limits on managing people. The views live in their sections
(pages/mentors/admin_views.py, pages/guides/admin_views.py) and in
accounts/users/."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import AbstractPage, Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from adapters.wagtail import bulk_action_choices, password_required_response
from pages.common import page_moves
from pages.common.access import (
    carry_restrictions,
    copied_pages,
    covering_restrictions,
    is_open,
    shut_out_by_groups,
    unpassed_password_elsewhere,
    unpassed_password_of_other_versions,
)
from pages.common.admin_access import VisiblePagesPolicy
from pages.common.caching import cacheable
from pages.common.choosers import (
    choosable_collection_items,
    choosable_pages,
    refuse_unchoosable_parent,
)
from pages.common.collection_privacy import (
    OPENED_ACTION,
    PrivateCollectionsPolicy,
    opens_to_more_readers,
)
from pages.common.editor_links import DOCUMENT_LINK_CONVERSION
from pages.common.page_moves import describe_readers
from pages.common.private_media import ReaderDocumentLinkHandler
from pages.common.translation import is_untranslated_alias, render_untranslated_notice
from pages.common.user_rules import may_grant, may_manage
from pages.guides.admin_views import GuidesDueForReviewReportView
from pages.help.admin_views import FeedbackReportView, TimeReportView
from pages.mentors.admin_views import (
    OrganisationGroup,
    ServiceViewSet,
    StaleProfilesReportView,
)

# Before any admin view asks for them. For the exact classes: those win over
# the documents' and images' apps' own, whichever registers last.
register_permission_policy(AbstractPage, VisiblePagesPolicy(Page))
for collected in (Document, Image):
    register_permission_policy(
        collected,
        PrivateCollectionsPolicy(
            collected,
            auth_model=collected._meta.label,
            owner_field_name="uploaded_by_user",
        ),
        exact_class=True,
    )


# Before Wagtail's own check, which would ask a signed-in reader to sign in
# as someone else; anonymous readers still get the login page from it.
@hooks.register("before_serve_page", order=-1)
def refuse_signed_in_reader_outside_the_group(
    page, request: HttpRequest, serve_args, serve_kwargs
):
    if request.user.is_authenticated and shut_out_by_groups(request, page):
        raise PermissionDenied  # the site's own 403.html, in the reader's language
    return None


# A password on the Finnish page, or a page above it, asks for itself on
# its translations too; Wagtail then asks for the page's own passwords.
@hooks.register("before_serve_page", order=-1)
def ask_for_the_password_of_other_versions(
    page, request: HttpRequest, serve_args, serve_kwargs
):
    restriction = unpassed_password_of_other_versions(request, page)
    if restriction is None:
        return None
    return password_required_response(request, page, restriction)


# After Wagtail's own check: a password above the page an alias stands for
# (which Wagtail does not look for), once no other password is asked.
@hooks.register("before_serve_page", order=1)
def ask_for_the_password_above_the_source(
    page, request: HttpRequest, serve_args, serve_kwargs
):
    restriction = unpassed_password_elsewhere(request, page)
    if restriction is None:
        return None
    return password_required_response(request, page, restriction)


@hooks.register("before_serve_page")
def notice_instead_of_untranslated_alias(
    page, request: HttpRequest, serve_args, serve_kwargs
):
    if is_untranslated_alias(page):
        return render_untranslated_notice(request, page)
    return None


# Last, once every other hook has let the page through: a page the reader's
# kind may open is kept for them (pages/common/caching/); one that opened to a
# password this reader entered is not.
@hooks.register("before_serve_page", order=100)
def keep_for_readers_alike(
    page, request: HttpRequest, serve_args, serve_kwargs
) -> None:
    if is_open(request, page):
        cacheable.allow(request)


# Wagtail copies a page's own restrictions, and none when the new place has
# one of any kind: a copy made out of a restricted subtree would be open to
# everyone, or to another group. It keeps its source's readers instead, and
# the editor is told so (the copy's history logs each restriction).
@hooks.register("after_copy_page")
def keep_the_readers_of_a_copy(request: HttpRequest, page, new_page) -> None:
    if new_page.alias_of_id:
        return  # an alias is covered through its source
    carried = []
    for source, copy in copied_pages(page, new_page):
        carried += carry_restrictions(covering_restrictions(source), copy, request.user)
    tell_of_carried_restrictions(request, carried)


# An alias is covered through its source; made into a page of its own it
# keeps its source's readers, as a copy does.
@hooks.register("before_convert_alias_page")
def remember_the_aliass_readers(request: HttpRequest, page) -> None:
    request.restrictions_before_conversion = covering_restrictions(page)


@hooks.register("after_convert_alias_page")
def keep_the_readers_of_a_converted_alias(request: HttpRequest, page) -> None:
    carried = carry_restrictions(
        request.restrictions_before_conversion, page, request.user
    )
    tell_of_carried_restrictions(request, carried)


def tell_of_carried_restrictions(request: HttpRequest, carried) -> None:
    if not carried:
        return
    readers = ", ".join(sorted({describe_readers(each) for each in carried}))
    messages.warning(
        request,
        _(
            "The new page is private like the page it came from (%(readers)s). "
            "Change this under Privacy if it is meant for more readers."
        )
        % {"readers": readers},
    )


# Moving a page out of a restricted subtree asks first in the move view, and
# keeps the page's readers unless the editor opens it (pages/common/page_moves.py).
@hooks.register("before_move_page")
def ask_before_opening_a_moved_page(request: HttpRequest, page, destination):
    return page_moves.ask_before_opening(request, page, destination)


@hooks.register("after_move_page")
def tell_of_a_moved_page_kept_private(request: HttpRequest, page) -> None:
    tell_of_moved_pages_kept_private(request)


@hooks.register("after_bulk_action")
def tell_of_bulk_moved_pages_kept_private(
    request: HttpRequest, action_type, objects, action
) -> None:
    if action_type == "move":
        tell_of_moved_pages_kept_private(request)


def tell_of_moved_pages_kept_private(request: HttpRequest) -> None:
    carried = page_moves.carried_by_moves(request)
    if not carried:
        return
    readers = ", ".join(sorted({describe_readers(each) for each in carried}))
    messages.warning(
        request,
        _(
            "The moved page stays private as it was (%(readers)s). Change this "
            "under Privacy if it is meant for the readers of its new place."
        )
        % {"readers": readers},
    )


# After wagtail.documents' own hook, whose handlers these replace: a
# rich-text link to a document the reader may not open has no address, on
# the site, and names no file in the editor.
@hooks.register("register_rich_text_features", order=1)
def link_documents_for_the_reader(features) -> None:
    features.register_link_type(ReaderDocumentLinkHandler)
    features.register_converter_rule(
        "contentstate", "document-link", DOCUMENT_LINK_CONVERSION
    )


@hooks.register("construct_page_chooser_queryset")
def choose_among_pages_one_may_read(pages, request: HttpRequest):
    refuse_unchoosable_parent(request)
    return choosable_pages(request, pages)


@hooks.register("construct_document_chooser_queryset")
@hooks.register("construct_image_chooser_queryset")
def choose_among_documents_one_may_open(items, request: HttpRequest):
    return choosable_collection_items(request, items)


register_snippet(OrganisationGroup)
register_snippet(ServiceViewSet)


# (url path, url name, view)
REPORTS = [
    (
        "reports/stale-mentor-profiles/",
        "stale_mentor_profiles",
        StaleProfilesReportView,
    ),
    (
        "reports/guides-due-for-review/",
        "guides_due_for_review",
        GuidesDueForReviewReportView,
    ),
    ("reports/help-feedback/", "help_feedback_report", FeedbackReportView),
    ("reports/mentoring-time/", "help_time_report", TimeReportView),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for url, name, view in REPORTS:
        urls += [
            path(url, view.as_view(), name=name),
            path(
                f"{url}results/",
                view.as_view(results_only=True),
                name=f"{name}_results",
            ),
        ]
    return urls


class ReportMenuItem(MenuItem):
    """A report shown to those its view lets in."""

    def __init__(self, *args, view, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.view = view

    def is_shown(self, request: HttpRequest):
        return self.view.may_use(request.user)


@hooks.register("register_reports_menu_item")
def stale_profiles_menu_item():
    return ReportMenuItem(
        _("Out-of-date mentor profiles"),
        reverse("stale_mentor_profiles"),
        icon_name="warning",
        order=700,
        view=StaleProfilesReportView,
    )


@hooks.register("register_reports_menu_item")
def guides_due_for_review_menu_item():
    return ReportMenuItem(
        _("Guides due for review"),
        reverse("guides_due_for_review"),
        icon_name="help",
        order=701,
        view=GuidesDueForReviewReportView,
    )


class ModelViewersMenuItem(MenuItem):
    """A report shown to those who may view its model's rows."""

    def __init__(self, *args, permission, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request: HttpRequest):
        return request.user.has_perm(self.permission)


@hooks.register("register_reports_menu_item")
def help_feedback_menu_item():
    return ModelViewersMenuItem(
        _("Help feedback"),
        reverse("help_feedback_report"),
        icon_name="comment",
        order=702,
        permission="pages.view_helpfeedback",
    )


@hooks.register("register_reports_menu_item")
def mentoring_time_menu_item():
    return ModelViewersMenuItem(
        _("Mentoring time"),
        reverse("help_time_report"),
        icon_name="time",
        order=703,
        permission="pages.view_timeentry",
    )


@hooks.register("before_edit_user")
@hooks.register("before_delete_user")
def refuse_accounts_outside_the_network(request: HttpRequest, user):
    # Editing someone's account (their password, e-mail) is signing in as
    # them: a coordinator stops at the network's people.
    if not may_manage(request.user, user):
        raise PermissionDenied


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions) -> None:
    actions.register_action(
        OPENED_ACTION,
        _("Moved out of a private collection"),
        _("Moved out of a private collection"),
    )
    for action, label in page_moves.LOG_ACTIONS.items():
        actions.register_action(action, label, label)


# The bulk move has no place to confirm it: items of a private collection are
# moved one at a time, from their own edit page.
@hooks.register("before_bulk_action")
def move_private_items_one_by_one(request: HttpRequest, action_type, objects, action):
    if action_type != "add_to_collection" or action.model not in (Document, Image):
        return None
    target = bulk_action_choices(action).get("collection")
    if target is None or not any(
        opens_to_more_readers(item.collection, target) for item in objects
    ):
        return None
    messages.error(
        request,
        _(
            "Some of these are in a private collection, and %(collection)s is "
            "open to more readers. Move them one at a time from their own "
            "page, where you can confirm it."
        )
        % {"collection": target.name},
    )
    return redirect(action.next_url)


@hooks.register("before_bulk_action")
def keep_bulk_user_actions_within_the_network(
    request: HttpRequest, action_type, objects, action
):
    # The users' bulk actions check only change_user: a coordinator could
    # otherwise deactivate an administrator or assign any group to anyone.
    if action.model is not get_user_model():
        return None
    role = bulk_action_choices(action).get("role")
    if all(may_manage(request.user, person) for person in objects) and (
        role is None or may_grant(request.user, role)
    ):
        return None
    messages.error(
        request,
        _(
            "You can manage only accounts and groups of the network: not "
            "administrators, and not groups such as Editors."
        ),
    )
    return redirect("wagtailusers_users:index")
