"""The SQLite search backend: modelsearch's FTS5 index, holding the same
analysed lexemes as PostgreSQL's (search/analysis.py).

modelsearch's own SQLite backend indexes text as written and passes query
words to FTS5 with only their apostrophes escaped, so a `"` in a query is an
SQL error and "kokous" never finds "kokouksessa". This one indexes each
object's title and body analysed in the object's language (the autocomplete
column stays as written, for prefix matching) and builds every MATCH string
from its own lexemes, each a quoted FTS5 string: no character of a query
reaches FTS5's syntax.

Everything here that reaches into modelsearch's SQLite backend stays in this
module, so that a modelsearch upgrade breaks one place.
"""

from collections import OrderedDict

from django.db.models import Count, FloatField, Func, Value
from django.utils.functional import cached_property
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.backends.database.sqlite.query import (
    MatchExpression,
    SearchQueryExpression,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.backends.database.sqlite.utils import (
    fts5_available,
    fts_table_exists,
)
from modelsearch.index import SearchField
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search.analysis import index_text
from search.backends.fts5 import fts_match, fts_prefix_match
from search.backends.languages import ObjectLanguages, reader_language

# bm25() weighs the FTS5 table's columns in the order modelsearch's migration
# creates them: autocomplete, body, title. For search, the title column holds
# the title and every boosted field, and weighs as much above the body as a
# title (weight A) does over unboosted text (D) in PostgreSQL's ranking.
SEARCH_WEIGHTS = {"autocomplete": 0.0, "body": 1.0, "title": 10.0}
AUTOCOMPLETE_WEIGHTS = {"autocomplete": 1.0, "body": 0.0, "title": 0.0}


class WeightedBM25(Func):
    """FTS5's bm25 rank with weights by column: lower is better."""

    output_field = FloatField()

    def __init__(self, weights):
        super().__init__()
        self.weights = weights

    def as_sql(self, compiler, connection, **extra_context):
        placeholders = ", ".join(["%s"] * len(self.weights))
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, {placeholders})", list(self.weights.values())


def ranks_as_title(field):
    return field.field_name == "title" or bool(field.boost)


class AnalysedObjectIndexer(ObjectIndexer):
    """An object's index entry: its title and boosted fields, and the rest of
    its text, analysed in its language."""

    def __init__(self, obj, backend, language):
        super().__init__(obj, backend)
        self.language = language

    def analysed(self, as_title):
        texts = [
            value
            for field in self.search_fields
            for current, value in self.prepare_field(self.obj, field)
            if isinstance(current, SearchField) and ranks_as_title(current) == as_title
        ]
        return index_text(" ".join(texts), self.language)

    @cached_property
    def title(self):
        return self.analysed(as_title=True)

    @cached_property
    def body(self):
        return self.analysed(as_title=False)


class AnalysedIndex(SQLiteIndex):
    """modelsearch's index table, with rows from AnalysedObjectIndexer.

    The same writes as modelsearch's SQLiteIndex.add_items, which names its
    own indexer class; its triggers copy each row into the FTS5 table.
    """

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        language_of = ObjectLanguages()
        indexers = [
            AnalysedObjectIndexer(obj, self.backend, language_of(obj)) for obj in objs
        ]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed = set(
            entries.filter(object_id__in=[i.id for i in indexers]).values_list(
                "object_id", flat=True
            )
        )
        for indexer in indexers:
            if indexer.id in indexed:
                entries.filter(object_id=indexer.id).update(
                    title=indexer.title,
                    autocomplete=indexer.autocomplete,
                    body=indexer.body,
                )
        self.entries.bulk_create(
            IndexEntry(
                content_type_id=content_type_pk,
                object_id=indexer.id,
                title=indexer.title,
                autocomplete=indexer.autocomplete,
                body=indexer.body,
            )
            for indexer in indexers
            if indexer.id not in indexed
        )

    def _refresh_title_norms(self, full=False):
        # bm25() normalises each column by its length itself: modelsearch's
        # title norms, a rewrite of the whole table on each rebuild, are
        # read by nothing here.
        pass


class RankedMatchesMixin:
    """Matches ranked in one pass of the FTS5 index.

    modelsearch ranks by a subquery per matching object, each a full-text
    query of its own: a word on 14,000 of 50,000 pages took minutes. Here one
    query reads every match's rank, one more the matches that the queryset
    lets through, and only the page of results asked for is loaded.
    """

    WEIGHTS = SEARCH_WEIGHTS

    def reads_the_index(self):
        return isinstance(self.query, (PlainText, Phrase))

    def entries(self, config):
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query_content(self.query, config=config),
        )
        content_types = get_descendants_content_types_pks(self.queryset.model)
        return SQLiteFTSIndexEntry.objects.filter(match).filter(
            index_entry__content_type__in=content_types
        )

    def matches(self, config):
        """The queryset's objects that match, in no order."""
        object_ids = self.entries(config).values("index_entry__object_id")
        return self.queryset.filter(pk__in=object_ids)

    def ranked(self, config):
        """(pk, rank) of every match, the best first."""
        ranks = dict(
            self.entries(config)
            .annotate(rank=WeightedBM25(self.WEIGHTS))
            .values_list("index_entry__object_id", "rank")
        )
        pks = self.matches(config).order_by("-pk").values_list("pk", flat=True)
        # Stable: equal ranks keep the newest first.
        return sorted(((pk, ranks[str(pk)]) for pk in pks), key=lambda pr: pr[1])

    def search(self, config, start, stop, score_field=None):
        if not self.reads_the_index() or (
            score_field is not None and not self.order_by_relevance
        ):
            return super().search(config, start, stop, score_field)
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


class AnalysedQueryCompiler(RankedMatchesMixin, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        # A phrase is its words: the index keeps no word order, since a
        # Finnish word stands for several lexemes.
        if isinstance(query, (PlainText, Phrase)):
            operator = getattr(query, "operator", "and")
            match = fts_match(query.query_string, reader_language(), operator)
            return SearchQueryExpression(Value(match))
        return super().build_search_query_content(query, config=config)

    def _build_rank_expression(self, vectors, config):
        # One bm25() ranks the whole MATCH expression, by columns.
        return WeightedBM25(self.WEIGHTS)


class PrefixQueryCompiler(RankedMatchesMixin, SQLiteAutocompleteQueryCompiler):
    WEIGHTS = AUTOCOMPLETE_WEIGHTS

    def build_search_query_content(self, query, config=None):
        if isinstance(query, (PlainText, Phrase)):
            return SearchQueryExpression(Value(fts_prefix_match(query.query_string)))
        return super().build_search_query_content(query, config=config)


class RankedResults(SQLiteSearchResults):
    def _do_count(self):
        compiler = self.query_compiler
        if not compiler.reads_the_index():
            return super()._do_count()
        return compiler.matches(compiler.get_config(self.backend)).count()

    def facet(self, field_name):
        compiler = self.query_compiler
        if (
            not compiler.reads_the_index()
            or compiler._get_filterable_field(field_name) is None
        ):
            return super().facet(field_name)  # which says what is wrong
        rows = (
            compiler.matches(compiler.get_config(self.backend))
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return OrderedDict((row[field_name], row["count"]) for row in rows)


class AnalysedSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = AnalysedIndex
    results_class = RankedResults
    query_compiler_class = AnalysedQueryCompiler
    autocomplete_query_compiler_class = PrefixQueryCompiler


# Whether FTS5 and its table were found: once they are, they stay.
fts_ready = False


def sqlite_backend(params):
    """The analysed backend, or modelsearch's fallback on an SQLite without
    FTS5 (or before migrations have made its table)."""
    global fts_ready
    fts_ready = fts_ready or (fts5_available() and fts_table_exists())
    if fts_ready:
        return AnalysedSQLiteSearchBackend(params)
    return DatabaseSearchBackend(params)
