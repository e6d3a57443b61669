"""Django's SQLite backend: the transaction mode of one connection, switched
for a while. Django reads it from OPTIONS once per new connection
(`transaction_mode`); here it is set on the open connection itself."""

import contextlib


@contextlib.contextmanager
def transaction_mode(connection, mode):
    """Transactions begun on `connection` meanwhile begin with `BEGIN mode`."""
    connection.ensure_connection()  # opening it would reset the mode
    previous = connection.transaction_mode
    connection.transaction_mode = mode
    try:
        yield
    finally:
        connection.transaction_mode = previous
