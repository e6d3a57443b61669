"""A result's snippet: the indexed text around the first matching word, with
the matching words marked."""

import html

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from modelsearch.index import SearchField

from search.analysis import WORD, analyse_word, lexemes

SNIPPET_LENGTH = 220
LEAD_IN = 60  # characters shown before the first match
# Without Voikko (or in Swedish and English), words sharing their first
# letters are taken for forms of one word: "mötet" and "möte".
SHARED_PREFIX = 4


def indexed_text(page):
    """The plain text of a page's searchable fields other than its title."""
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            texts.append(flatten(field.get_value(page)))
    return " ".join(t for t in texts if t)


def flatten(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(flatten(v) for v in value)
    if isinstance(value, dict):
        return " ".join(flatten(v) for v in value.values())
    text = html.unescape(strip_tags(str(value)))
    return " ".join(text.split())


class Matcher:
    """Tells whether a word of the text is a form of a word of the query.

    A text word matches through its base forms and its compound parts: the
    query "harjoitus" marks "tietoturvaharjoitus". It matches too when it
    shares a stem with a query word, as in the index ("nätverksmötet" for
    "nätverksmöte"). A query word that the analyser does not know matches
    the words that start like it.
    """

    def __init__(self, query, language) -> None:
        self.language = language
        # Each word of the text is looked up once: texts repeat their words,
        # and a snippet may read a whole text to find none.
        self.seen = {}
        self.forms = set()
        self.stems = set()
        self.prefixes = set()
        for word in WORD.findall(query):
            lowered = word.lower()
            analysed = analyse_word(word, language)
            self.forms.update(analysed.forms)
            self.stems.update(lexemes(word, language).forms)
            if not analysed.known:
                self.prefixes.add(lowered[: max(SHARED_PREFIX, len(lowered) - 2)])

    def __call__(self, word):
        found = self.seen.get(word)
        if found is None:
            found = self.seen[word] = self.matches(word)
        return found

    def matches(self, word):
        if set(analyse_word(word, self.language).terms) & self.forms:
            return True
        if set(lexemes(word, self.language).terms) & self.stems:
            return True
        lowered = word.lower()
        return any(lowered.startswith(prefix) for prefix in self.prefixes)


def snippet(text, matches):
    """Safe HTML: a stretch of text around the first word that `matches` (a
    Matcher) takes for a match, matches marked."""
    if not text:
        return ""
    first = next((m for m in WORD.finditer(text) if matches(m.group())), None)
    start = 0
    if first and first.start() > LEAD_IN:
        start = text.rfind(" ", 0, first.start() - LEAD_IN) + 1
    end = start + SNIPPET_LENGTH
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    window = text[start:end]
    pieces, last = [], 0
    for match in WORD.finditer(window):
        word = match.group()
        pieces.append(escape(window[last : match.start()]))
        pieces.append(f"<mark>{escape(word)}</mark>" if matches(word) else escape(word))
        last = match.end()
    pieces.append(escape(window[last:]))
    marked = "".join(pieces)
    # The text is escaped; only <mark> is added.
    return mark_safe(
        ("… " if start else "") + marked + (" …" if end < len(text) else "")
    )
