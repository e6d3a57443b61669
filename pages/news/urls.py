"""The news feeds, all news or one service's, in Atom and RSS."""

from django.urls import path

from pages.news import feeds

urlpatterns = [
    path("feeds/news.atom", feeds.atom_feed, name="news_feed"),
    path("feeds/news.rss", feeds.rss_feed, name="news_feed_rss"),
    path("feeds/news/<slug:service>.atom", feeds.atom_feed, name="service_news_feed"),
    path("feeds/news/<slug:service>.rss", feeds.rss_feed, name="service_news_feed_rss"),
]
