import shutil
from collections.abc import Callable

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connections
from django.test import Client, override_settings

from demo.loader import seed
from tests.seeded import SeededCopy


@pytest.fixture(scope="session")
def seeded_media(tmp_path_factory):
    """Where the demo's drawn pictures are stored when it is seeded."""
    return tmp_path_factory.mktemp("seeded-media")


# What puts the seeded database back (tests/seeded.py), and whether the test
# that just ended committed, so that it is put back before the next one.
RESTORE_SEEDED = pytest.StashKey[Callable[[], None]]()
RESTORE_BEFORE_NEXT_TEST = pytest.StashKey[bool]()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, seeded_media, request):
    """The demo network, seeded once in each test process (each pytest-xdist
    worker has a database of its own): each test runs in a transaction on top.

    Tests that commit for real (transaction=True, a live server) end with
    the database emptied; the seeded copy is put back before the next test.
    """
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=seeded_media):
        seed()
        copy = SeededCopy(connections["default"])

    def restore():
        with django_db_blocker.unblock():
            copy.restore()

    request.config.stash[RESTORE_SEEDED] = restore
    yield
    del request.config.stash[RESTORE_SEEDED]
    with django_db_blocker.unblock():
        copy.drop()


def commits(item):
    """Whether the test commits to the database, as pytest-django decides."""
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        COMMITTING_FIXTURES & set(item.fixturenames)
    )


COMMITTING_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item):
    if commits(item) and RESTORE_SEEDED in item.config.stash:
        item.config.stash[RESTORE_BEFORE_NEXT_TEST] = True


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # Before the test's fixtures: none of its transactions is open yet.
    stash = item.config.stash
    if stash.get(RESTORE_BEFORE_NEXT_TEST, False) and RESTORE_SEEDED in stash:
        stash[RESTORE_SEEDED]()
    stash[RESTORE_BEFORE_NEXT_TEST] = False


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
