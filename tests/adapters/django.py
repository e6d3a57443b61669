"""Django's snapshot of the test database, which tests marked
serialized_rollback load back before they start.

Follows Django 5.2: `BaseDatabaseCreation.serialize_db_to_string()` makes the
snapshot, and `create_test_db` keeps it as the connection's
`_test_serialized_contents`, which `TransactionTestCase` reads from the
connection object of each test.
"""

UPSTREAM = {"Django": ">=5.2,<5.3"}


def keep_as_test_snapshot(connection):
    """The database as it is now, instead of Django's snapshot of it empty,
    is what serialized_rollback tests start from."""
    snapshot = connection.creation.serialize_db_to_string()
    # On the connection object and on its class: Django opens new connection
    # objects between tests (after transactional ones), and each of them must
    # find this snapshot too.
    connection._test_serialized_contents = snapshot
    type(connection)._test_serialized_contents = snapshot
