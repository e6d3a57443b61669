"""django-tasks-db's worker, run inside a test's transaction.

Follows django-tasks-db 0.13: `db_worker.Worker.run` calls
`close_old_connections()` each time it looks for tasks, which closes a
connection that is not in autocommit mode, as a test's transaction is. The
worker here runs as `manage.py db_worker --batch` does, on the same rows,
claims and task runs, with that one call left out.
"""

import contextlib

from django.core.management import call_command
from django_tasks_db.management.commands import db_worker

UPSTREAM = {"django-tasks-db": ">=0.13,<0.14"}


@contextlib.contextmanager
def connections_kept():
    closing = db_worker.close_old_connections
    db_worker.close_old_connections = lambda: None
    try:
        yield
    finally:
        db_worker.close_old_connections = closing


def run_due_tasks(backend):
    """Run the tasks of `backend` that are due, until none is left."""
    with connections_kept():
        call_command(
            "db_worker",
            "--batch",
            f"--backend={backend}",
            "--queue-name=*",
            "--no-startup-delay",
            "--no-reload",
            verbosity=1,
        )
