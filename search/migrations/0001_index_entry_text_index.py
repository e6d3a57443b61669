"""A GIN index on what every search matches: an entry's title and body.

modelsearch indexes the title and body vectors apart, but its queries match
their concatenation, which neither index answers: without this one, every
search reads the whole index table. ANALYZE gathers the statistics on the
expression that the planner needs to tell common words from rare ones.
"""

from django.db import migrations

INDEX = "search_indexentry_text_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ((title || body))"
    )
    schema_editor.execute(f"ANALYZE {table}")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
