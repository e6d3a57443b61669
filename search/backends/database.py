"""The database search backend: the one for the database in use.

PostgreSQL (search/backends/postgres.py) and SQLite with FTS5
(search/backends/sqlite.py) index the same analysed lexemes
(search/analysis.py), so search finds the same pages on both. Another
database gets modelsearch's plain fallback.
"""

from django.db import connection


def SearchBackend(params):  # modelsearch looks for this name
    if connection.vendor == "postgresql":
        from search.backends.postgres import LocalePostgresSearchBackend

        return LocalePostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from search.backends.sqlite import sqlite_backend

        return sqlite_backend(params)
    from modelsearch.backends.database import SearchBackend as vendor_backend

    return vendor_backend(params)
