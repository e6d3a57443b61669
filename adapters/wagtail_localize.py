"""The parts of wagtail-localize that are not its documented API, as the demo
uses them.

Written for wagtail-localize 1.14.5, following:

- `wagtail_localize.synctree.synchronize_tree(source_locale, target_locale)`,
  which `LocaleSynchronization.sync_trees` enqueues as a background task; here
  it runs at once, in the caller's transaction.
- `wagtail_localize.segments.extract.extract_segments(instance)` and
  `wagtail_localize.segments.types.StringSegmentValue`: an instance's
  translatable strings with their paths, in the order the translation editor
  lists them.
- What the translation editor does when a translator fills in every string and
  saves: `TranslationSource.update_or_create_from_instance`, a
  `StringTranslation` per `StringSegment`, then `Translation.save_target`.
"""

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue
from wagtail_localize.synctree import synchronize_tree

UPSTREAM = {"wagtail-localize": ">=1.14.5,<1.15"}


def synchronise_tree(source_locale, target_locale) -> None:
    """Alias every page of `source_locale` missing from `target_locale`."""
    synchronize_tree(source_locale, target_locale)


def save_translation(source, locale, translated) -> None:
    """Translate `source` into `locale` through the translation memory, with
    the strings of `translated` (an unsaved instance of the same model) paired
    up with the source's by path and position. The translation is saved as a
    draft, not published.
    """
    source_record, _created = TranslationSource.update_or_create_from_instance(source)
    by_path: dict[str, list[str]] = {}
    for segment in extract_segments(translated):
        if isinstance(segment, StringSegmentValue):
            by_path.setdefault(segment.path, []).append(segment.string.data)
    for segment in (
        StringSegment.objects.filter(source=source_record)
        .select_related("string", "context")
        .order_by("order")
    ):
        candidates = by_path.get(segment.context.path)
        if not candidates:
            raise ValueError(
                f"No {locale.language_code} text for {segment.context.path} "
                f"of '{source}': the demo content's blocks do not line up."
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": candidates.pop(0)},
        )
    translation, _created = Translation.objects.get_or_create(
        source=source_record, target_locale=locale
    )
    # save_target(publish=True) publishes on commit from the revision's cached
    # page, whose tree fields (numchild) are stale by then when children are
    # added in the same transaction: the caller publishes, from the database.
    translation.save_target(publish=False)
