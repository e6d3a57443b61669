"""A copy of the seeded test database, kept aside and put back.

Each test process (each pytest-xdist worker) seeds its own test database once
and keeps a copy of it: on SQLite a file written by SQLite's backup API, on
PostgreSQL a database made with the seeded one as its template. A test that
commits (transaction=True, live_server) ends with Django emptying every
table; putting the copy back then takes a fraction of a second, where
loading a serialized snapshot through the ORM took seconds a test.
"""

import contextlib
import sqlite3
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db.backends.base.base import BaseDatabaseWrapper

from tests.adapters.django_test_databases import server_cursor


class SeededCopy:
    """The copy of `connection`'s database as it is now; `restore()` puts it
    back, `drop()` removes the copy."""

    def __init__(self, connection: BaseDatabaseWrapper):
        self.connection = connection
        self.name = connection.settings_dict["NAME"]
        self.copy_name = f"{self.name}_seeded"
        if connection.vendor == "sqlite":
            self._sqlite_copy(self.name, self.copy_name)
        else:
            self._postgresql_copy(self.name, self.copy_name)

    def restore(self) -> None:
        if self.connection.vendor == "sqlite":
            self._sqlite_copy(self.copy_name, self.name)
        else:
            self._postgresql_copy(self.copy_name, self.name)
        # Django's flush made content types anew, with other ids, and the
        # cache kept them; the copy has the seeded ones.
        ContentType.objects.clear_cache()

    def drop(self) -> None:
        if self.connection.vendor == "sqlite":
            Path(self.copy_name).unlink(missing_ok=True)
        else:
            with server_cursor(self.connection) as cursor:
                copy = self._quoted(self.copy_name)
                cursor.execute(f"DROP DATABASE IF EXISTS {copy}")

    def _sqlite_copy(self, source, target):
        # Page by page under SQLite's locks, into the file other connections
        # (the live server's threads) have open: they see the copy next time.
        self.connection.ensure_connection()
        connections = {self.name: self.connection.connection}
        with contextlib.ExitStack() as stack:
            for name in (source, target):
                if name not in connections:
                    connections[name] = stack.enter_context(
                        contextlib.closing(sqlite3.connect(name))
                    )
            connections[source].backup(connections[target])

    def _postgresql_copy(self, source, target):
        # CREATE DATABASE ... TEMPLATE needs no one connected to the template;
        # FORCE ends any connection to the database replaced (a live server
        # thread's, left open).
        self.connection.close()
        target, source = self._quoted(target), self._quoted(source)
        with server_cursor(self.connection) as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {target} WITH (FORCE)")
            cursor.execute(f"CREATE DATABASE {target} TEMPLATE {source}")

    def _quoted(self, name):
        return self.connection.ops.quote_name(name)
