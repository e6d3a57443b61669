"""FTS5 match expressions built from lexemes alone, each a quoted FTS5
string: whatever a query holds, FTS5 reads no operator, column filter or
prefix mark that the backend did not write."""

from search.analysis import query_words, typed_words

# A string that FTS5 reads as an empty phrase: it matches nothing.
NOTHING = '""'


def quoted(lexeme):
    """An FTS5 string: whatever it holds is text to match, not syntax."""
    return '"' + lexeme.replace('"', '""') + '"'


def fts_match(query_string, language, operator: str = "and"):
    """A query's words as an FTS5 expression of quoted lexemes.

    A word matches through any of its base forms, or through all the parts of
    its compound, as on PostgreSQL (search/backends/postgres.py).
    """
    words = []
    for word in query_words(query_string, language):
        alternatives = [quoted(form) for form in word.forms]
        if len(word.parts) > 1:
            alternatives.append(
                "(" + " AND ".join(quoted(part) for part in word.parts) + ")"
            )
        words.append("(" + " OR ".join(alternatives) + ")")
    joiner = " OR " if operator.lower() == "or" else " AND "
    return joiner.join(words) or NOTHING


def fts_prefix_match(query_string):
    """The words as typed, the last one a prefix, for the autocomplete column."""
    words = [quoted(word) for word in typed_words(query_string)]
    if not words:
        return NOTHING
    words[-1] += "*"
    return " AND ".join(words)
