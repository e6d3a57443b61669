"""Personal feed and calendar addresses: the owner can renew them, and they
stop working after a password change or deactivation."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from pages.common.subscriptions import subscription_key
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

FEED = "/fi/feeds/news.atom"
CALENDAR = "/fi/feeds/events.ics"


def staff():
    return get_user_model().objects.get(username="staff")


def reads(key, url=FEED):
    return Client().get(f"{url}?key={key}").status_code == 200


def test_renewing_the_addresses_ends_the_old_ones():
    old = subscription_key(staff())
    assert reads(old) and reads(old, CALENDAR)

    client = client_for("staff")
    response = client.post("/fi/profile/", {"reset_feed_keys": "1"}, follow=True)
    assert "osoitteesi uusittiin" in response.content.decode()

    new = subscription_key(staff())
    assert new != old
    assert not reads(old) and not reads(old, CALENDAR)
    assert reads(new) and reads(new, CALENDAR)
    refused = Client().get(f"{FEED}?key={old}")
    assert refused.status_code == 403
    assert "ei ole enää voimassa" in refused.content.decode()


def test_renewing_works_before_any_settings_were_saved():
    user = get_user_model().objects.create_user("newcomer", password="x" * 12)
    old = subscription_key(user)
    client = Client()
    client.force_login(user)
    client.post("/fi/profile/", {"reset_feed_keys": "1"})
    user.refresh_from_db()
    assert not reads(old)
    assert reads(subscription_key(user))


def test_a_password_change_ends_the_addresses():
    user = staff()
    old = subscription_key(user)
    user.set_password("a new password for staff")
    user.save()
    assert not reads(old)
    assert reads(subscription_key(user))


def test_a_deactivated_account_reads_nothing():
    user = staff()
    key = subscription_key(user)
    user.is_active = False
    user.save()
    assert not reads(key) and not reads(key, CALENDAR)


def test_the_settings_page_offers_the_renewal_in_the_readers_language():
    html = client_for("staff").get("/sv/profile/").content.decode()
    assert "Förnya mina adresser" in html
