import shutil

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connections
from django.test import Client, override_settings

from demo.loader import seed
from tests.adapters.django import keep_as_test_snapshot


@pytest.fixture(scope="session")
def seeded_media(tmp_path_factory):
    """Where the demo's drawn pictures are stored when it is seeded."""
    return tmp_path_factory.mktemp("seeded-media")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, seeded_media):
    """The demo network, seeded once: each test runs in a transaction on top.

    Tests with a live server (browser tests) commit for real and the database
    is emptied after each; they are marked serialized_rollback, which loads
    this snapshot of the seeded database back before they start.
    """
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=seeded_media):
        seed()
        keep_as_test_snapshot(connections["default"])


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path_factory, seeded_media):
    # Each test gets its own copy of the demo's pictures (a few small files),
    # so renditions of demo photos work and no test sees another's uploads;
    # outside tmp_path, which some tests list.
    media = tmp_path_factory.mktemp("media")
    shutil.copytree(seeded_media, media, dirs_exist_ok=True)
    settings.MEDIA_ROOT = media


@pytest.fixture(autouse=True)
def empty_caches():
    # Wagtail caches renditions by image id, and ids come round again after
    # each test's rollback on SQLite.
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def uncached_pages(settings):
    """Pages rendered every time, as on a cache miss: for tests that count
    what a render costs."""
    settings.SHARED_PAGE_CACHE_VIEWS = set()


def client_for(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def staff_client(db):
    return client_for("staff")


@pytest.fixture
def editor_client(db):
    return client_for("editor")


@pytest.fixture
def admin_client(db):
    return client_for("admin")


@pytest.fixture
def mentor_client(db):
    return client_for("mentor")
