"""A new release in front of the shared cache the previous one filled.

The cache keeps pickled objects of the project's classes (each page
restriction's reach, names in a language). A release that moves such a
class cannot unpickle what the previous release kept, so each release that
does reads values of its own cache version only (settings CACHES VERSION).
"""

import sys
import types
from typing import NamedTuple

import pytest
from django.core.cache import cache

from pages.common.caching import freshness

pytestmark = pytest.mark.django_db

# Where the previous release kept the class of a restriction's reach.
# Not the module it lives in now: putting that module aside would leave the
# running site a second copy of the class, which no longer pickles.
PREVIOUS_MODULE = "pages.access"


def kept_by_the_previous_release(key, version=1):
    """A value of a class from a module this release no longer has, kept
    under `key` as the previous release kept it (Django's default version)."""
    module = types.ModuleType(PREVIOUS_MODULE)

    class Reach(NamedTuple):
        kind: str
        page_id: int
        translation_key: object
        paths: list

    Reach.__module__, Reach.__qualname__ = PREVIOUS_MODULE, "Reach"
    module.Reach = Reach
    sys.modules[PREVIOUS_MODULE] = module
    try:
        cache.set(key, {1: Reach("groups", 1, None, ["0001"])}, version=version)
    finally:
        del sys.modules[PREVIOUS_MODULE]


def test_pages_open_over_the_values_the_previous_release_kept(staff_client):
    kept_by_the_previous_release(f"restriction-reach:{freshness.generation()}")

    assert staff_client.get("/fi/").status_code == 200
