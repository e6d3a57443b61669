"""The language each object of a batch is analysed in: its locale's. Shared
by the database backends; a query is analysed in `reader_language()`."""

from wagtail.models import Locale

from pages.common.languages import base_language, source_language


class ObjectLanguages:
    """The language of each object of a batch, by its locale (the source
    language for objects that have none)."""

    def __init__(self) -> None:
        self.by_locale = {
            pk: base_language(code)
            for pk, code in Locale.objects.values_list("id", "language_code")
        }

    def __call__(self, obj):
        locale_id = getattr(obj, "locale_id", None)
        return self.by_locale.get(locale_id, source_language())
