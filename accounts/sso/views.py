"""Signing in and out while single sign-on may be on: the site's and the
admin's login and logout views ask the provider when it is, and stay the
local ones when it is not."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.sso.provider import endpoint, sso_enabled
from accounts.sso.refusal import (
    SESSION_KEY,
    SignInRefused,
    log_refusal,
    message_for,
)


def sign_in(local_view):
    """The login view: the provider's sign-in when SSO is on, and no
    password taken (a break-glass administrator has a page of their own)."""

    @login_not_required
    @never_cache
    def view(request: HttpRequest, *args, **kwargs):
        if not sso_enabled():
            return local_view(request, *args, **kwargs)
        if request.method == "POST":
            return refuse_password(request)
        # Someone signed in who lacks a right (the admin's, say) is sent here
        # too: the provider would sign them in again and send them round.
        if request.user.is_authenticated:
            return local_view(request, *args, **kwargs)
        url = reverse("oidc_authentication_init")
        next_url = request.GET.get("next")
        if next_url:
            url += "?" + urlencode({"next": next_url})
        return HttpResponseRedirect(url)

    return view


def break_glass(local_view):
    """The password login of SSO_BREAK_GLASS_USERNAMES, there only while
    single sign-on is on and someone is named; Django's authentication lets
    no one else's password through (accounts/sso/passwords.py)."""

    @login_not_required
    @never_cache
    def view(request: HttpRequest, *args, **kwargs):
        if not sso_enabled() or not settings.SSO_BREAK_GLASS_USERNAMES:
            raise Http404
        return local_view(request, *args, **kwargs)

    return view


def refuse_password(request: HttpRequest):
    log_refusal("password", f"a password was posted to {request.path}")
    return render(
        request,
        "registration/sso_failed.html",
        {"message": message_for("password"), "sso_enabled": True},
        status=403,
    )


def sign_out(local_view):
    """The logout view: with SSO on, it also ends the provider's session
    (its end_session_endpoint, when it has one)."""

    @require_POST
    def view(request: HttpRequest, *args, **kwargs):
        if not sso_enabled():
            return local_view(request, *args, **kwargs)
        id_token = request.session.get("oidc_id_token")
        logout(request)
        return_to = request.build_absolute_uri(
            resolve_url(settings.LOGOUT_REDIRECT_URL)
        )
        try:
            end_session = endpoint("OIDC_OP_LOGOUT_ENDPOINT")
        except SignInRefused as refusal:
            # Signed out here; the provider's session ends on its own.
            log_refusal("unavailable", refusal.detail)
            end_session = ""
        if not end_session or not id_token:
            return HttpResponseRedirect(return_to)
        query = urlencode(
            {"id_token_hint": id_token, "post_logout_redirect_uri": return_to}
        )
        return HttpResponseRedirect(f"{end_session}?{query}")

    return view


@login_not_required
@never_cache
def sso_failed(request: HttpRequest):
    """Why the provider's sign-in was refused. It never starts a new sign-in
    by itself: a refusal would go round in a loop."""
    reason = request.session.pop(SESSION_KEY, "")
    return render(
        request,
        "registration/sso_failed.html",
        {"message": message_for(reason), "sso_enabled": sso_enabled()},
        status=403,
    )
