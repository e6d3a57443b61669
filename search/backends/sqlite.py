"""The SQLite search backend: modelsearch's FTS5 index, holding the same
analysed lexemes as PostgreSQL's (search/analysis.py).

modelsearch's own SQLite backend indexes text as written and passes query
words to FTS5 with only their apostrophes escaped, so a `"` in a query is an
SQL error and "kokous" never finds "kokouksessa". This one indexes each
object's title and body analysed in the object's language (the autocomplete
column stays as written, for prefix matching) and builds every MATCH string
from its own lexemes, each a quoted FTS5 string: no character of a query
reaches FTS5's syntax.

It extends modelsearch's SQLite backend through the hooks of
adapters/modelsearch.py.
"""

from collections import OrderedDict

from django.db.models import Count, FloatField, Func
from django.utils.functional import cached_property

from adapters import modelsearch as upstream
from pages.common.languages import reader_language
from search.analysis import index_text
from search.backends.fts5 import fts_match, fts_prefix_match
from search.backends.languages import ObjectLanguages

# bm25() weighs the FTS5 table's columns in the order modelsearch's migration
# creates them: autocomplete, body, title. For search, the title column holds
# the title and every boosted field, and weighs as much above the body as a
# title (weight A) does over unboosted text (D) in PostgreSQL's ranking.
SEARCH_WEIGHTS = {"autocomplete": 0.0, "body": 1.0, "title": 10.0}
AUTOCOMPLETE_WEIGHTS = {"autocomplete": 1.0, "body": 0.0, "title": 0.0}


class WeightedBM25(Func):
    """FTS5's bm25 rank with weights by column: lower is better."""

    output_field = FloatField()

    def __init__(self, weights) -> None:
        super().__init__()
        self.weights = weights

    def as_sql(self, compiler, connection, **extra_context):
        placeholders = ", ".join(["%s"] * len(self.weights))
        table = upstream.FTS_TABLE
        return f"bm25({table}, {placeholders})", list(self.weights.values())


def ranks_as_title(field):
    return field.field_name == "title" or bool(field.boost)


class AnalysedObjectIndexer(upstream.SQLiteIndexer):
    """An object's index entry: its title and boosted fields, and the rest of
    its text, analysed in its language."""

    def __init__(self, obj, backend, language) -> None:
        super().__init__(obj, backend)
        self.language = language

    def analysed(self, as_title):
        texts = [
            value
            for field, value in self.search_texts()
            if ranks_as_title(field) == as_title
        ]
        return index_text(" ".join(texts), self.language)

    @cached_property
    def title(self):
        return self.analysed(as_title=True)

    @cached_property
    def body(self):
        return self.analysed(as_title=False)


class AnalysedIndex(upstream.SQLiteIndex):
    """modelsearch's index table, with rows from AnalysedObjectIndexer."""

    # bm25() normalises each column by its length itself: modelsearch's
    # title norms, a rewrite of the whole table on each rebuild, are read by
    # nothing here.
    keeps_title_norms = False

    def indexers(self, objs):
        language_of = ObjectLanguages()
        return [
            AnalysedObjectIndexer(obj, self.backend, language_of(obj)) for obj in objs
        ]


class RankedMatchesMixin:
    """Matches ranked in one pass of the FTS5 index.

    modelsearch ranks by a subquery per matching object, each a full-text
    query of its own: a word on 14,000 of 50,000 pages took minutes. Here one
    query reads every match's rank, one more the matches that the queryset
    lets through, and only the page of results asked for is loaded.
    """

    WEIGHTS = SEARCH_WEIGHTS

    def answers_from_index(self, score_field=None):
        # modelsearch's own search scores matches in the queryset's order.
        return upstream.reads_the_index(self.query) and (
            score_field is None or self.order_by_relevance
        )

    def matches(self, config):
        """The queryset's objects that match, in no order."""
        object_ids = self.matching_entries(config).values("index_entry__object_id")
        return self.queryset.filter(pk__in=object_ids)

    def ranked(self, config):
        """(pk, rank) of every match, the best first."""
        ranks = dict(
            self.matching_entries(config)
            .annotate(rank=WeightedBM25(self.WEIGHTS))
            .values_list("index_entry__object_id", "rank")
        )
        pks = self.matches(config).order_by("-pk").values_list("pk", flat=True)
        # Stable: equal ranks keep the newest first.
        return sorted(((pk, ranks[str(pk)]) for pk in pks), key=lambda pr: pr[1])

    def search_index(self, config, start, stop, score_field):
        matches = self.matches(config)
        if not self.order_by_relevance:
            if not matches.query.order_by:
                # Consistent across pages (wagtail#3729).
                matches = matches.order_by("-pk")
            return matches[start:stop]
        ranked = self.ranked(config)[start:stop]
        objects = matches.in_bulk([pk for pk, _rank in ranked])
        found = []
        for pk, rank in ranked:
            if score_field is not None:
                # A higher score is a better match, as on other backends.
                setattr(objects[pk], score_field, -rank)
            found.append(objects[pk])
        return found


class AnalysedQueryCompiler(RankedMatchesMixin, upstream.SQLiteSearchCompiler):
    def match_string(self, query):
        # A phrase is its words: the index keeps no word order, since a
        # Finnish word stands for several lexemes.
        operator = getattr(query, "operator", "and")
        return fts_match(query.query_string, reader_language(), operator)

    def rank_expression(self, vectors, config):
        # One bm25() ranks the whole MATCH expression, by columns.
        return WeightedBM25(self.WEIGHTS)


class PrefixQueryCompiler(RankedMatchesMixin, upstream.SQLiteAutocompleteCompiler):
    WEIGHTS = AUTOCOMPLETE_WEIGHTS

    def match_string(self, query):
        return fts_prefix_match(query.query_string)


class RankedResults(upstream.SQLiteResults):
    def index_count(self):
        compiler = self.query_compiler
        if not upstream.reads_the_index(compiler.query):
            return None
        return compiler.matches(compiler.get_config(self.backend)).count()

    def facet(self, field_name):
        compiler = self.query_compiler
        if (
            not upstream.reads_the_index(compiler.query)
            or upstream.filterable_field(compiler, field_name) is None
        ):
            return super().facet(field_name)  # which says what is wrong
        rows = (
            compiler.matches(compiler.get_config(self.backend))
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return OrderedDict((row[field_name], row["count"]) for row in rows)


class AnalysedSQLiteSearchBackend(upstream.SQLiteSearchBackend):
    index_class = AnalysedIndex
    results_class = RankedResults
    query_compiler_class = AnalysedQueryCompiler
    autocomplete_query_compiler_class = PrefixQueryCompiler


# Whether FTS5 and its table were found: once they are, they stay.
fts_ready = False


def SearchBackend(params):  # modelsearch looks for this name
    """The analysed backend, or modelsearch's fallback on an SQLite without
    FTS5 (or before migrations have made its table)."""
    global fts_ready
    fts_ready = fts_ready or upstream.fts5_ready()
    if fts_ready:
        return AnalysedSQLiteSearchBackend(params)
    return upstream.FallbackSearchBackend(params)
