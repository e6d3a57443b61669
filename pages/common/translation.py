"""Which language versions of a page exist, as readers see them.

wagtail-localize keeps the Swedish and English trees in step with the
Finnish one by creating aliases of pages that nobody has translated yet. An
alias shows the Finnish text under a Swedish address, so for readers it is
not a translation: they get a notice that links the versions that exist
(`untranslated_notice`).
"""

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from pages.common.access import is_open, may_open, reader_view
from pages.common.caching import freshness
from pages.common.languages import reader_language


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translated: bool


def is_untranslated_alias(page) -> bool:
    """True for an alias that stands in for a page in another language."""
    return bool(page.alias_of_id) and page.alias_of.locale_id != page.locale_id


def translated_versions(page) -> dict[str, Page]:
    """Live, real (non-alias) versions of `page` by language code, itself included."""
    versions = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .live()
        .select_related("locale")
    )
    return {version.locale.language_code: version for version in versions}


def open_versions(request: HttpRequest, page, may_read=is_open) -> dict[str, Page]:
    """`translated_versions`, without those the reader may not open (by
    default as lists see them: a password counts as closed)."""
    versions = translated_versions(page)
    return {code: v for code, v in versions.items() if may_read(request, v)}


def open_version_urls(request: HttpRequest, page) -> dict[str, str]:
    """The addresses of `open_versions`, by language code: the same for every
    reader with the same closed pages, so worked out once per generation."""
    return freshness.remembered_here(
        f"versions:{page.pk}:{reader_view(request)}",
        lambda: {
            code: version.get_url(request)
            for code, version in open_versions(request, page).items()
        },
    )


def language_links(request: HttpRequest, page=None) -> list[LanguageLink]:
    """One link per site language for the language switcher and hreflang."""
    current = reader_language()
    versions = open_version_urls(request, page) if page is not None else {}
    links = []
    for code, name in settings.LANGUAGES:
        if page is None:
            url, is_translated = translate_view_url(request.get_full_path(), code), True
        elif code in versions:
            url, is_translated = versions[code], True
        else:
            with translation.override(code):
                url = reverse("untranslated", args=[page.pk])
            is_translated = False
        links.append(LanguageLink(code, name, url, code == current, is_translated))
    return links


def translate_view_url(url, language) -> str:
    """`url` in another language, with its `next` (after login) translated too."""
    parts = urlsplit(translate_url(url, language))
    query = [
        (key, translate_url(value, language) if key == "next" else value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return parts._replace(query=urlencode(query, safe="/")).geturl()


def untranslated_notice(request: HttpRequest, page_id) -> HttpResponse:
    """Say that a page is not yet in the reader's language and link the versions
    that are, instead of a 404 or Finnish text under a Swedish address."""
    page = get_object_or_404(Page.objects.live().select_related("locale"), pk=page_id)
    return render_untranslated_notice(request, page)


def render_untranslated_notice(request: HttpRequest, page) -> HttpResponse:
    # A restricted page's title is not shown to someone it is not shared
    # with; once they have entered its password, the notice links the
    # versions that password opens.
    if not may_open(request, page):
        raise Http404
    language = reader_language()
    # The tree's root, and pages outside every site, have no address to link.
    versions = {
        code: version
        for code, version in open_versions(request, page, may_open).items()
        if version.get_url(request)
    }
    if not versions:
        raise Http404
    if language in versions:  # translated since the link was made
        return redirect(versions[language].get_url(request))
    available = [
        (code, name, versions[code])
        for code, name in settings.LANGUAGES
        if code in versions
    ]
    return TemplateResponse(
        request,
        "general/untranslated_notice.html",
        {"page": page, "available": available},
    )
