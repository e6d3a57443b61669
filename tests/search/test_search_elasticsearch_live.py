"""The Elasticsearch backend against a real cluster: run with ELASTICSEARCH_URL.

The indexes are built under their own prefix and deleted afterwards.
"""

import logging
import os

import pytest
from django.core.management import call_command
from django.utils import translation
from modelsearch.backends import get_search_backend

from pages.factories import StandardPageFactory
from pages.models import HomePage, StandardPage

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"), reason="needs ELASTICSEARCH_URL"
    ),
    pytest.mark.django_db,
]

# Each process of a parallel run (pytest-xdist) builds and deletes its own.
PREFIX = f"digimentor-test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"


@pytest.fixture
def backend(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": PREFIX,
            "TIMEOUT": 10,
            "RAUDIKKO": os.environ.get("ELASTICSEARCH_RAUDIKKO") == "1",
        },
        "database": settings.SEARCH_DATABASE_BACKEND,
    }
    call_command("update_index", backend_name="default", verbosity=0)
    backend = get_search_backend("default")
    yield backend
    es = backend.es.options(request_timeout=60)
    es.indices.delete(index=",".join(es.indices.get(index=f"{PREFIX}-*")))


def titles(backend, query_string, language):
    with translation.override(language):
        results = backend.search(query_string, StandardPage.objects.live())
        return [page.title for page in results]


def test_each_page_is_found_in_its_own_language_only(backend, caplog):
    StandardPageFactory(title="Kokous siirtyy torstaihin")
    StandardPageFactory(
        parent=HomePage.objects.get(locale__language_code="sv"),
        title="Mötet flyttas till torsdag",
    )
    backend.refresh_indexes()

    assert titles(backend, "kokous", "fi") == ["Kokous siirtyy torstaihin"]
    assert titles(backend, "kokous", "sv") == []
    assert titles(backend, "mötet", "sv") == ["Mötet flyttas till torsdag"]
    assert titles(backend, "mötet", "fi") == []
    # Elasticsearch answered: nothing fell back to the database.
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
