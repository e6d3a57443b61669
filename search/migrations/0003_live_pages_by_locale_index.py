"""An index of the live pages of each locale, with what a search reads of them.

Every search joins its matches with the pages the reader may see: the live
pages of the reader's locale. From this index PostgreSQL reads their ids and
kinds without visiting the page table, which halves the time of that join.
"""

from django.db import migrations

INDEX = "search_live_pages_by_locale"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailcore", "Page")._meta.db_table
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table}"
        " (locale_id, id, content_type_id) WHERE live"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_mark_entry_locales"),
        ("wagtailcore", "0057_page_locale_fields_notnull"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
