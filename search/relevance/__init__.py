"""The relevance test set: queries in fi, sv and en, each with the page that
must come among the first results (queries.json), and its measurement."""

import json
from dataclasses import dataclass
from pathlib import Path

from django.urls import reverse
from django.utils import translation

QUERIES = Path(__file__).with_name("queries.json")
TOP = 3


@dataclass
class Outcome:
    language: str
    query: str
    expected: str
    found: list

    @property
    def hit(self) -> bool:
        return self.expected in self.found[:TOP]


def queries():
    return json.loads(QUERIES.read_text(encoding="utf-8"))


def top_titles(client, language, query):
    """The titles of the first results for a reader of the language."""
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, {"q": query})
    # The ranked results, as the search page lists them (not its promotions).
    return [result["page"].title for result in response.context["found"]][:TOP]


def measure(client):
    """Every query's outcome, searched as the client's user."""
    return [
        Outcome(
            q["language"],
            q["query"],
            q["expected"],
            top_titles(client, q["language"], q["query"]),
        )
        for q in queries()
    ]


def precision(outcomes):
    return sum(o.hit for o in outcomes) / len(outcomes)
