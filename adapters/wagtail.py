"""Wagtail's internals the project follows.

Written for Wagtail 8.0.1; check the named code on an upgrade, then widen
UPSTREAM.
"""

from datetime import timedelta
from typing import Any

import requests
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.html import format_html
from urllib3.util import Timeout
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders import oembed
from wagtail.forms import PasswordViewRestrictionForm

# Follows `wagtail.signal_handlers.disable_reference_index_auto_update`: a
# context manager that stops the reference index from updating on every save
# (seed_demo rebuilds it once at the end instead).
from wagtail.signal_handlers import disable_reference_index_auto_update

# Follows `wagtail.users.views.users.CreateView` and `EditView`: the views the
# documented `UserViewSet` uses, extended so that the user form knows who is
# signed in (their `get_form_kwargs`).
from wagtail.users.views.users import CreateView as UserCreateView
from wagtail.users.views.users import EditView as UserEditView

# Follows `wagtail.users.views.users.IndexView` and `UserFilterSet`: the users
# list the documented `UserViewSet` uses, narrowed to the accounts someone may
# manage (its `get_base_queryset`) and the groups they may see.
from wagtail.users.views.users import IndexView as UserIndexView
from wagtail.users.views.users import UserFilterSet

UPSTREAM = {"wagtail": ">=8.0.1,<8.1"}

__all__ = [
    "OEmbedFinder",
    "UserCreateView",
    "UserEditView",
    "UserFilterSet",
    "UserIndexView",
    "ReadableDraftailRichTextArea",
    "bulk_action_choices",
    "disable_reference_index_auto_update",
    "embed_from_oembed",
    "pass_every_export_cell_through",
    "password_required_response",
    "remember_route",
    "remember_site",
    "serve_page",
    "serve_pattern",
]


def bulk_action_choices(action) -> dict[str, Any]:
    """What the person chose on a bulk action's confirmation form (the role
    to assign, say), as the `before_bulk_action` hook receives the action.

    Follows `wagtail.admin.views.bulk_action.BulkAction.form_valid`, which
    keeps the valid form as `cleaned_form` before running the hook.
    """
    return action.cleaned_form.cleaned_data


def password_required_response(request: HttpRequest, page, restriction) -> HttpResponse:
    """Wagtail's password form for `page`, asking for `restriction`'s
    password; once entered, the reader comes back to the page.

    Follows `wagtail.wagtail_hooks.check_view_restrictions`: the form posts
    to Wagtail's `wagtailcore_authenticate_with_password` view, which marks
    the restriction as passed in the session.
    """
    form = PasswordViewRestrictionForm(
        instance=restriction, initial={"return_url": request.get_full_path()}
    )
    action_url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]
    )
    response = page.serve_password_required_response(request, form, action_url)
    add_never_cache_headers(response)
    return response


# Follows `wagtail.urls.serve_pattern`, the pattern of every page's address,
# and `wagtail.views.serve`, the view that routes it. Wagtail's own views under
# `_util/` (where the password form posts) keep their addresses.
from wagtail.urls import serve_pattern as _serve_pattern  # noqa: E402
from wagtail.views import serve as serve_page  # noqa: E402

serve_pattern = _serve_pattern.replace("^", "^(?!_util/)", 1)


def remember_site(request: HttpRequest, site) -> None:
    """`site` as the request's own, as `Site.find_for_request` would keep it
    on the request (`request._wagtail_site`) after looking it up."""
    request._wagtail_site = site  # type: ignore[attr-defined]


def remember_route(request: HttpRequest, route) -> None:
    """`route` (page, args, kwargs, or None for a 404) as the request's route,
    as `Page.route_for_request` keeps it (`request._wagtail_route_for_request`):
    Wagtail's serve view then uses it instead of walking the tree."""
    request._wagtail_route_for_request = route  # type: ignore[attr-defined]


# Follows `wagtail.admin.views.mixins.SpreadsheetExportMixin`: every CSV and
# XLSX export of the admin (Wagtail's reports, listings and snippets, and the
# project's reports) writes each cell's value as `preprocess_field_value`
# gives it (after the view's own preprocessing) and each column's heading as
# `get_heading` gives it.
from wagtail.admin.views.mixins import SpreadsheetExportMixin  # noqa: E402


def pass_every_export_cell_through(cell) -> None:
    """Every export of the admin writes `cell(value)` for each value and
    heading it writes."""
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    heading = SpreadsheetExportMixin.get_heading

    def preprocess_field_value(self, field, value, export_format) -> Any:
        return cell(preprocess(self, field, value, export_format))

    def get_heading(self, queryset, field) -> Any:
        return cell(heading(self, queryset, field))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading


# Follows `wagtail.admin.rich_text.DraftailRichTextArea.value_from_datadict`,
# which reads the editor's JSON (Draftail's content state) into HTML and fails
# with a server error on anything else, and `DraftailRichTextArea` as the
# default of WAGTAILADMIN_RICH_TEXT_EDITORS. Django's form cleaning reads a
# widget's value inside its try for ValidationError
# (`Form._clean_fields`); rendering reads it again, outside any.
from django.core.exceptions import ValidationError  # noqa: E402
from django.utils.translation import gettext_lazy as _  # noqa: E402
from wagtail.admin.rich_text import DraftailRichTextArea  # noqa: E402


class ReadableDraftailRichTextArea(DraftailRichTextArea):
    """Draftail, answering text it cannot read (only a hand-written post sends
    that) with a message on the field rather than a server error; the stored
    text is kept."""

    unreadable = False  # one widget per form: Django copies them

    def value_from_datadict(self, data, files, name) -> Any:
        if self.unreadable:
            return None  # shown again as an empty editor, with the message
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError):
            self.unreadable = True
            raise ValidationError(
                _("The text could not be read: write it again."), code="unreadable"
            ) from None


# Follows `wagtail.embeds.finders.oembed.OEmbedFinder`: `_get_endpoint(url)`
# is the provider's endpoint for an address (None when no provider has it),
# `options` the parameters sent with every fetch, and `find_embed` returns the
# embed's fields as `embed_from_oembed` makes them. Its own fetch waits up to
# 10 s to connect and 10 s more for each read.
class OEmbedFinder(oembed.OEmbedFinder):
    """Wagtail's oEmbed finder with a deadline for the whole fetch."""

    def __init__(self, providers=None, options=None, *, timeout) -> None:
        super().__init__(providers=providers, options=options)
        self.timeout = timeout

    def find_embed(self, url, max_width=None, max_height=None) -> dict[str, Any]:
        endpoint = self._get_endpoint(url)
        if endpoint is None:
            raise EmbedNotFoundException
        params = {**self.options, "url": url, "format": "json"}
        if max_width:
            params["maxwidth"] = max_width
        if max_height:
            params["maxheight"] = max_height
        try:
            response = requests.get(
                endpoint,
                params=params,
                headers={"User-agent": "Mozilla/5.0"},
                # total: connecting and answering together, not each in turn;
                # requests hands a urllib3 Timeout on as it is.
                timeout=Timeout(total=self.timeout),  # type: ignore[arg-type]
            )
            response.raise_for_status()
            found = response.json()
        except (requests.RequestException, ValueError) as error:
            raise EmbedNotFoundException(f"Request failed: {error}") from error
        return embed_from_oembed(found)


def embed_from_oembed(found) -> dict[str, Any]:
    """Wagtail's embed fields from an oEmbed answer, as its own finder makes
    them."""
    if not isinstance(found, dict) or "type" not in found:
        raise EmbedNotFoundException("Missing 'type' in response")
    if found["type"] == "photo":
        html: str | None = format_html('<img src="{}" alt="">', found.get("url", ""))
    else:
        html = found.get("html")
    embed = {
        "title": found.get("title") or "",
        "author_name": found.get("author_name") or "",
        "provider_name": found.get("provider_name") or "",
        "type": found["type"],
        "thumbnail_url": found.get("thumbnail_url"),
        "width": found.get("width"),
        "height": found.get("height"),
        "html": html,
    }
    try:
        embed["cache_until"] = timezone.now() + timedelta(
            seconds=int(found["cache_age"])
        )
    except (KeyError, TypeError, ValueError):
        pass
    return embed
