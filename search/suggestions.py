"""Help with the query: "did you mean" when nothing matches, and titles that
complete what is being typed in the search box."""

import difflib
import hashlib

from django.core.cache import cache
from django.http import HttpRequest

from pages.common.access import closed_paths
from pages.common.languages import reader_language
from search import kinds
from search.analysis import WORD

VOCABULARY_SECONDS = 10 * 60
MIN_WORD_LENGTH = 3
SIMILARITY = 0.75
SUGGESTIONS = 8


def vocabulary(pages, request: HttpRequest):
    """The words of the titles of the pages in the reader's language that the
    reader may open.

    Titles name what people look for: mentors, tools, topics. Cached for a
    while per language and per access level (the set of subtrees closed to
    the reader), never across them: a word of a title the reader may not see
    is never suggested to them. The titles of a site change slowly.
    """
    access = hashlib.sha256("|".join(closed_paths(request)).encode()).hexdigest()
    key = f"search:vocabulary:{reader_language()}:{access[:16]}"
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


def did_you_mean(query, pages, request: HttpRequest):
    """The query with each unknown word replaced by the closest known one, or
    None when there is nothing to suggest."""
    known = vocabulary(pages, request)
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
    return sorted(results, key=lambda page: not is_mentor(page))


def is_mentor(page):
    return kinds.kind_of(page.content_type_id) == "mentors"
