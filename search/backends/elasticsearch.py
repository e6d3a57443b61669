"""Elasticsearch search with one index per content language.

Each language has its own index of each root model (`digimentor-sv__
wagtailcore_page`), analysed by that language's analyzer: Finnish goes through
the Raudikko plugin when the cluster has it (RAUDIKKO). An object is indexed
into its locale's index; a search reads the index of the reader's language.

Elasticsearch never holds up an editor nor breaks search. Requests time out
quickly and are not retried; after an outage-like failure the cluster is left
alone for PAUSE_AFTER_FAILURE seconds, so one save or one search page waits on
it once at most. A write that fails is logged as a warning and skipped: a
scheduled `manage.py update_index --backend default` brings the indexes back
up to date. A search that fails is logged and answered by the database
backend, which modelsearch keeps current alongside this one.
"""

import logging
import time
from collections import defaultdict
from copy import deepcopy

from django.conf import settings
from django.utils.functional import cached_property
from elasticsearch import ApiError, TransportError
from modelsearch.backends import get_search_backend
from wagtail.models import Locale, TranslatableMixin

from adapters import modelsearch as upstream
from pages.common.languages import base_language, reader_language, source_language
from search.analysis import FINNISH

logger = logging.getLogger(__name__)

# Elasticsearch's built-in analyzer for each content language.
ANALYZERS = {"fi": "finnish", "sv": "swedish", "en": "english"}

# Finnish through the Raudikko plugin: each word becomes its base forms and,
# for a compound, its parts, so "kokouksessa" finds "kokous" and
# "tietoturvaharjoitus" finds "harjoitus". The plugin also brings the
# `finnish` tokenizer.
RAUDIKKO_ANALYSIS = {
    "analyzer": {
        "default": {
            "type": "custom",
            "tokenizer": "finnish",
            "filter": ["lowercase", "finnish_stop", "finnish_raudikko"],
        }
    },
    "filter": {
        "finnish_stop": {"type": "stop", "stopwords": "_finnish_"},
        "finnish_raudikko": {"type": "raudikko", "splitCompoundWords": True},
    },
}

# Until when each cluster is left alone after a failure, by its hosts.
paused_until = {}


def is_outage(error):
    """Whether an error means the cluster is away, rather than a bad request."""
    return isinstance(error, TransportError) or error.meta.status >= 500


class LanguageIndex(upstream.ElasticsearchIndex):
    """One Elasticsearch index, holding the documents of one language."""

    def __init__(self, backend, name, language=None) -> None:
        super().__init__(backend, name)
        self.language = language

    def index_settings(self):
        return self.backend.get_index_settings(self.language)

    def sibling(self, name):
        """Another index of the same language (a rebuild's new one)."""
        return type(self)(self.backend, name, self.language)


class LanguageRoutingIndex(upstream.BaseIndex):
    """The language indexes of one root model, seen as one index.

    Each object goes to the index of its own language; searches read the index
    of the reader's language (`name`).
    """

    def __init__(self, backend, model, indexes) -> None:
        super().__init__(backend)
        self.model = upstream.get_model_root(model)
        self.indexes = indexes

    @property
    def name(self):
        return self.indexes[self.backend.search_language(self.model)].name

    @cached_property
    def locale_languages(self):
        return dict(Locale.objects.values_list("pk", "language_code"))

    def language_of(self, obj):
        if isinstance(obj, TranslatableMixin):
            return self.backend.index_language(self.locale_languages.get(obj.locale_id))
        return source_language()

    def add_model(self, model) -> None:
        for index in self.indexes.values():
            index.add_model(model)

    def add_item(self, item) -> None:
        self.indexes[self.language_of(item)].add_item(item)

    def add_items(self, model, items) -> None:
        items_by_language = defaultdict(list)
        for item in items:
            items_by_language[self.language_of(item)].append(item)
        for language, language_items in items_by_language.items():
            self.indexes[language].add_items(model, language_items)

    def delete_item(self, item) -> None:
        self.indexes[self.language_of(item)].delete_item(item)

    def refresh(self) -> None:
        for index in self.indexes.values():
            index.refresh()

    def reset(self) -> None:
        for index in self.indexes.values():
            index.reset()

    def get_key(self):
        return self.model._meta.label_lower

    def __str__(self) -> str:
        return ", ".join(index.name for index in self.indexes.values())


class LanguagesRebuilder:
    """Rebuilds all the language indexes of a root model (`update_index`),
    each beside its live one, then moves their aliases."""

    def __init__(self, index) -> None:
        # A rebuild is batch work: bulk requests may take longer than the
        # short timeout that keeps saves and searches responsive.
        backend = index.backend.for_rebuild()
        self.index = backend.get_index_for_model(index.model)
        self.rebuilders = {
            language: upstream.AtomicIndexRebuilder(language_index)
            for language, language_index in self.index.indexes.items()
        }

    def start(self):
        new_indexes = {
            language: rebuilder.start()
            for language, rebuilder in self.rebuilders.items()
        }
        return LanguageRoutingIndex(self.index.backend, self.index.model, new_indexes)

    def finish(self) -> None:
        for rebuilder in self.rebuilders.values():
            rebuilder.finish()


class FallbackSearchResults(upstream.EngineOrFallbackResults):
    """Results from Elasticsearch, or from the database when it fails."""

    def engine_or_fallback(self, from_engine, from_fallback):
        if self.backend.is_paused():
            logger.warning(
                "Elasticsearch failed a moment ago: searching the database instead."
            )
            return from_fallback(self._database_results())
        try:
            return from_engine()
        except (ApiError, TransportError) as error:
            self.backend.note_failure(error)
            logger.warning(
                "Elasticsearch search failed (%s): searching the database instead.",
                error,
            )
            return from_fallback(self._database_results())

    def _database_results(self):
        return self.fallback_results(get_search_backend(self.backend.fallback_backend))


class LanguageElasticsearchBackend(upstream.ElasticsearchBackend):
    """Elasticsearch 8 with one index per content language.

    Parameters beyond modelsearch's: RAUDIKKO (the cluster has the Raudikko
    plugin), REBUILD_TIMEOUT (seconds a rebuild request may take),
    PAUSE_AFTER_FAILURE (seconds to leave the cluster alone after it fails)
    and FALLBACK (the backend that answers searches meanwhile). INDEX_PREFIX
    starts each index name.
    """

    index_class = LanguageIndex
    results_class = FallbackSearchResults
    atomic_rebuilder_class = LanguagesRebuilder

    def __init__(self, params) -> None:
        params = dict(params)
        self.params = dict(params)
        self.raudikko = params.pop("RAUDIKKO", False)
        self.rebuild_timeout = params.pop("REBUILD_TIMEOUT", 60)
        self.pause_after_failure = params.pop("PAUSE_AFTER_FAILURE", 30)
        self.fallback_backend = params.pop("FALLBACK", "database")
        # A failed write is caught up by update_index and a failed search is
        # answered by the database: retries would only make people wait.
        params["OPTIONS"] = {"max_retries": 0, **params.get("OPTIONS", {})}
        super().__init__(params)
        self.languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]

    def for_rebuild(self):
        """This backend with the rebuild's timeout."""
        return type(self)({**self.params, "TIMEOUT": self.rebuild_timeout})

    def index_language(self, language_code):
        """The content language whose index holds text in a language."""
        language = base_language(language_code or source_language())
        return language if language in self.languages else source_language()

    # Indexes

    def get_index_name(self, model, language) -> str:
        root = upstream.get_model_root(model)
        prefix = "-".join(filter(None, [self.index_prefix, language]))
        return f"{prefix}__{root._meta.app_label}_{root._meta.model_name}".lower()

    def get_index_for_model(self, model):
        return LanguageRoutingIndex(
            self,
            model,
            {
                language: self.index_class(
                    self, self.get_index_name(model, language), language
                )
                for language in self.languages
            },
        )

    def get_index_settings(self, language):
        index_settings = deepcopy(self.settings)
        analysis = index_settings["settings"]["analysis"]
        # Autocomplete queries are analysed by the `standard` analyzer, which
        # keeps "ä" and "ö": folding them away in the index ("pää" to "paa")
        # would keep Finnish and Swedish prefixes from ever matching.
        analysis["analyzer"]["edgengram_analyzer"]["filter"] = [
            "lowercase",
            "edgengram",
        ]
        if language == FINNISH and self.raudikko:
            analysis["analyzer"].update(deepcopy(RAUDIKKO_ANALYSIS["analyzer"]))
            analysis["filter"].update(deepcopy(RAUDIKKO_ANALYSIS["filter"]))
        else:
            analyzer = ANALYZERS.get(language, "standard")
            analysis["analyzer"]["default"] = {"type": analyzer}
        return index_settings

    def search_language(self, model):
        """The language whose index a search of this model reads."""
        if issubclass(model, TranslatableMixin):
            return self.index_language(reader_language())
        return source_language()

    # Writes, which must not hold up an editor

    def add(self, obj) -> None:
        self._write("index", super().add, obj)

    def delete(self, obj) -> None:
        self._write("delete", super().delete, obj)

    def _write(self, action, write, obj) -> None:
        if self.is_paused():
            logger.warning(
                "Elasticsearch failed a moment ago: did not %s %r; "
                "update_index catches up.",
                action,
                obj,
            )
            return
        try:
            write(obj)
        except (ApiError, TransportError) as error:
            self.note_failure(error)
            logger.warning(
                "Elasticsearch failed to %s %r (%s); update_index catches up.",
                action,
                obj,
                error,
            )

    # Failures

    @property
    def cluster_key(self):
        return repr(self.hosts)

    def is_paused(self):
        return time.monotonic() < paused_until.get(self.cluster_key, 0)

    def note_failure(self, error) -> None:
        if is_outage(error):
            paused_until[self.cluster_key] = time.monotonic() + self.pause_after_failure


SearchBackend = LanguageElasticsearchBackend
