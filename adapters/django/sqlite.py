"""Django's SQLite backend: the transaction mode of one connection, switched
for a while.

Follows Django 5.2: `DatabaseWrapper.transaction_mode`, which
`get_new_connection` sets from OPTIONS on each new connection and
`_start_transaction_under_autocommit` reads as it begins a transaction
(`BEGIN <mode>`).
"""

import contextlib
from collections.abc import Iterator

UPSTREAM = {"Django": ">=5.2,<5.3"}


@contextlib.contextmanager
def transaction_mode(connection, mode) -> Iterator[None]:
    """Transactions begun on `connection` meanwhile begin with `BEGIN mode`."""
    connection.ensure_connection()  # opening it would reset the mode
    previous = connection.transaction_mode
    connection.transaction_mode = mode
    try:
        yield
    finally:
        connection.transaction_mode = previous
