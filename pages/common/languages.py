"""The site's languages, under one name each.

- `source_language()`: the language content is written in first (Finnish).
  Its rows of organisation data are the canonical ones, and wagtail-localize
  translates pages and snippets from it.
- `reader_language()`: the language the current request is read in.
- `in_language(objects, language)`: each translatable object in a language
  where it is translated, else the object as it is.

Language codes are base codes ("fi", "sv", "en"), as in `settings.LANGUAGES`.
"""

from typing import Any

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale


def base_language(code) -> str:
    """The base code: "fi" for "fi", "fi-FI" or "fi_fi"."""
    return code.replace("_", "-").split("-")[0].lower()


def source_language() -> str:
    return base_language(settings.LANGUAGE_CODE)


def reader_language() -> str:
    """The request's language; the source language outside a request."""
    code = base_language(translation.get_language() or settings.LANGUAGE_CODE)
    if code in {language for language, _name in settings.LANGUAGES}:
        return code
    return source_language()


def source_locale() -> Locale:
    return Locale.objects.get(language_code=source_language())


def in_language(objects, language, among=None) -> list[Any]:
    """The objects, each in `language` where translated, else as they are.

    `language` is a language code, a Locale or a locale's id (a page's
    `locale_id`, which costs no query). `among` narrows where translations
    are looked for (for example to live pages); by default every row of the
    objects' model. One query for the whole list.
    """
    objects = list(objects)
    if not objects:
        return []
    if among is None:
        among = type(objects[0])._default_manager.all()
    if isinstance(language, str):
        in_locale = {"locale__language_code": language}
    else:
        in_locale = {"locale": language}
    translations = {
        obj.translation_key: obj
        for obj in among.filter(
            translation_key__in={o.translation_key for o in objects}, **in_locale
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]
