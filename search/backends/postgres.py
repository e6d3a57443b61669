"""The PostgreSQL search backend, analysing each object by its own language.

Wagtail's PostgreSQL backend takes a single SEARCH_CONFIG, and two database
backends would overwrite each other's rows in its one index table
(wagtail#9253). This one backend instead analyses each object in Python by its
own language (search/analysis.py: Voikko, stop words, snowball) and hands
PostgreSQL the lexemes under the `simple` configuration, which keeps them as
they are; a query is analysed the same way, in the reader's language. SQLite
(search/backends/sqlite.py) indexes the same lexemes.

Everything here that reaches into modelsearch's PostgreSQL backend stays in
this module, so that a modelsearch upgrade breaks one place.
"""

from collections import OrderedDict

from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.search import (
    SearchQuery,
    SearchVector,
    SearchVectorField,
)
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    Func,
    Q,
    TextField,
    Value,
)
from django.db.models.expressions import CombinedExpression, RawSQL
from django.db.models.lookups import Exact
from django.db.models.sql.subqueries import InsertQuery
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import ADD, get_content_type_pk
from wagtail.models import Locale

from search.analysis import index_text, query_words, typed_words
from search.backends.languages import ObjectLanguages, reader_language

# The text arrives analysed: PostgreSQL only lowercases it and splits it at
# spaces, in every language.
CONFIG = "simple"

# How many of a query's matches are ranked by their whole text. Ranking reads
# each match's body vector, so a word on thousands of pages would cost
# hundreds of milliseconds. Of more matches, those whose titles match best,
# the newest first, are ranked, and the rest follow them on later pages.
RANKED_MATCHES = 100


def locale_lexeme(locale_id):
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

    def __init__(self, locale_id):
        super().__init__("")
        self.locale_id = locale_id

    def as_sql(self, compiler, connection, function=None, template=None):
        return "%s::tsquery", [locale_lexeme(self.locale_id)]


def filtered_locale(queryset):
    """The id of the locale a queryset is restricted to, if it is."""
    where = queryset.query.where
    if where.negated or where.connector != "AND":
        return None
    for condition in where.children:
        target = getattr(getattr(condition, "lhs", None), "target", None)
        if (
            isinstance(condition, Exact)
            and getattr(target, "name", "") == "locale"
            and target.related_model is Locale
        ):
            locale_id = getattr(condition.rhs, "pk", condition.rhs)
            # Not an expression (OuterRef, Subquery…), which no mark names.
            return locale_id if isinstance(locale_id, int) else None
    return None


class LocaleObjectIndexer(ObjectIndexer):
    """Index entries analysed in the object's own language, marked with its
    locale."""

    def __init__(self, obj, backend, language):
        super().__init__(obj, backend)
        self.language = language
        self.config = CONFIG

    @cached_property
    def body(self):
        locale_id = getattr(self.obj, "locale_id", None)
        if locale_id is None:
            return super().body
        return CombinedExpression(
            super().body,
            "||",
            RawSQL("%s::tsvector", [locale_lexeme(locale_id)]),
            output_field=SearchVectorField(),
        )

    @property
    def body_text(self):
        # modelsearch keeps the plain body text for its fuzzy matching, which
        # nothing here uses (did-you-mean works from titles): it would double
        # the size of the table every search reads, and the time to fill it.
        return ""

    def as_vector(self, texts, for_autocomplete=False):
        if for_autocomplete:
            # Autocomplete matches prefixes of the words as written.
            return super().as_vector(texts, for_autocomplete=True)
        texts = [(index_text(text, self.language), weight) for text, weight in texts]
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
        language_of = ObjectLanguages()
        for obj in objs:
            indexer = LocaleObjectIndexer(obj, self.backend, language_of(obj))
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
                """,  # the values are parameters
                params,
            )
        self._refresh_title_norms()


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


def tsquery_terms(query_string, language, operator="and"):
    """A query's words as lexemes, each standing for all its analysed terms.

    A word matches through any of its base forms, or through all the parts of
    its compound: "tietoturvaharjoitus" finds "tietoturvan harjoitus" too.
    Every lexeme comes from search/analysis.py and is quoted by Lexeme: no
    character of the query reaches tsquery syntax.
    """
    alternatives = []
    for word in query_words(query_string, language):
        forms = combine((Lexeme(form) for form in word.forms), "or")
        if len(word.parts) > 1:
            forms |= combine((Lexeme(part) for part in word.parts), "and")
        alternatives.append(forms)
    return combine(alternatives, operator)


def prefix_terms(query_string):
    """The words as typed, the last one a prefix: what autocomplete looks up."""
    words = typed_words(query_string)
    lexemes = [Lexeme(word) for word in words[:-1]]
    lexemes += [Lexeme(word, prefix=True) for word in words[-1:]]
    return combine(lexemes, "and")


class LocaleQueryCompilerMixin:
    def get_config(self, backend):
        return CONFIG

    def build_tsquery_content(self, query, config=None, invert=False):
        # modelsearch splits a query at spaces and quotes the words as they
        # are; a phrase it passes whole. Here every word is analysed first,
        # and a phrase is its words, since the index keeps no word order.
        if isinstance(query, (PlainText, Phrase)):
            if self.LAST_TERM_IS_PREFIX:
                terms = prefix_terms(query.query_string)
            else:
                operator = getattr(query, "operator", "and")
                terms = tsquery_terms(query.query_string, reader_language(), operator)
            if terms is None:
                return SearchQuery("", config=config)
            if invert:
                return ~SearchQuery(terms, search_type="raw", config=config)
            return SearchQuery(terms, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class Head(Func):
    """The first `length` elements of an array."""

    template = "(%(expressions)s)[1:%(length)d]"

    def __init__(self, array, length):
        super().__init__(array, length=length)


class LocaleQueryCompiler(LocaleQueryCompilerMixin, PostgresSearchQueryCompiler):
    # The matches to rank, when a facet has found them in its own pass.
    ranked_ids = None

    def reads_the_index(self):
        return self.fields is None and isinstance(self.query, (PlainText, Phrase))

    def matches(self, search_query):
        """modelsearch's condition, which the expression index in
        search/migrations answers, narrowed to the queryset's locale."""
        text = F("index_entries__title")._combine(F("index_entries__body"), "||", False)
        matches = self.queryset.annotate(_vector_=text).filter(_vector_=search_query)
        locale_id = filtered_locale(self.queryset)
        if locale_id is not None:
            matches = matches.filter(_vector_=LocaleQuery(locale_id))
        return matches

    def title_rank(self, config):
        return self._build_rank_expression(
            [(F("index_entries__title"), F("index_entries__title_norm"))], config
        )

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self.reads_the_index():
            return super().search(config, start, stop, score_field, backend)
        search_query = self.build_tsquery(self.query, config=config)
        matches = self.matches(search_query)
        rank = self._build_rank_expression(self.get_index_vectors(search_query), config)
        if not self.order_by_relevance:
            return self._apply_ordering_and_scoring(
                matches, rank, start, stop, score_field
            )
        ranked = self.ranked_ids
        if ranked is None:
            ranked = matches.order_by(self.title_rank(config).desc(), "-pk")
            ranked = ranked.values("pk")[:RANKED_MATCHES]
        if stop is not None and stop <= RANKED_MATCHES:
            return self._apply_ordering_and_scoring(
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
        """
        title_rank = self.title_rank(config)
        order = (title_rank.desc(), F("pk").desc())
        rows = (
            self.matches(self.build_tsquery(self.query, config=config))
            .order_by()
            .values(field_name)
            .annotate(
                count=Count("pk"),
                ids=Head(ArrayAgg("pk", order_by=order), RANKED_MATCHES),
                ranks=Head(ArrayAgg(title_rank, order_by=order), RANKED_MATCHES),
            )
        )
        best = sorted(
            (
                (rank, pk)
                for row in rows
                for rank, pk in zip(row["ranks"], row["ids"], strict=True)
            ),
            reverse=True,
        )
        self.ranked_ids = [pk for _rank, pk in best[:RANKED_MATCHES]]
        rows = sorted(rows, key=lambda row: row["count"], reverse=True)
        return OrderedDict((row[field_name], row["count"]) for row in rows)


class LocaleSearchResults(PostgresSearchResults):
    def facet(self, field_name):
        compiler = self.query_compiler
        if (
            not isinstance(compiler, LocaleQueryCompiler)
            or not compiler.reads_the_index()
            or not compiler.order_by_relevance
            or compiler._get_filterable_field(field_name) is None
        ):
            return super().facet(field_name)
        return compiler.facet_and_rank(compiler.get_config(self.backend), field_name)


class LocaleAutocompleteQueryCompiler(
    LocaleQueryCompilerMixin, PostgresAutocompleteQueryCompiler
):
    """Autocomplete matches word prefixes as written, in any language."""

    def get_config(self, backend):
        return backend.autocomplete_config


class LocalePostgresSearchBackend(PostgresSearchBackend):
    index_class = LocaleIndex
    query_compiler_class = LocaleQueryCompiler
    results_class = LocaleSearchResults
    autocomplete_query_compiler_class = LocaleAutocompleteQueryCompiler


SearchBackend = LocalePostgresSearchBackend
