"""Word analysis shared by indexing and querying.

PostgreSQL's Finnish snowball stemmer alone misses consonant gradation
("kokous" is stemmed `kokous`, "kokouksessa" `kokouks`) and compounds
("tietoturvaharjoitus" never matches "harjoitus"). Voikko knows Finnish
morphology: each Finnish word is replaced by its base forms and the parts of
its compounds before PostgreSQL stems it, on the way into the index and on the
way into a query alike. A word Voikko does not know ("Teamsin") is left as it
is, so the snowball stemmer still handles it.

Without Voikko installed, text passes through unchanged: plain snowball, with
one logged warning.
"""

import logging
import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache

from django.conf import settings

logger = logging.getLogger(__name__)

WORD = re.compile(r"\w+")
# Short compound parts ("yli" in "yliopisto") match too much to be worth it.
MIN_PART_LENGTH = 3


@dataclass(frozen=True)
class Word:
    """What a word stands for: its base forms, and the parts of a compound."""

    forms: tuple[str, ...]
    parts: tuple[str, ...] = ()
    known: bool = False  # whether the analyser knew the word

    @property
    def terms(self):
        return self.forms + tuple(p for p in self.parts if p not in self.forms)


class Voikko:
    """Voikko's Finnish analyser; one analysis at a time (it is not thread-safe)."""

    def __init__(self, libvoikko):
        self._voikko = libvoikko.Voikko("fi")
        self._lock = threading.Lock()

    def analyze(self, word):
        with self._lock:
            return self._voikko.analyze(word)


@cache
def voikko():
    """The Finnish analyser, or None (logged once) when Voikko is not there."""
    if not settings.SEARCH_VOIKKO:
        return None
    try:
        import libvoikko

        return Voikko(libvoikko)
    except Exception as error:  # missing binding, library or dictionary
        logger.warning(
            "Voikko is not available (%s): Finnish search uses the snowball "
            "stemmer alone. Install libvoikko1 and voikko-fi.",
            error,
        )
        return None


def reset():
    """Forget the analyser and the analysed words (after a settings change)."""
    voikko.cache_clear()
    analyse_word.cache_clear()


def compound_parts(wordbases):
    """The base forms of a word's parts, from Voikko's WORDBASES.

    "+tieto(tieto)+turva(turva)+harjoit(harjoittaa)+us(+us)" gives tieto,
    turva and harjoitus: a derivational suffix, "(+us)", joins the part before
    it, and the joined part is spelled as in the base form.
    """
    parts = []
    for surface, base in re.findall(r"\+([^+(]+)(?:\((\+?[^)]*)\))?", wordbases):
        base = base.replace("=", "")
        if base.startswith("+") and parts:
            # A derivational suffix: harjoit + us is the part "harjoitus".
            parts[-1] = parts[-1][0] + surface, None
        else:
            parts.append((surface, base or None))
    return [(base or surface).lower() for surface, base in parts]


@lru_cache(maxsize=200_000)
def analyse_word(word, language):
    """The Word a word of the given language stands for."""
    lowered = word.lower()
    if language != "fi" or (analyser := voikko()) is None:
        return Word((lowered,))
    analyses = analyser.analyze(word)
    if not analyses:
        return Word((lowered,))  # the snowball stemmer's to handle
    forms, parts = [], []
    for analysis in analyses:
        form = analysis.get("BASEFORM", word).lower()
        if form not in forms:
            forms.append(form)
        wordbases = analysis.get("WORDBASES", "")
        found = compound_parts(wordbases) if wordbases else []
        if len(found) > 1:
            parts.extend(p for p in found if len(p) >= MIN_PART_LENGTH)
    return Word(tuple(forms), tuple(dict.fromkeys(parts)), known=True)


def words(text, language):
    """The Words of a text, in order."""
    return [analyse_word(match, language) for match in WORD.findall(text)]


def analyse(text, language):
    """Text for the full-text index: each word as all the terms it stands for."""
    if language != "fi" or voikko() is None:
        return text
    return " ".join(" ".join(word.terms) for word in words(text, language))
