"""Which language versions of a page exist, as readers see them.

wagtail-localize keeps the Swedish and English trees in step with the
Finnish one by creating aliases of pages that nobody has translated yet. An
alias shows the Finnish text under a Swedish address, so for readers it is
not a translation: they get a notice that links the versions that exist.
"""

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translated: bool


def is_untranslated_alias(page):
    """True for an alias that stands in for a page in another language."""
    return bool(page.alias_of_id) and page.alias_of.locale_id != page.locale_id


def translated_versions(page):
    """Live, real (non-alias) versions of `page` by language code, itself included."""
    versions = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .live()
        .select_related("locale")
    )
    return {version.locale.language_code: version for version in versions}


def language_links(request, page=None):
    """One link per site language for the language switcher and hreflang."""
    current = translation.get_language()
    versions = translated_versions(page) if page is not None else {}
    links = []
    for code, name in settings.LANGUAGES:
        if page is None:
            url, is_translated = translate_view_url(request.get_full_path(), code), True
        elif code in versions:
            url, is_translated = versions[code].get_url(request), True
        else:
            with translation.override(code):
                url = reverse("untranslated", args=[page.pk])
            is_translated = False
        links.append(LanguageLink(code, name, url, code == current, is_translated))
    return links


def translate_view_url(url, language):
    """`url` in another language, with its `next` (after login) translated too."""
    parts = urlsplit(translate_url(url, language))
    query = [
        (key, translate_url(value, language) if key == "next" else value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return parts._replace(query=urlencode(query, safe="/")).geturl()
