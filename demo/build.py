"""Building blocks of the demo loader: each creates what is missing and leaves
what exists alone, so a second run changes nothing."""

import json
import uuid

from wagtail.models import TranslatableMixin

from adapters.wagtail_localize import save_translation
from pages.common.languages import source_language


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
    save_translation(page, locale, with_links_of(page.specific, fields))
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


def ensure_snippet(model, locales, names, **fields):
    """A translatable snippet in the source language with its translations.

    `names` maps language code to name; `fields` are the source row's other
    fields. Translations copy the source row and change the name.
    """
    source_code = source_language()
    source = model.objects.filter(
        locale=locales[source_code], name=names[source_code]
    ).first()
    if source is None:
        source = model.objects.create(
            locale=locales[source_code], name=names[source_code], **fields
        )
    for code, locale in locales.items():
        if code != source_code and not source.has_translation(locale):
            copy = source.copy_for_translation(locale)
            copy.name = names[code]
            for field in model._meta.concrete_fields:
                related = getattr(source, field.name) if field.many_to_one else None
                if isinstance(related, TranslatableMixin):
                    translated = related.get_translation_or_none(locale)
                    setattr(copy, field.name, translated or related)
            copy.save()
    return source
