"""`manage.py db_worker`: django-tasks-db's worker, which here waits out a
database outage (a restart, a failover) instead of exiting with the error:
adapters/django_tasks_db.py. The options are django-tasks-db's."""

from adapters.django_tasks_db import Command

__all__ = ["Command"]
