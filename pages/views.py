from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.models import Page

from pages.translation import translated_versions


def untranslated_notice(request, page_id):
    """Say that a page is not yet in the reader's language and link the versions
    that are, instead of a 404 or Finnish text under a Swedish address."""
    page = get_object_or_404(Page.objects.live().select_related("locale"), pk=page_id)
    return render_untranslated_notice(request, page)


def render_untranslated_notice(request, page):
    # A restricted page's title is not shown to someone it is not shared with.
    if not all(r.accept_request(request) for r in page.get_view_restrictions()):
        raise Http404
    language = translation.get_language()
    versions = translated_versions(page)
    if language in versions:  # translated since the link was made
        return redirect(versions[language].get_url(request))
    available = [
        (code, name, versions[code])
        for code, name in settings.LANGUAGES
        if code in versions
    ]
    return TemplateResponse(
        request,
        "pages/untranslated_notice.html",
        {"page": page, "available": available},
    )
