from django.conf.urls.i18n import i18n_patterns
from django.urls import URLPattern, include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

import accounts.urls
import pages.events.urls
import pages.help.urls
import pages.news.urls
import search.urls
from accounts import page_passwords
from accounts.views import site_login
from adapters.wagtail import serve_pattern
from intranet import views
from pages.common.caching import routes
from pages.common.translation import untranslated_notice

handler500 = views.server_error


def with_views(patterns, **views):
    """Wagtail's URL patterns with the views named replaced by the site's:
    its login and its page and document password forms, at their addresses
    and under their names."""
    return [
        URLPattern(
            pattern.pattern, views[pattern.name], pattern.default_args, pattern.name
        )
        if pattern.name in views
        else pattern
        for pattern in patterns
    ]


urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    # Single sign-on, and the admin's sign-in before Wagtail's own.
    path("", include(accounts.urls.provider_patterns)),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "documents/",
        include(
            with_views(
                wagtaildocs_urls.urlpatterns,
                wagtaildocs_authenticate_with_password=page_passwords.document_password,
            )
        ),
    ),
    re_path(r"^media/(?P<path>.+)$", views.serve_media, name="media"),
]

# Each section's addresses are in its urls.py.
urlpatterns += i18n_patterns(
    path("", include(accounts.urls)),
    path("", include(search.urls)),
    path("", include(pages.help.urls)),
    path("", include(pages.news.urls)),
    path("", include(pages.events.urls)),
    path(
        "untranslated/<int:page_id>/",
        untranslated_notice,
        name="untranslated",
    ),
    # Wagtail's page tree comes last: it answers every other path, its pages
    # found through the route cache (pages/common/caching/routes.py).
    re_path(serve_pattern, routes.serve, name="wagtail_serve"),
    path(
        "",
        include(
            with_views(
                wagtail_urls.urlpatterns,
                wagtailcore_login=site_login,
                wagtailcore_authenticate_with_password=page_passwords.page_password,
            )
        ),
    ),
)
