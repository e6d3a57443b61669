"""Indexes that serve the PostgreSQL search backend alone: SQLite, whose
backend is modelsearch's own, has none of them. (The migration loader skips
modules whose names start with an underscore.)"""

from django.db import migrations


def postgres_sql(forwards, backwards):
    """An operation running SQL statements on PostgreSQL, and nothing else."""

    def run(statements):
        def operation(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                for statement in statements:
                    schema_editor.execute(statement)

        return operation

    return migrations.RunPython(run(forwards), run(backwards))
