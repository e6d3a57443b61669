"""What the site answers a signed-in reader, or a feed reader with its key,
is theirs: no shared cache (a proxy between the reader and the site) may
keep it and hand it to someone else. Only the reader's own browser may."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation

from pages.common.subscriptions import subscription_key
from pages.factories import EventPageFactory
from pages.models import MentorPage, Service

pytestmark = pytest.mark.django_db


def directives(response):
    return {
        part.strip().lower() for part in response.get("Cache-Control", "").split(",")
    }


def feed_addresses():
    service = Service.objects.filter(locale__language_code="fi").first()
    with translation.override("fi"):
        return [
            reverse("news_feed"),
            reverse("news_feed_rss"),
            reverse("service_news_feed", args=[service.slug]),
            reverse("service_news_feed_rss", args=[service.slug]),
            reverse("events_calendar"),
        ]


def signed_in_addresses():
    mentor = MentorPage.objects.live().filter(locale__language_code="fi").first()
    event = EventPageFactory()
    return [
        "/fi/search/suggest/?q=te",
        "/fi/search/suggest/?q=x",
        *feed_addresses(),
        f"{event.url}ics/",
        f"{mentor.url}vcard/",
    ]


def test_every_answer_to_a_signed_in_reader_stays_out_of_shared_caches(staff_client):
    for address in signed_in_addresses():
        response = staff_client.get(address)
        assert response.status_code == 200, address
        assert {"private", "no-store"} <= directives(response), address
        assert "Cookie" in response.get("Vary", ""), address


def test_a_feed_read_with_a_key_stays_out_of_shared_caches():
    key = subscription_key(get_user_model().objects.get(username="staff"))
    for address in feed_addresses():
        response = Client().get(address, {"key": key})
        assert response.status_code == 200, address
        assert {"private", "no-store"} <= directives(response), address
