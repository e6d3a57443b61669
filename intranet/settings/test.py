"""Test settings: the local ones, faster hashing, no outgoing email."""

import os
import tempfile
from urllib.parse import urlsplit, urlunsplit

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
# The file cache of the local default, in a folder of the test run's own
# (servers the tests start pass theirs in CACHE_DIR).
file_cache = CACHES["default"]["BACKEND"] == "adapters.django.cache.FileCache"  # noqa: F405
if file_cache and "CACHE_DIR" not in os.environ:
    CACHES["default"]["LOCATION"] = tempfile.mkdtemp(prefix="intranet-test-cache-")  # noqa: F405
# With REDIS_URL, each process of a parallel run (pytest-xdist's gw0, gw1, …)
# has a Redis database of its own, the Nth after REDIS_URL's: the tests empty
# the cache after each test, which empties the whole database, and another
# process's test would lose what it had just cached.
xdist_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if not file_cache and xdist_worker.startswith("gw"):
    redis_url = urlsplit(CACHES["default"]["LOCATION"])  # noqa: F405
    redis_database = int(redis_url.path.strip("/") or 0) + int(xdist_worker[2:])
    CACHES["default"]["LOCATION"] = urlunsplit(  # noqa: F405
        redis_url._replace(path=f"/{redis_database}")
    )
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
