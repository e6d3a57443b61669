"""Building blocks of seed_demo: each creates what is missing and leaves what
exists alone, so a second run changes nothing."""

import json
import uuid

from wagtail.models import TranslatableMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


def build(model, fields):
    """An unsaved page with the given fields; StreamField blocks get stable ids
    so that every language's blocks line up in wagtail-localize."""
    values = {}
    for name, value in fields.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            value = json.dumps(
                [
                    {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/{i}")), **b}
                    for i, b in enumerate(value)
                ]
            )
        values[name] = value
    return model(**values)


def ensure_child(parent, model, fields, **extra):
    """The child of `parent` with fields["slug"], created and published if missing."""
    page = parent.get_children().filter(slug=fields["slug"]).first()
    if page is None:
        page = parent.add_child(instance=build(model, {**fields, **extra}))
        page.save_revision().publish()
    return page


def ensure_translation(page, locale, fields):
    """Translate `page` through wagtail-localize, as a translator would.

    The translated strings go into its translation memory and the page is
    published from there; an alias in a synchronised tree becomes the
    translation.
    """
    existing = page.get_translation_or_none(locale)
    if existing is not None and not existing.alias_of_id:
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translated = [
        segment
        for segment in extract_segments(with_links_of(page.specific, fields))
        if isinstance(segment, StringSegmentValue)
    ]
    by_path = {}
    for segment in translated:
        by_path.setdefault(segment.path, []).append(segment.string.data)
    for segment in (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    ):
        candidates = by_path.get(segment.context.path)
        if not candidates:
            raise ValueError(
                f"No {locale.language_code} text for {segment.context.path} "
                f"of '{page.title}': the demo content's blocks do not line up."
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": candidates.pop(0)},
        )
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    # save_target(publish=True) publishes on commit from the revision's cached
    # page, whose tree fields (numchild) are stale by then when children are
    # added in the same transaction: publish now, from the database.
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    target.get_latest_revision().publish()
    return target


def with_links_of(page, fields):
    """An unsaved page with the translated `fields` and the foreign keys of
    `page`: segment extraction follows the keys even though only the text
    is used."""
    built = build(type(page), fields)
    for field in type(page)._meta.concrete_fields:
        if field.many_to_one and getattr(built, field.attname) is None:
            setattr(built, field.attname, getattr(page, field.attname))
    return built


def ensure_snippet(model, locale, names, **fields):
    """A translatable snippet in Finnish with its sv and en copies.

    `names` maps language code to name; `fields` are the Finnish row's other
    fields. Translations copy the Finnish row and change the name.
    """
    source = model.objects.filter(locale=locale["fi"], name=names["fi"]).first()
    if source is None:
        source = model.objects.create(locale=locale["fi"], name=names["fi"], **fields)
    for code in ("sv", "en"):
        if not source.has_translation(locale[code]):
            copy = source.copy_for_translation(locale[code])
            copy.name = names[code]
            for field in model._meta.concrete_fields:
                related = getattr(source, field.name) if field.many_to_one else None
                if isinstance(related, TranslatableMixin):
                    translated = related.get_translation_or_none(locale[code])
                    setattr(copy, field.name, translated or related)
            copy.save()
    return source
