"""Which pages a reader may find: live, in their language, readable by them."""

from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction

# Longer queries add nothing but cost; the search box stops here too.
MAX_QUERY_LENGTH = 200


def clean_query(text):
    """The query as words: no control characters (PostgreSQL refuses NUL),
    single spaces, at most MAX_QUERY_LENGTH characters."""
    printable = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH].strip()


def searchable_pages(request):
    """Live pages in the reader's language that the reader may open.

    Untranslated aliases repeat their source page in another language: they
    are not results. A page restricted to groups the reader is not in is left
    out with everything below it, so not even its title shows.
    """
    locale = Locale.objects.get(language_code=translation.get_language())
    pages = Page.objects.live().filter(locale=locale)
    aliases = list(
        Page.objects.filter(locale=locale, alias_of__isnull=False).values_list(
            "id", flat=True
        )
    )
    if aliases:
        pages = pages.exclude(id__in=aliases)
    for path in closed_paths(request):
        pages = pages.exclude(path__startswith=path)
    return pages


def closed_paths(request):
    """Tree paths of the pages whose view restriction the reader does not pass."""
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related(
        "groups"
    )
    return [r.page.path for r in restrictions if not r.accept_request(request)]


def is_under(page, paths):
    """Whether the page is one of, or below, the pages at these tree paths."""
    return any(page.path.startswith(path) for path in paths)
