"""Django's query internals, as the search backends read and write them.

Written for Django 5.2.19. Each piece names the Django code it follows.
"""

from collections.abc import Iterator, Sequence
from typing import Any

from django.db.models.lookups import Exact
from django.db.models.sql.subqueries import InsertQuery

UPSTREAM = {"Django": ">=5.2,<5.3"}


def exact_filter(queryset, field_name, related_model) -> Any:
    """The value a queryset's `field_name=value` filter on a foreign key to
    `related_model` asks for, when the filter applies to every row; else None.

    Follows Django 5.2 `django.db.models.sql.where.WhereNode` (its
    `connector`, `negated` and `children`) and
    `django.db.models.lookups.Exact` (`lhs.target`, `rhs`).
    """
    where = queryset.query.where
    if where.negated or where.connector != "AND":
        return None
    for condition in where.children:
        target = getattr(getattr(condition, "lhs", None), "target", None)
        if (
            isinstance(condition, Exact)
            and target is not None
            and getattr(target, "name", "") == field_name
            and target.related_model is related_model
        ):
            return getattr(condition.rhs, "pk", condition.rhs)
    return None


def insert_values_sql(model, values, connection) -> Iterator[tuple[str, Sequence[Any]]]:
    """Each (field name, value or expression) as SQL and parameters for a
    row of an INSERT into the model's table.

    Follows Django 5.2 `django.db.models.sql.compiler.SQLInsertCompiler.
    prepare_value` on an `InsertQuery`, as modelsearch's
    `PostgresIndex.add_items` uses it.
    """
    compiler = InsertQuery(model).get_compiler(connection=connection)
    for field_name, value in values:
        prepared = compiler.prepare_value(model._meta.get_field(field_name), value)
        yield prepared.as_sql(compiler, connection)
