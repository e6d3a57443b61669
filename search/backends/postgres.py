"""The PostgreSQL search backend, analysing each object by its own language.

Wagtail's PostgreSQL backend takes a single SEARCH_CONFIG, and two database
backends would overwrite each other's rows in its one index table
(wagtail#9253). This one backend instead analyses each object in Python by its
own language (search/analysis.py: Voikko, stop words, snowball) and hands
PostgreSQL the lexemes under the `simple` configuration, which keeps them as
they are; a query is analysed the same way, in the reader's language. SQLite
(search/backends/sqlite.py) indexes the same lexemes.

It extends modelsearch's PostgreSQL backend through the hooks of
adapters/modelsearch.py.
"""

from collections import OrderedDict

from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from wagtail.models import Locale

from adapters import modelsearch as upstream
from adapters.django.queries import exact_filter
from pages.common.languages import reader_language
from search.analysis import index_text, query_words, typed_words
from search.backends.languages import ObjectLanguages

# The text arrives analysed: PostgreSQL only lowercases it and splits it at
# spaces, in every language.
CONFIG = "simple"

# How many of a query's matches are ranked by their whole text. Ranking reads
# each match's body vector, so a word on thousands of pages would cost
# hundreds of milliseconds. Of more matches, those whose titles match best,
# the newest first, are ranked, and the rest follow them on later pages.
RANKED_MATCHES = 100


def locale_lexeme(locale_id) -> str:
    """A lexeme that marks an entry as its locale's, quoted for a tsvector or
    tsquery literal. No text's analysis yields it: words have no spaces."""
    return f"'locale {locale_id}'"


class LocaleQuery(SearchQuery):
    """Matches the entries of one locale, by the lexeme their body carries.

    With it the index answers "this word in Finnish" alone, instead of
    handing over every language's matches to be joined with the pages and
    dropped there: a word common to all three languages reads a third as
    many rows.
    """

    def __init__(self, locale_id) -> None:
        super().__init__("")
        self.locale_id = locale_id

    def as_sql(self, compiler, connection, function=None, template=None):
        return "%s::tsquery", [locale_lexeme(self.locale_id)]


def filtered_locale(queryset):
    """The id of the locale a queryset is restricted to, if it is."""
    locale_id = exact_filter(queryset, "locale", Locale)
    # Not an expression (OuterRef, Subquery…), which no mark names.
    return locale_id if isinstance(locale_id, int) else None


class LocaleObjectIndexer(upstream.PostgresIndexer):
    """Index entries analysed in the object's own language, marked with its
    locale."""

    def __init__(self, obj, backend, language) -> None:
        super().__init__(obj, backend, CONFIG)
        self.language = language

    def analysed(self, text):
        return index_text(text, self.language)

    def body_mark(self):
        locale_id = getattr(self.obj, "locale_id", None)
        return None if locale_id is None else locale_lexeme(locale_id)

    @property
    def body_text(self) -> str:
        # modelsearch keeps the plain body text for its fuzzy matching, which
        # nothing here uses (did-you-mean works from titles): it would double
        # the size of the table every search reads, and the time to fill it.
        return ""


class LocaleIndex(upstream.PostgresIndex):
    """modelsearch's index table, with rows analysed by LocaleObjectIndexer."""

    def indexers(self, objs):
        language_of = ObjectLanguages()
        return [
            LocaleObjectIndexer(obj, self.backend, language_of(obj)) for obj in objs
        ]


def combine(lexemes, operator):
    combined = None
    for each in lexemes:
        if combined is None:
            combined = each
        elif operator == "or":
            combined |= each
        else:
            combined &= each
    return combined


def tsquery_terms(query_string, language, operator: str = "and"):
    """A query's words as lexemes, each standing for all its analysed terms.

    A word matches through any of its base forms, or through all the parts of
    its compound: "tietoturvaharjoitus" finds "tietoturvan harjoitus" too.
    Every lexeme comes from search/analysis.py and is quoted by Lexeme: no
    character of the query reaches tsquery syntax.
    """
    alternatives = []
    for word in query_words(query_string, language):
        forms = combine((upstream.Lexeme(form) for form in word.forms), "or")
        if len(word.parts) > 1:
            forms |= combine((upstream.Lexeme(part) for part in word.parts), "and")
        alternatives.append(forms)
    return combine(alternatives, operator)


def prefix_terms(query_string):
    """The words as typed, the last one a prefix: what autocomplete looks up."""
    words = typed_words(query_string)
    lexemes = [upstream.Lexeme(word) for word in words[:-1]]
    lexemes += [upstream.Lexeme(word, prefix=True) for word in words[-1:]]
    return combine(lexemes, "and")


class LocaleQueryCompiler(upstream.PostgresSearchCompiler):
    # The matches to rank, when a facet has found them in its own pass.
    ranked_ids = None

    def get_config(self, backend):
        return CONFIG

    def text_terms(self, query):
        # modelsearch splits a query at spaces and quotes the words as they
        # are; a phrase it passes whole. Here every word is analysed first,
        # and a phrase is its words, since the index keeps no word order.
        operator = getattr(query, "operator", "and")
        return tsquery_terms(query.query_string, reader_language(), operator)

    def matches(self, search_query):
        """modelsearch's condition, which the expression index in
        search/migrations answers, narrowed to the queryset's locale."""
        text = self.index_text(search_query)
        matches = self.queryset.annotate(_vector_=text).filter(_vector_=search_query)
        locale_id = filtered_locale(self.queryset)
        if locale_id is not None:
            matches = matches.filter(_vector_=LocaleQuery(locale_id))
        return matches

    def title_rank(self, config):
        title = (F("index_entries__title"), F("index_entries__title_norm"))
        return self.rank([title], config)

    def search_index(self, config, start, stop, score_field):
        search_query = self.build_tsquery(self.query, config=config)
        matches = self.matches(search_query)
        rank = self.rank(self.get_index_vectors(search_query), config)
        if not self.order_by_relevance:
            return self.ordered_and_scored(matches, rank, start, stop, score_field)
        ranked = self.ranked_ids
        if ranked is None:
            ranked = matches.order_by(self.title_rank(config).desc(), "-pk")
            ranked = ranked.values("pk")[:RANKED_MATCHES]
        if stop is not None and stop <= RANKED_MATCHES:
            return self.ordered_and_scored(
                self.queryset.filter(pk__in=ranked), rank, start, stop, score_field
            )
        # Deeper pages, and all the matches, go on where the ranked matches
        # end, so that no result shows twice: dearer, and rarely asked for.
        first = ExpressionWrapper(Q(pk__in=ranked), output_field=BooleanField())
        matches = matches.order_by(first.desc(), rank.desc(), "-pk")
        if score_field is not None:
            matches = matches.annotate(**{score_field: rank})
        return matches[start:stop]

    def facet_and_rank(self, config, field_name):
        """The matches counted by a field's values; in the same pass, the
        matches to rank, so that a page of results need not find them again.

        The matches are found once (their join with the pages is most of the
        cost) and kept for the query: counting them is a hash aggregate, the
        best titles a top-N sort. An aggregate per value, ordered, would sort
        all of each value's matches instead.
        """
        matches = (
            self.matches(self.build_tsquery(self.query, config=config))
            .order_by()
            .annotate(_title_rank_=self.title_rank(config))
            .values_list(field_name, "pk", "_title_rank_")
        )
        sql, params = matches.query.sql_with_params()
        counted_and_ranked = (
            f"WITH matches (value, pk, rank) AS MATERIALIZED ({sql}) "
            "SELECT value, count(*), NULL FROM matches GROUP BY value "
            "UNION ALL SELECT NULL, NULL, ARRAY("
            "SELECT pk FROM matches ORDER BY rank DESC, pk DESC LIMIT %s)"
        )
        with connections[matches.db].cursor() as cursor:
            cursor.execute(counted_and_ranked, (*params, RANKED_MATCHES))
            rows = cursor.fetchall()
        # The ranked row is the one without a count: UNION ALL promises no
        # order.
        self.ranked_ids = next(ranked for _v, count, ranked in rows if count is None)
        counts = sorted(
            ((value, count) for value, count, _ranked in rows if count is not None),
            key=lambda row: row[1],
            reverse=True,
        )
        return OrderedDict(counts)


class LocaleSearchResults(upstream.PostgresSearchResults):
    def facet(self, field_name):
        compiler = self.query_compiler
        if (
            not isinstance(compiler, LocaleQueryCompiler)
            or not compiler.reads_the_index()
            or not compiler.order_by_relevance
            or upstream.filterable_field(compiler, field_name) is None
        ):
            return super().facet(field_name)
        return compiler.facet_and_rank(compiler.get_config(self.backend), field_name)


class LocaleAutocompleteQueryCompiler(upstream.PostgresAutocompleteCompiler):
    """Autocomplete matches word prefixes as written, in any language."""

    def text_terms(self, query):
        return prefix_terms(query.query_string)


class LocalePostgresSearchBackend(upstream.PostgresSearchBackend):
    index_class = LocaleIndex
    query_compiler_class = LocaleQueryCompiler
    results_class = LocaleSearchResults
    autocomplete_query_compiler_class = LocaleAutocompleteQueryCompiler


SearchBackend = LocalePostgresSearchBackend
