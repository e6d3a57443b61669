"""A cursor on the database server itself, outside the test database, to make
a database from another one (tests/seeded.py).

Follows Django 5.2: `DatabaseWrapper._nodb_cursor()`, the cursor Django's
own test set-up creates and clones test databases with (on PostgreSQL, on
the server's `postgres` database).
"""

from django.db.backends.base.base import BaseDatabaseWrapper

UPSTREAM = {"Django": ">=5.2,<5.3"}


def server_cursor(connection: BaseDatabaseWrapper):
    """A context manager yielding a cursor that is connected to no test
    database, so that one may be dropped and created."""
    return connection._nodb_cursor()
