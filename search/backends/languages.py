"""Which language a text is analysed in: an object's own, a query's the
reader's. Shared by the database backends."""

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale


def base_language(code):
    return code.split("-")[0]


def default_language():
    return base_language(settings.LANGUAGE_CODE)


def reader_language():
    return base_language(translation.get_language() or default_language())


class ObjectLanguages:
    """The language of each object of a batch, by its locale (the default
    language for objects that have none)."""

    def __init__(self):
        self.by_locale = {
            pk: base_language(code)
            for pk, code in Locale.objects.values_list("id", "language_code")
        }

    def __call__(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        return self.by_locale.get(locale_id, default_language())
