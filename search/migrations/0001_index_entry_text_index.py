"""A GIN index on what every search matches: an entry's title and body.

modelsearch indexes the title and body vectors apart, but its queries match
their concatenation, which neither index answers: without this one, every
search reads the whole index table. ANALYZE gathers the statistics on the
expression that the planner needs to tell common words from rare ones.
"""

from django.db import migrations

from search.migrations._postgres import postgres_sql


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [
        postgres_sql(
            [
                "CREATE INDEX IF NOT EXISTS search_indexentry_text_gin"
                " ON wagtailsearch_indexentry USING gin ((title || body))",
                "ANALYZE wagtailsearch_indexentry",
            ],
            ["DROP INDEX IF EXISTS search_indexentry_text_gin"],
        )
    ]
