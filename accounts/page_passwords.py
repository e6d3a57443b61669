"""Wagtail's page and document passwords ("Privacy: with a password"),
limited like sign-ins: after LOGIN_FAILURE_LIMIT wrong ones for one password
from one address, that address is paused for that password for
LOGIN_COOLOFF_MINUTES after the last. A right password for a page opens it in
every language whose version carries the same password.

The counts are kept in the cache (Redis, or the machine's file cache), which
every worker shares; while Redis is away, nothing is counted."""

import logging
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.documents.views.serve import (
    authenticate_with_password as wagtail_document_password,
)
from wagtail.models import Page, PageViewRestriction
from wagtail.views import authenticate_with_password as wagtail_page_password

from pages.common.addresses import client_address

logger = logging.getLogger("intranet.passwords")


def limited(kind, view, restriction_argument):
    """Wagtail's password view `view`, paused for an address after too many
    wrong passwords for one restriction (of `kind`, its id the URL's
    `restriction_argument`). Wagtail answers a right password with a redirect
    and a wrong one with its form again."""

    @wraps(view)
    def limited_view(request: HttpRequest, **kwargs):
        if request.method != "POST":
            return view(request, **kwargs)
        restriction_id = kwargs[restriction_argument]
        key = f"password-failures:{kind}:{restriction_id}:{client_address(request)}"
        if (cache.get(key) or 0) >= settings.AXES_FAILURE_LIMIT:
            return paused(request)
        response = view(request, **kwargs)
        if response.status_code != 302:
            count_failure(key, kind, restriction_id, request)
        return response

    return limited_view


def count_failure(key, kind, restriction_id, request: HttpRequest) -> None:
    seconds = settings.AXES_COOLOFF_TIME.total_seconds()
    cache.add(key, 0, seconds)
    try:
        failures = cache.incr(key) or 0
    except ValueError:  # gone in between: counted from the next one
        return
    cache.touch(key, seconds)
    if failures == settings.AXES_FAILURE_LIMIT:
        logger.warning(
            "Pausing %s password %s from %s after %s wrong passwords",
            kind,
            restriction_id,
            client_address(request),
            failures,
        )


def paused(request: HttpRequest) -> HttpResponse:
    return_url = request.POST.get("return_url", "")
    if not url_has_allowed_host_and_scheme(
        return_url, request.get_host(), request.is_secure()
    ):
        return_url = resolve_url(settings.LOGIN_REDIRECT_URL)
    minutes = round(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(
        request,
        "registration/password_paused.html",
        {"minutes": minutes, "return_url": return_url},
        status=429,
    )


def restrictions_sharing_the_password(restriction):
    """Password restrictions on the other language versions and aliases of
    `restriction`'s page that carry the same password (wagtail-localize
    copies a restriction to the translations)."""
    page = restriction.page
    versions = Page.objects.filter(
        Q(translation_key=page.translation_key)
        | Q(alias_of=page)
        | Q(pk=page.alias_of_id)
    )
    return PageViewRestriction.objects.filter(
        page__in=versions,
        restriction_type=PageViewRestriction.PASSWORD,
        password=restriction.password,
    ).exclude(pk=restriction.pk)


def opens_every_version(view):
    """Wagtail's page password view; a right password also passes the same
    password on the page's other versions, so that a reader is asked once,
    not once per language."""

    @wraps(view)
    def opening_view(request: HttpRequest, page_view_restriction_id, page_id):
        response = view(request, page_view_restriction_id, page_id)
        if request.method == "POST" and response.status_code == 302:
            restriction = PageViewRestriction.objects.select_related("page").get(
                pk=page_view_restriction_id
            )
            for other in restrictions_sharing_the_password(restriction):
                other.mark_as_passed(request)
        return response

    return opening_view


page_password = limited(
    "page", opens_every_version(wagtail_page_password), "page_view_restriction_id"
)
document_password = limited("document", wagtail_document_password, "restriction_id")
