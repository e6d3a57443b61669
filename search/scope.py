"""Which pages a reader may find: live, in their language, readable by them."""

from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Locale, Page

from pages.common.access import open_pages

# Longer queries add nothing but cost; the search box stops here too.
MAX_QUERY_LENGTH = 200


def clean_query(text):
    """The query as words: no control characters (PostgreSQL refuses NUL),
    single spaces, at most MAX_QUERY_LENGTH characters."""
    printable = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH].strip()


def searchable_pages(request: HttpRequest):
    """Live pages in the reader's language that the reader may open.

    Untranslated aliases repeat their source page in another language: they
    are not results. A page the reader may not open is left out with
    everything below it, in every language, so not even its title shows.
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
    return open_pages(request, pages)
