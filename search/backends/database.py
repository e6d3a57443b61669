"""The database search backend, analysing each object by its own language.

Wagtail's PostgreSQL backend takes a single SEARCH_CONFIG, and two database
backends would overwrite each other's rows in its one index table
(wagtail#9253). This one backend instead picks the text search configuration
per object: a Finnish page is indexed with `finnish`, a Swedish one with
`swedish`; a query is analysed the way the reader's language is. Finnish words
go through Voikko first (search/analysis.py) on both sides.

On SQLite the same interface works on modelsearch's own backend, with plainer
matching.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import TextField, Value
from django.db.models.sql.subqueries import InsertQuery
from django.utils import translation
from modelsearch.backends.database import SearchBackend as vendor_backend
from modelsearch.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from modelsearch.utils import ADD, get_content_type_pk
from wagtail.models import Locale

from search.analysis import WORD, analyse, analyse_word

# PostgreSQL's text search configuration for each content language.
CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}


def default_language():
    return settings.LANGUAGE_CODE.split("-")[0]


def reader_language():
    return (translation.get_language() or default_language()).split("-")[0]


def config_for(language):
    return CONFIGS.get(language, "simple")


class LocaleObjectIndexer(ObjectIndexer):
    """Index entries analysed in the object's own language."""

    def __init__(self, obj, backend, language):
        super().__init__(obj, backend)
        self.language = language
        self.config = config_for(language)

    def as_vector(self, texts, for_autocomplete=False):
        if for_autocomplete:
            # Autocomplete matches prefixes of the words as written.
            return super().as_vector(texts, for_autocomplete=True)
        texts = [
            (analyse(text, self.language).strip(), weight) for text, weight in texts
        ]
        texts = [(text, weight) for text, weight in texts if text]
        if not texts:
            return EMPTY_VECTOR
        return ADD(
            SearchVector(
                Value(text, output_field=TextField()), weight=weight, config=self.config
            )
            for text, weight in texts
        )


class LocaleIndex(PostgresIndex):
    """modelsearch's index table, with rows analysed by LocaleObjectIndexer.

    The same upsert as modelsearch's PostgresIndex.add_items, which names its
    own indexer class.
    """

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(
            connection=self.write_connection
        )
        rows, params = [], []
        languages = dict(Locale.objects.values_list("id", "language_code"))
        for obj in objs:
            language = languages.get(
                getattr(obj, "locale_id", None), default_language()
            )
            indexer = LocaleObjectIndexer(obj, self.backend, language)
            vectors = []
            params.extend((content_type_pk, indexer.id))
            for column in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(column), getattr(indexer, column)
                )
                sql, vector_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(vector_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)")
        if not rows:
            return
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table} (content_type_id,
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
                """,  # noqa: S608 - the values are parameters
                params,
            )
        self._refresh_title_norms()


def tsquery_terms(query_string, language):
    """A query's words as lexemes, each standing for all its analysed terms.

    A word matches through any of its base forms, or through all the parts of
    its compound: "tietoturvaharjoitus" finds "tietoturvan harjoitus" too.
    The words themselves must all match.
    """
    terms = None
    for match in WORD.findall(query_string):
        word = analyse_word(match, language)
        alternatives = None
        for form in word.forms:
            alternatives = (
                Lexeme(form) if alternatives is None else alternatives | Lexeme(form)
            )
        if len(word.parts) > 1:
            parts = None
            for part in word.parts:
                parts = Lexeme(part) if parts is None else parts & Lexeme(part)
            alternatives |= parts
        terms = alternatives if terms is None else terms & alternatives
    return terms


class LocaleQueryCompilerMixin:
    def get_config(self, backend):
        return config_for(reader_language())

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText) and not self.LAST_TERM_IS_PREFIX:
            terms = tsquery_terms(query.query_string, reader_language())
            if terms is None:
                return SearchQuery("", config=config)
            if invert:
                return ~SearchQuery(terms, search_type="raw", config=config)
            return SearchQuery(terms, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class LocaleQueryCompiler(LocaleQueryCompilerMixin, PostgresSearchQueryCompiler):
    pass


class LocaleAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    """Autocomplete matches word prefixes as written, in any language."""


class LocalePostgresSearchBackend(PostgresSearchBackend):
    index_class = LocaleIndex
    query_compiler_class = LocaleQueryCompiler
    autocomplete_query_compiler_class = LocaleAutocompleteQueryCompiler


def SearchBackend(params):  # noqa: N802 - modelsearch looks for this name
    if connection.vendor == "postgresql":
        return LocalePostgresSearchBackend(params)
    return vendor_backend(params)
