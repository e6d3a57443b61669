"""Word analysis shared by indexing and querying, on every database.

PostgreSQL's Finnish snowball stemmer alone misses consonant gradation
("kokous" is stemmed `kokous`, "kokouksessa" `kokouks`) and compounds
("tietoturvaharjoitus" never matches "harjoitus"). Voikko knows Finnish
morphology: each Finnish word stands for its base forms and the parts of its
compounds. A word Voikko does not know ("Teamsin") is left as it is, for the
snowball stemmer.

The whole analysis happens here, in Python, so that PostgreSQL and SQLite
index and query the same lexemes: stop words dropped and words stemmed by
snowball (the `snowballstemmer` package, with PostgreSQL's stop word lists in
search/stopwords/). PostgreSQL's own Swedish stemmer is an older snowball that
keeps the definite "-et" ("nätverksmötet" stays whole, "nätverksmöte" becomes
`nätverksmöt`), so one could not find the other there.

Without Voikko installed, Finnish words go to snowball alone, with one logged
warning.
"""

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import libvoikko
import snowballstemmer
from django.conf import settings

logger = logging.getLogger(__name__)

# Letters and digits: an underscore or any punctuation separates words, as in
# PostgreSQL's parser and SQLite's unicode61 tokenizer.
WORD = re.compile(r"[^\W_]+")
# Short compound parts ("yli" in "yliopisto") match too much to be worth it.
MIN_PART_LENGTH = 3
# The parts guessed in a word Voikko does not know: shorter ones are more
# often a chance likeness ("mento" and "reisi" in "mentoreiden", "tori" in
# "digimentorit") than parts.
MIN_FIRST_PART_LENGTH = 6
MIN_HEAD_LENGTH = 5
HEADS = {"nimisana", "laatusana", "nimisana_laatusana"}
# A query's distinct words that are looked up: more never narrow a search
# that already wants all of them, and each one costs.
MAX_QUERY_WORDS = 50
# Voikko (and Elasticsearch's Raudikko) analyse Finnish, whichever language
# the content is written in first.
FINNISH = "fi"
STEMMERS = {FINNISH: "finnish", "sv": "swedish", "en": "english"}
STOPWORDS = Path(__file__).with_name("stopwords")


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

    def __init__(self, libvoikko) -> None:
        self._voikko = libvoikko.Voikko(FINNISH)
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
        return Voikko(libvoikko)
    except Exception as error:  # missing binding, library or dictionary
        logger.warning(
            "Voikko is not available (%s): Finnish search uses the snowball "
            "stemmer alone. Install libvoikko1 and voikko-fi.",
            error,
        )
        return None


def reset() -> None:
    """Forget the analyser and the analysed words (after a settings change)."""
    voikko.cache_clear()
    analyse_word.cache_clear()
    lexemes.cache_clear()


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


def analysed_word(analyses, word):
    """The base forms and compound parts of Voikko's analyses of a word."""
    forms, parts = [], []
    for analysis in analyses:
        form = analysis.get("BASEFORM", word).lower()
        if form not in forms:
            forms.append(form)
        wordbases = analysis.get("WORDBASES", "")
        found = compound_parts(wordbases) if wordbases else []
        if len(found) > 1:
            parts.extend(p for p in found if len(p) >= MIN_PART_LENGTH)
    return forms, list(dict.fromkeys(parts))


def is_simple_head(analysis):
    """A noun or adjective with one stem: derivational suffixes, "(+ta)",
    add none."""
    stems = re.findall(r"\((?!\+)[^)]*\)", analysis.get("WORDBASES", ""))
    return analysis.get("CLASS") in HEADS and len(stems) <= 1


def guessed_compound(word, analyser):
    """An unknown word as an unknown first part and the longest last part
    that Voikko knows as a noun or adjective and not as a compound:
    "digimentorivalmennuksessa" is digimentori + valmennus. None if there is
    no such last part."""
    if not word.isalpha():
        return None
    for start in range(MIN_FIRST_PART_LENGTH, len(word) - MIN_HEAD_LENGTH + 1):
        first, last = word[:start], word[start:]
        heads = [a for a in analyser.analyze(last) if is_simple_head(a)]
        bases = [a.get("BASEFORM", last).lower() for a in heads]
        bases = list(dict.fromkeys(b for b in bases if len(b) >= MIN_HEAD_LENGTH))
        if bases:
            return [first + base for base in bases], [first, *bases]
    return None


@lru_cache(maxsize=200_000)
def analyse_word(word, language):
    """The Word a word of the given language stands for."""
    lowered = word.lower()
    if language != FINNISH or (analyser := voikko()) is None:
        return Word((lowered,))
    analyses = analyser.analyze(word)
    if analyses:
        forms, parts = analysed_word(analyses, word)
        return Word(tuple(forms), tuple(parts), known=True)
    # Voikko knows no compound of a word it does not know ("digimentori"):
    # the word stays for the snowball stemmer, and its known last part
    # stands for it too.
    guessed = guessed_compound(lowered, analyser)
    if guessed is None:
        return Word((lowered,))
    forms, parts = guessed
    return Word(tuple(dict.fromkeys([lowered, *forms])), tuple(parts))


def split(text):
    """The words of a text, its letters in one Unicode form: "é" typed as "e"
    and an accent is the "é" of the index."""
    return WORD.findall(unicodedata.normalize("NFKC", text))


def words(text, language):
    """The Words of a text, in order."""
    return [analyse_word(match, language) for match in split(text)]


@cache
def stopwords(language):
    path = STOPWORDS / f"{language}.txt"
    if not path.exists():
        return frozenset()
    return frozenset(path.read_text(encoding="utf-8").split())


class Stemmer:
    """A snowball stemmer; one word at a time (it keeps the word it works on)."""

    def __init__(self, algorithm) -> None:
        self._stemmer = snowballstemmer.stemmer(algorithm)
        self._lock = threading.Lock()

    def stem(self, word):
        with self._lock:
            return self._stemmer.stemWord(word)


class SwedishStemmer(Stemmer):
    def stem(self, word):
        # Snowball takes the "-a" off the definite plural "mötena" but keeps
        # the "-en" that it takes off "möten": the plural, stemmed, is "möt".
        if word.endswith("ena"):
            word = word[:-1]
        return super().stem(word)


@cache
def stemmer(language):
    algorithm = STEMMERS.get(language)
    if algorithm is None:
        return None
    return (SwedishStemmer if language == "sv" else Stemmer)(algorithm)


def lexeme(term, language):
    """A term as the index holds it: stemmed, or None for a stop word."""
    if term in stopwords(language):
        return None
    stem = stemmer(language)
    # A base form may hold a separator ("e-kirja"): the index holds its words.
    return " ".join(stem.stem(w) if stem else w for w in WORD.findall(term)) or None


def unique(items):
    return tuple(dict.fromkeys(item for item in items if item))


@lru_cache(maxsize=200_000)
def lexemes(word, language):
    """The Word as lexemes: what the index holds for it and a query looks up.

    A word all of whose forms are stop words stands for nothing. Lowercase
    goes to Voikko on both sides, so that a query is analysed as the text was.
    """
    analysed = analyse_word(word.lower(), language)
    forms = unique(lexeme(form, language) for form in analysed.forms)
    if not forms:
        return Word(())
    parts = unique(lexeme(part, language) for part in analysed.parts)
    return Word(forms, parts, known=analysed.known)


def query_words(text, language):
    """The lexemes of each distinct word of a query that stands for something."""
    found = unique(lexemes(match, language) for match in split(text))
    return [word for word in found if word.forms][:MAX_QUERY_WORDS]


def typed_words(text):
    """A query's distinct words as typed, lowercased, for prefix matching:
    at most MAX_QUERY_WORDS, the last one, being typed, still last."""
    words = [word.lower() for word in split(text)]
    earlier = [word for word in dict.fromkeys(words[:-1]) if word not in words[-1:]]
    return (earlier + words[-1:])[-MAX_QUERY_WORDS:]


def index_text(text, language):
    """Text for the full-text index: each word as all the lexemes it stands for."""
    return " ".join(
        term for match in split(text) for term in lexemes(match, language).terms
    )
