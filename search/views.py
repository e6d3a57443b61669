from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10


def search(request):
    """Pages in the reader's language that match the query."""
    # Control characters (NUL above all) are not text anyone searches for,
    # and PostgreSQL refuses them.
    text = "".join(
        c for c in request.GET.get("q", "") if c.isprintable() or c.isspace()
    )
    query = " ".join(text.split())[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            # Untranslated aliases repeat their source page in another
            # language: not results. alias_of is not a search filter field.
            .filter(
                locale=Locale.get_active(),
                id__in=Page.objects.filter(alias_of__isnull=True).values("id"),
            )
            .specific()
            .search(query)
        )
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": page},
    )
