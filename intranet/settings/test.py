"""Test settings: the local ones, faster hashing, no outgoing email."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# The live server used by browser tests serves the source static files.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Browser tests restore the seeded demo before each test (serialized
# rollback). They never open wagtail-localize's translation records or the
# redirects the seeding leaves, which are two fifths of its rows.
TEST_NON_SERIALIZED_APPS = ["wagtail_localize", "wagtailredirects"]
# The file cache of the local default, in a folder of the test run's own
# (servers the tests start pass theirs in CACHE_DIR).
file_cache = CACHES["default"]["BACKEND"] == "adapters.django.cache.FileCache"  # noqa: F405
if file_cache and "CACHE_DIR" not in os.environ:
    CACHES["default"]["LOCATION"] = tempfile.mkdtemp(prefix="intranet-test-cache-")  # noqa: F405
# Each search counted as it is made.
SEARCH_COUNT_SECONDS = 0
# On SQLite the test database is a file, not Django's shared in-memory one:
# the browser tests' live server answers the editor's concurrent requests
# (autosave, editing sessions, a chooser upload) in threads, and in memory
# they would all share one connection, so that one request's rollback could
# undo another's insert.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(
            tempfile.mkdtemp(prefix="intranet-test-db-"), "test.sqlite3"
        )
    }
