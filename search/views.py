import logging

from django.core.paginator import Paginator
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpRequest, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from pages.common.access import is_open
from pages.common.caching import cacheable, freshness
from pages.common.caching.personal import keep_private
from search import counting, kinds
from search.scope import clean_query, searchable_pages
from search.snippets import Matcher, indexed_text, snippet
from search.suggestions import completions, did_you_mean

logger = logging.getLogger(__name__)

PAGE_SIZE = 10


def search(request: HttpRequest):
    """Pages in the reader's language that match the query, by kind."""
    cacheable.allow(request)  # the results depend on the reader's groups
    query = clean_query(request.GET.get("q", ""))
    kind = kinds.by_key(request.GET.get("kind", ""))
    context = {"search_query": query, "kind": kind}
    if query:
        context.update(search_results(request, query, kind))
    return TemplateResponse(request, "search/search.html", context)


def search_results(request: HttpRequest, query, kind):
    backend = get_search_backend()
    pages = searchable_pages(request)
    promoted = promotions(request, query)
    if promoted:
        pages = pages.exclude(id__in=[page.id for page in promoted])
    kind_counts, page = ranked_page(
        backend, pages, query, kind, request.GET.get("page")
    )
    matches = Matcher(query, translation.get_language())
    results = list(page.object_list)
    texts = indexed_texts(results)
    found = [
        {
            "page": result,
            "kind": type_name(result),
            "snippet": snippet(texts[result.pk], matches),
        }
        for result in results
    ]
    suggestion = None
    if not kind_counts and not promoted:
        suggestion = did_you_mean(query, pages, request)
    return {
        "results": page,
        "found": found,
        "promoted": [
            {"page": each, "kind": type_name(each)}
            for each in (promoted if page.number == 1 else [])
        ],
        "kind_counts": kind_counts,
        "total": sum(count for _kind, count in kind_counts) + len(promoted),
        "suggestion": suggestion,
    }


def type_name(page):
    """What kind of page a result is ("News item"), without loading the
    page's own fields: results come as plain pages."""
    return (page.specific_class or Page).get_verbose_name()


def indexed_texts(pages):
    """Each page's indexed text by id, for its snippet: kept until the site
    next changes, since the same pages come up for many queries (reading a
    page's fields for it cost a third of a search page)."""
    by_name = {f"indexed-text:{page.pk}": page.pk for page in pages}
    texts = freshness.remembered_many(list(by_name), read_indexed_texts)
    return {pk: texts[name] for name, pk in by_name.items()}


def read_indexed_texts(names):
    ids = [int(name.rpartition(":")[2]) for name in names]
    specific = Page.objects.filter(pk__in=ids).specific()
    return {f"indexed-text:{page.pk}": indexed_text(page) for page in specific}


def ranked_page(backend, pages, query, kind, number):
    """The matches' counts per kind, and one page of them by relevance: the
    two searches behind a search page."""
    # Plain pages: a result shows its title, address and kind, which need
    # none of its own fields (its snippet comes from indexed_texts).
    results = backend.search(query, pages)
    kind_counts = kinds.counts(results.facet("content_type_id"))
    if kind:
        results = backend.search(query, kinds.only(pages, kind.key))
    paginator = Paginator(results, PAGE_SIZE)
    # The counts per kind already say how many there are: no count query.
    counted = {each.key: count for each, count in kind_counts}
    paginator.count = counted.get(kind.key, 0) if kind else sum(counted.values())
    return kind_counts, paginator.get_page(number)


def promotions(request: HttpRequest, query):
    """Editors' promoted pages for the query, in the reader's language.

    Also counts the query, so that editors see what people search for most.
    """
    # After the request's transaction: on SQLite a write inside it, after its
    # reads, fails at once with "database is locked" when another request
    # writes, instead of waiting its turn.
    transaction.on_commit(lambda: counting.count_search(query))
    query_row = Query.objects.filter(query_string=normalise_query_string(query)).first()
    if query_row is None:
        return []
    locale = Locale.objects.get(language_code=translation.get_language())
    pages = []
    for pick in query_row.editors_picks.select_related("page").order_by("sort_order"):
        page = pick.page
        if page.locale_id != locale.id:
            page = page.get_translation_or_none(locale)
        if page and page.live and page.alias_of_id is None and is_open(request, page):
            pages.append(page.specific)
    return pages


@receiver(cacheable.served_from_cache, sender="search")
def count_cached_search(request: HttpRequest, **kwargs) -> None:
    query = clean_query(request.GET.get("q", ""))
    if query:
        counting.count_search(query)


def suggest(request: HttpRequest):
    """Titles completing what is typed, for the search box's suggestion list."""
    prefix = clean_query(request.GET.get("q", ""))
    suggestions = []
    if len(prefix) >= 2:
        pages = completions(get_search_backend(), prefix, searchable_pages(request))
        suggestions = [
            {"title": page.title, "url": page.url, "kind": str(kind_label(page))}
            for page in pages
        ]
    return keep_private(JsonResponse({"query": prefix, "suggestions": suggestions}))


def kind_label(page):
    return kinds.by_key(kinds.kind_of(page.content_type_id)).label
