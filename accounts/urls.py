"""Signing in and out, and the reader's own settings.

`urlpatterns` sit under each language's prefix (/fi/login/);
`provider_patterns` under none: the provider knows the callback by one
address, and the admin signs in and out at its own."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import path
from wagtail.admin.views import account as wagtailadmin_account

from accounts.profile import staff_profile
from accounts.sso import views as sso_views
from accounts.sso.oidc import SignOnCallbackView, SignOnStartView
from accounts.views import break_glass_login, site_login

provider_patterns = [
    # Single sign-on (404 while it is off). The provider knows the callback
    # by this address, in every language.
    path(
        "oidc/authenticate/",
        login_not_required(SignOnStartView.as_view()),
        name="oidc_authentication_init",
    ),
    path(
        "oidc/callback/",
        login_not_required(SignOnCallbackView.as_view()),
        name="oidc_authentication_callback",
    ),
    # Before Wagtail's own: with SSO on, the admin signs in and out there too.
    path(
        "admin/login/",
        sso_views.sign_in(wagtailadmin_account.LoginView.as_view()),
        name="wagtailadmin_login",
    ),
    path(
        "admin/logout/",
        sso_views.sign_out(wagtailadmin_account.LogoutView.as_view()),
        name="wagtailadmin_logout",
    ),
]

urlpatterns = [
    path("login/", site_login, name="login"),
    path("login/password/", break_glass_login, name="break_glass_login"),
    path("login/refused/", sso_views.sso_failed, name="sso_failed"),
    path("logout/", sso_views.sign_out(auth_views.LogoutView.as_view()), name="logout"),
    path("profile/", staff_profile, name="staff_profile"),
]
