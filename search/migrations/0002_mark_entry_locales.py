"""Marks the index entries of translatable objects with their locale.

The search backend now adds the lexeme when it indexes an object, and a
search restricted to one locale asks for it: entries written before would
match nothing until the next update_index. This marks them in place.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import migrations


def mark_locales(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")  # noqa: N806
    ContentType = apps.get_model("contenttypes", "ContentType")  # noqa: N806
    entries = IndexEntry._meta.db_table
    indexed = IndexEntry.objects.values("content_type_id").distinct()
    for content_type in ContentType.objects.filter(id__in=indexed):
        try:
            model = apps.get_model(content_type.app_label, content_type.model)
            locale = model._meta.get_field("locale")
        except (LookupError, FieldDoesNotExist):
            continue
        related = locale.related_model
        if related is None or related._meta.label_lower != "wagtailcore.locale":
            continue  # marked only by a foreign key to Locale, as on indexing
        # A page type's locale is in the page table, which holds its id too.
        owner = locale.model._meta
        schema_editor.execute(
            f"UPDATE {entries} e"  # noqa: S608 - names from the models
            f" SET body = e.body || ('''locale ' || o.{locale.column} || '''')::tsvector"
            f" FROM {owner.db_table} o"
            f" WHERE e.content_type_id = %s AND e.object_id = o.{owner.pk.column}::text",
            [content_type.id],
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("search", "0001_index_entry_text_index"),
    ]

    operations = [migrations.RunPython(mark_locales, migrations.RunPython.noop)]
