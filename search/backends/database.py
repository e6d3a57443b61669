"""The database search backend: the one for the database in use.

PostgreSQL (search/backends/postgres.py) and SQLite with FTS5
(search/backends/sqlite.py) index the same analysed lexemes
(search/analysis.py), so search finds the same pages on both. Another
database gets modelsearch's plain fallback.
"""

from django.db import connection
from django.utils.module_loading import import_string

# By dotted path: modelsearch's SQLite backend imports on SQLite alone.
BACKENDS = {
    "postgresql": "search.backends.postgres.SearchBackend",
    "sqlite": "search.backends.sqlite.SearchBackend",
}
OTHER = "adapters.modelsearch.VendorSearchBackend"


def SearchBackend(params):  # modelsearch looks for this name
    return import_string(BACKENDS.get(connection.vendor, OTHER))(params)
