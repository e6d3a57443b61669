"""Precision at 3 of the relevance test set, with snowball alone and with Voikko.

Run against a database with the demo content (`seed_demo`), SQLite's
db.sqlite3 by default or PostgreSQL:

    .venv/bin/python benchmarks/search_relevance.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/intranet_dev \\
        .venv/bin/python benchmarks/search_relevance.py

Rebuilds the search index once per analysis, measures every query of
search/relevance/queries.json through the search page as the demo's staff
user, and prints the precision and the queries that missed. Leaves the index
built with Voikko.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from search import analysis, relevance  # noqa: E402


def main():
    # The search page's context, which the measurement reads the results from.
    setup_test_environment()
    client = Client(HTTP_HOST="localhost")
    client.force_login(get_user_model().objects.get(username="staff"))
    for name, use_voikko in [("snowball alone", False), ("with Voikko", True)]:
        settings.SEARCH_VOIKKO = use_voikko
        analysis.reset()
        call_command("update_index", verbosity=0)
        outcomes = relevance.measure(client)
        print(
            f"{name}: precision at {relevance.TOP} = "
            f"{relevance.precision(outcomes):.2f} ({len(outcomes)} queries)"
        )
        for o in outcomes:
            if not o.hit:
                print(f"  missed [{o.language}] {o.query!r} -> {o.found}")


if __name__ == "__main__":
    main()
