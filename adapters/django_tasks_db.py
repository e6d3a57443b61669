"""django-tasks-db's `db_worker`, which waits out a database outage instead
of exiting (`manage.py db_worker`: pages/management/commands/db_worker.py).

Follows django-tasks-db 0.13: `db_worker.Worker.run` claims and runs tasks in
a loop that any database error but a locked SQLite ends, and so does the
process; `Worker.run_task` writes the task's outcome to its row, which fails
while the database is away and leaves the row RUNNING, never to be claimed
again; `db_worker.Command.handle` builds the Worker from the options, as
`handle` below does with this one.
"""

import logging
import os
import time

from django.core.management.base import CommandError
from django.db import close_old_connections, connections
from django.db.utils import InterfaceError, OperationalError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

UPSTREAM = {"django-tasks-db": ">=0.13,<0.14"}

logger = logging.getLogger(__name__)

# What a database that is down, restarting or out of reach raises.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
# Seconds between looks at a database that is away: doubled after each,
# up to the longest, so that a long outage costs few attempts and a short one
# delays the queue little.
FIRST_WAIT = 0.5
LONGEST_WAIT = 30


class SteadyWorker(db_worker.Worker):
    def __init__(self, **options) -> None:
        super().__init__(**options)
        self.interrupted = None

    def run(self) -> None:
        while True:
            try:
                return super().run()
            except DATABASE_UNAVAILABLE as error:
                if not self.running:
                    return  # asked to stop: nothing to wait for
                self.wait_for_database(error)

    def run_task(self, db_task_result) -> None:
        # Still set after a task whose outcome could not be written.
        self.interrupted = db_task_result
        super().run_task(db_task_result)
        self.interrupted = None

    def wait_for_database(self, error) -> None:
        """Look for the database ever less often until it answers; logged
        once when it goes and once when it is back, not at each look."""
        logger.warning(
            "Database unavailable: tasks wait until it is back (%s)",
            (str(error).strip().splitlines() or [type(error).__name__])[0],
        )
        started = time.monotonic()
        wait = FIRST_WAIT
        while True:
            time.sleep(wait)
            try:
                self.back_to_work()
            except DATABASE_UNAVAILABLE:
                wait = min(wait * 2, LONGEST_WAIT)
            else:
                break
        logger.warning(
            "Database available again after %.0f s: tasks run again",
            time.monotonic() - started,
        )

    def back_to_work(self) -> None:
        close_old_connections()  # the ones the outage broke
        with connections[DBTaskResult.objects.db].cursor() as cursor:
            cursor.execute("SELECT 1")
        if self.interrupted is not None:
            # Run again from the start: the tasks of this project do nothing
            # when their work is already done (pages/help/tasks.py).
            DBTaskResult.objects.filter(
                pk=self.interrupted.pk, status=TaskResultStatus.RUNNING
            ).update(status=TaskResultStatus.READY)
            logger.warning("Task %s was cut short: queued again", self.interrupted.pk)
            self.interrupted = None


class Command(db_worker.Command):
    help = "Run a database background worker that waits out database outages"

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        reload,
        max_tasks,
        worker_id,
        exclude_queues,
        **options,
    ) -> None:
        self.configure_logging(verbosity)
        if reload and batch:
            db_worker.logger.warning(
                "Warning: --reload and --batch cannot be specified together. "
                "Disabling autoreload."
            )
            reload = False
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = SteadyWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded_queue_names,
        )
        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()  # in the reloader's child only
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
