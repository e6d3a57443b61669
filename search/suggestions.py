"""Help with the query: "did you mean" when nothing matches, and titles that
complete what is being typed in the search box."""

import difflib

from django.core.cache import cache
from django.utils import translation

from pages.models import MentorPage
from search.analysis import WORD

VOCABULARY_SECONDS = 10 * 60
MIN_WORD_LENGTH = 3
SIMILARITY = 0.75
SUGGESTIONS = 8


def vocabulary(pages):
    """The words of the titles of the pages in the reader's language.

    Titles name what people look for: mentors, tools, topics. Cached for a
    while per language: the titles of a site change slowly.
    """
    key = f"search:vocabulary:{translation.get_language()}"
    words = cache.get(key)
    if words is None:
        titles = pages.values_list("title", flat=True).iterator()
        words = sorted(
            {
                word.lower()
                for title in titles
                for word in WORD.findall(title)
                if len(word) >= MIN_WORD_LENGTH and not word.isdigit()
            }
        )
        cache.set(key, words, VOCABULARY_SECONDS)
    return words


def did_you_mean(query, pages):
    """The query with each unknown word replaced by the closest known one, or
    None when there is nothing to suggest."""
    known = vocabulary(pages)
    known_set = set(known)
    changed = False
    corrected = []
    for word in WORD.findall(query):
        lowered = word.lower()
        close = (
            []
            if lowered in known_set
            else (difflib.get_close_matches(lowered, known, n=1, cutoff=SIMILARITY))
        )
        corrected.append(close[0] if close else lowered)
        changed = changed or bool(close)
    return " ".join(corrected) if changed else None


def completions(backend, prefix, pages):
    """Pages whose title has words starting as typed: mentors first."""
    results = list(backend.autocomplete(prefix, pages.specific())[:SUGGESTIONS])
    return sorted(results, key=lambda page: not isinstance(page, MentorPage))
