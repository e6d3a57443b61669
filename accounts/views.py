"""The site's login views: the form (the site's own, and Wagtail's for its
page privacy, intranet/urls.py) and the break-glass administrators'."""

from django.contrib.auth import views as auth_views

from accounts.forms import LoginForm
from accounts.sso import views as sso_views

# The site's login form; Wagtail's own (`wagtailcore_login`, where its page
# privacy sends readers) is the same, so that no form bypasses this one.
site_login = sso_views.sign_in(
    auth_views.LoginView.as_view(
        authentication_form=LoginForm, redirect_authenticated_user=True
    )
)

break_glass_login = sso_views.break_glass(
    auth_views.LoginView.as_view(
        authentication_form=LoginForm, redirect_authenticated_user=True
    )
)
