from django.conf.urls.i18n import i18n_patterns
from django.urls import URLPattern, include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

import accounts.urls
from accounts import page_passwords
from accounts.views import site_login
from adapters.wagtail import serve_pattern
from intranet import views
from pages.common.caching import routes
from pages.common.translation import untranslated_notice
from pages.events.views import calendar_feed
from pages.help import views as help_views
from pages.news import feeds
from search import views as search_views

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

urlpatterns += i18n_patterns(
    path("", include(accounts.urls)),
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("help/", help_views.own_requests, name="help_requests"),
    path("help/ask/", help_views.ask, name="help_ask"),
    path("help/<int:pk>/", help_views.request_page, name="help_request"),
    path("help/time/", help_views.time_log, name="help_time_log"),
    path(
        "untranslated/<int:page_id>/",
        untranslated_notice,
        name="untranslated",
    ),
    path("feeds/news.atom", feeds.atom_feed, name="news_feed"),
    path("feeds/news.rss", feeds.rss_feed, name="news_feed_rss"),
    path("feeds/news/<slug:service>.atom", feeds.atom_feed, name="service_news_feed"),
    path("feeds/news/<slug:service>.rss", feeds.rss_feed, name="service_news_feed_rss"),
    path("feeds/events.ics", calendar_feed, name="events_calendar"),
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
