"""Django's internals the project follows, one module per part of Django:
its file cache (cache.py), SQLite's transactions (sqlite.py), query
internals the search backends read (queries.py) and the paginator's
(paginator.py)."""
