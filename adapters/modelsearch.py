"""modelsearch's backend internals, as the search backends extend them.

Written for modelsearch 1.3.2. Its documented API is the search call
(`get_search_backend`, `modelsearch.index`, `modelsearch.query`); the classes
of its backends are not, and search/backends/ reaches them through this module
alone. Each piece names the upstream code it follows: check those on an
upgrade, then widen UPSTREAM. tests/search/test_search_adapters.py exercises
them on the database the suite runs on.

The backends override only the hooks named here, the columns of an index
entry (`ObjectIndexer.title`, `.body`, `.body_text`) and `facet()`.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import Func, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_save
from django.utils.crypto import get_random_string
from django.utils.functional import cached_property
from modelsearch.backends.base import BaseIndex, get_model_root
from modelsearch.backends.database import SearchBackend as VendorSearchBackend
from modelsearch.backends.database import fallback
from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)
from modelsearch.backends.elasticsearchbase import (
    ElasticsearchAtomicIndexRebuilder,
    ElasticsearchAutocompleteQueryCompilerImpl,
)
from modelsearch.index import FilterField, SearchField, get_indexed_models
from modelsearch.query import Phrase, PlainText
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from adapters.django.queries import insert_values_sql

# The Elasticsearch client: `ElasticsearchIndex.put` calls its 8.x API.
UPSTREAM = {"modelsearch": ">=1.3.2,<1.4", "elasticsearch": ">=8.19,<9"}

__all__ = [
    "BaseIndex",
    "Lexeme",
    "VendorSearchBackend",
    "get_model_root",
]


def filterable_field(compiler, field_name) -> FilterField | None:
    """The FilterField a search may facet on, or None.

    Follows `modelsearch.backends.base.BaseSearchQueryCompiler.
    _get_filterable_field`.
    """
    return compiler._get_filterable_field(field_name)


def reads_the_index(query) -> bool:
    """Whether a query is words (plain text or a phrase), which the backends
    look up in their index of analysed lexemes."""
    return isinstance(query, (PlainText, Phrase))


class VectorConcat(Func):
    """tsvectors joined with `||`, as `Combinable._combine(other, "||")`
    writes them: `(title || body)` is the expression that the index in
    search/migrations/0001 answers."""

    arg_joiner = " || "
    template = "(%(expressions)s)"
    output_field = SearchVectorField()


# PostgreSQL: modelsearch.backends.database.postgres.postgres


class PostgresIndexer(postgres.ObjectIndexer):
    """An object's index entry, its text put through `analysed(text)` and
    vectorised under `config`, its body carrying `body_mark()` beside it.

    Follows `ObjectIndexer.as_vector` and `.body`.
    """

    def __init__(self, obj, backend, config) -> None:
        super().__init__(obj, backend)
        self.config = config

    def analysed(self, text) -> str:
        return text

    def body_mark(self) -> str | None:
        """A tsvector literal the body carries beside the text, or None."""
        return None

    @cached_property
    def body(self) -> Any:
        mark = self.body_mark()
        if mark is None:
            return super().body
        return VectorConcat(super().body, RawSQL("%s::tsvector", [mark]))

    def as_vector(self, texts, for_autocomplete: bool = False) -> Any:
        if not for_autocomplete:
            texts = [(self.analysed(text), weight) for text, weight in texts]
        return super().as_vector(texts, for_autocomplete=for_autocomplete)


class PostgresIndex(postgres.PostgresIndex):
    """modelsearch's index table, with rows from `indexers(objs)`.

    Follows `PostgresIndex.add_items`, which makes an `ObjectIndexer` of its
    own for each object: the same upsert, with the backend's indexers.
    """

    def indexers(self, objs) -> list[postgres.ObjectIndexer]:
        return [postgres.ObjectIndexer(obj, self.backend) for obj in objs]

    def add_items(self, model, objs) -> None:
        if not model.get_search_fields():
            return
        content_type_pk = get_content_type_pk(model)
        entry = postgres.IndexEntry
        rows: list[str] = []
        params: list[object] = []
        for indexer in self.indexers(objs):
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for sql, vector_params in insert_values_sql(
                entry,
                [
                    ("title", indexer.title),
                    ("autocomplete", indexer.autocomplete),
                    ("body", indexer.body),
                ],
                self.write_connection,
            ):
                vectors.append(sql)
                params.extend(vector_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)")
        if not rows:
            return
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {entry._meta.db_table} (content_type_id,
                    object_id, title, autocomplete, body, title_norm,
                    title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,  # the values are parameters
                params,
            )
        self._refresh_title_norms()


# The mixins below have, for the type checker, the attributes of the
# compilers they are mixed into (modelsearch ships no types: Any).
if TYPE_CHECKING:
    _PostgresCompiler = Any
else:
    _PostgresCompiler = object


class PostgresWordsMixin(_PostgresCompiler):
    """A compiler whose words (plain text or a phrase) become `text_terms(query)`:
    Lexemes joined with & and |, or None when no word stands for anything.

    Follows `PostgresSearchQueryCompiler.build_tsquery_content`, which quotes
    the words as they are.
    """

    def text_terms(self, query) -> str | None:
        raise NotImplementedError

    def build_tsquery_content(
        self, query, config=None, invert: bool = False
    ) -> SearchQuery:
        if not reads_the_index(query):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = self.text_terms(query)
        if terms is None:
            return SearchQuery("", config=config)
        search_query = SearchQuery(terms, search_type="raw", config=config)
        return ~search_query if invert else search_query


class PostgresSearchCompiler(PostgresWordsMixin, postgres.PostgresSearchQueryCompiler):
    """A search of words over the whole index goes to `search_index`.

    Follows `PostgresSearchQueryCompiler.search`, `._build_rank_expression`
    and `._apply_ordering_and_scoring`.
    """

    def reads_the_index(self) -> bool:
        return self.fields is None and reads_the_index(self.query)

    def search(self, config, start, stop, score_field=None, backend=None) -> Any:
        if not self.reads_the_index():
            return super().search(config, start, stop, score_field, backend)
        return self.search_index(config, start, stop, score_field)

    def search_index(self, config, start, stop, score_field) -> Any:
        raise NotImplementedError

    def index_text(self, search_query) -> VectorConcat:
        """The entry's text vectors joined, as upstream's search matches them."""
        return VectorConcat(*(v for v, _w in self.get_index_vectors(search_query)))

    def rank(self, vectors, config) -> Any:
        return self._build_rank_expression(vectors, config)

    def ordered_and_scored(self, queryset, rank, start, stop, score_field) -> Any:
        return self._apply_ordering_and_scoring(
            queryset, rank, start, stop, score_field
        )


class PostgresAutocompleteCompiler(
    PostgresWordsMixin, postgres.PostgresAutocompleteQueryCompiler
):
    pass


PostgresSearchBackend = postgres.PostgresSearchBackend
PostgresSearchResults = postgres.PostgresSearchResults


# SQLite: modelsearch.backends.database.sqlite, which modelsearch defines (its
# FTS5 model with it) on SQLite alone: it imports on no other database.

if connection.vendor == "sqlite":
    from modelsearch.backends.database.sqlite import query as fts
    from modelsearch.backends.database.sqlite import sqlite
    from modelsearch.backends.database.sqlite import utils as sqlite_utils

    FTS_TABLE = fts.SQLiteFTSIndexEntry._meta.db_table
    FallbackSearchBackend = fallback.DatabaseSearchBackend
    SQLiteSearchBackend = sqlite.SQLiteSearchBackend

    def fts5_ready() -> bool:
        """Whether SQLite has FTS5 and migrations have made its table.

        Follows `modelsearch.backends.database.SearchBackend`.
        """
        return sqlite_utils.fts5_available() and sqlite_utils.fts_table_exists()

    class SQLiteIndexer(sqlite.ObjectIndexer):
        """Follows `ObjectIndexer.prepare_field`: `search_texts()` is each
        SearchField of the object, its related objects' included, with its
        text."""

        def search_texts(self) -> Iterator[tuple[Any, str]]:
            for field in self.search_fields:
                for current, value in self.prepare_field(self.obj, field):
                    if isinstance(current, SearchField):
                        yield current, value

    class SQLiteIndex(sqlite.SQLiteIndex):
        """modelsearch's index table, with rows from `indexers(objs)`.

        Follows `SQLiteIndex.add_items`, which makes an `ObjectIndexer` of
        its own for each object; its triggers copy each row into the FTS5
        table. `keeps_title_norms` False skips `_refresh_title_norms`.
        """

        keeps_title_norms = True

        def indexers(self, objs) -> list[Any]:
            return [sqlite.ObjectIndexer(obj, self.backend) for obj in objs]

        def add_items(self, model, objs) -> None:
            if not model.get_search_fields():
                return
            indexers = self.indexers(objs)
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
                sqlite.IndexEntry(
                    content_type_id=content_type_pk,
                    object_id=indexer.id,
                    title=indexer.title,
                    autocomplete=indexer.autocomplete,
                    body=indexer.body,
                )
                for indexer in indexers
                if indexer.id not in indexed
            )
            self._refresh_title_norms()

        def _refresh_title_norms(self, full: bool = False) -> None:
            if self.keeps_title_norms:
                super()._refresh_title_norms(full=full)

    if TYPE_CHECKING:
        _SQLiteCompiler = Any
    else:
        _SQLiteCompiler = object

    class SQLiteWordsMixin(_SQLiteCompiler):
        """A compiler whose words (plain text or a phrase) become the FTS5
        string `match_string(query)`, ranked by `rank_expression()`, and
        whose searches of words go to `search_index`.

        Follows `SQLiteSearchQueryCompiler.build_search_query_content`,
        `._build_rank_expression` and `.search` (its FTS5 match).
        """

        def match_string(self, query) -> str:
            raise NotImplementedError

        def rank_expression(self, vectors, config) -> Any:
            return super()._build_rank_expression(vectors, config)

        def answers_from_index(self, score_field=None) -> bool:
            return reads_the_index(self.query)

        def search_index(self, config, start, stop, score_field) -> Any:
            raise NotImplementedError

        def build_search_query_content(self, query, config=None) -> Any:
            if reads_the_index(query):
                return fts.SearchQueryExpression(Value(self.match_string(query)))
            return super().build_search_query_content(query, config=config)

        def _build_rank_expression(self, vectors, config) -> Any:
            return self.rank_expression(vectors, config)

        def matching_entries(self, config) -> QuerySet[Any]:
            """The FTS5 rows that match, of the queryset's model or below."""
            match = fts.MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS,
                self.build_search_query_content(self.query, config=config),
            )
            content_types = get_descendants_content_types_pks(self.queryset.model)
            return fts.SQLiteFTSIndexEntry.objects.filter(match).filter(
                index_entry__content_type__in=content_types
            )

        def search(self, config, start, stop, score_field=None) -> Any:
            if not self.answers_from_index(score_field):
                return super().search(config, start, stop, score_field)
            return self.search_index(config, start, stop, score_field)

    class SQLiteSearchCompiler(SQLiteWordsMixin, sqlite.SQLiteSearchQueryCompiler):
        pass

    class SQLiteAutocompleteCompiler(
        SQLiteWordsMixin, sqlite.SQLiteAutocompleteQueryCompiler
    ):
        pass

    class SQLiteResults(sqlite.SQLiteSearchResults):
        """Follows `SQLiteSearchResults._do_count`: `index_count()`, when not
        None, is the count."""

        def index_count(self) -> int | None:
            return None

        def _do_count(self) -> int:
            count = self.index_count()
            return super()._do_count() if count is None else count


# Elasticsearch: modelsearch.backends.elasticsearch8 and elasticsearchbase


class ElasticsearchIndex(Elasticsearch8Index):
    """Follows `Elasticsearch8Index.put`, which creates every index with the
    backend's settings: here with the index's `index_settings()`."""

    def index_settings(self) -> dict[str, Any]:
        return self.backend.settings

    def put(self) -> None:
        self.es.indices.create(index=self.name, **self.index_settings())


class AtomicIndexRebuilder(ElasticsearchAtomicIndexRebuilder):
    """Builds an index beside the live one, then moves the alias to it.

    Follows `ElasticsearchAtomicIndexRebuilder.__init__`, which makes the new
    index with `backend.index_class(backend, name)`: here the live index
    makes it (`sibling(name)`), so that it keeps what the live one carries.
    """

    def __init__(self, index) -> None:
        self.alias = index
        self.index = index.sibling(f"{index.name}_{get_random_string(7).lower()}")


class EngineOrFallbackResults(Elasticsearch8SearchResults):
    """Results whose every request to the cluster goes through
    `engine_or_fallback(from_engine, from_fallback)`: the latter takes the
    same search's results from another backend (`fallback_results`).

    Follows `BaseSearchResults._do_search` and `._do_count`, and
    `ElasticsearchBaseSearchResults.facet`.
    """

    def engine_or_fallback(self, from_engine, from_fallback) -> Any:
        raise NotImplementedError

    def _do_search(self) -> list[Any]:
        search = super()._do_search
        return self.engine_or_fallback(
            lambda: list(search()), lambda results: list(results)
        )

    def _do_count(self) -> int:
        return self.engine_or_fallback(
            super()._do_count, lambda results: results.count()
        )

    def facet(self, field_name) -> Any:
        facet = super().facet
        return self.engine_or_fallback(
            lambda: facet(field_name), lambda results: results.facet(field_name)
        )

    def fallback_results(self, backend) -> Any:
        """The same search, with the same slice and score, on `backend`.

        Follows `BaseSearchResults` (`start`, `stop`, `_score_field`) and the
        compiler's `query` (which carries its operator), `queryset`, `fields`
        and `order_by_relevance`.
        """
        compiler = self.query_compiler
        if isinstance(compiler, ElasticsearchAutocompleteQueryCompilerImpl):
            search = backend.autocomplete
        else:
            search = backend.search
        results = search(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]


ElasticsearchBackend = Elasticsearch8SearchBackend


@contextmanager
def search_index_updates_deferred() -> Iterator[None]:
    """No search index update per save while inside: for a bulk load that
    runs `update_index` once at the end (seed_demo).

    Follows `modelsearch.signal_handlers.register_signal_handlers`, which
    connects `post_save_signal_handler` for each indexed model. The public
    switch, AUTO_UPDATE: False, still runs the handler's task on every save
    (two queries each, some 6 % of the time).
    """
    indexed = list(get_indexed_models())
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in indexed:
            if getattr(model, "search_auto_update", True):
                post_save.connect(post_save_signal_handler, sender=model)
