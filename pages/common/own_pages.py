"""Pages a person keeps as their own though they may not edit pages of
their kind: a mentor's profile. The admin shows them to their owner, and
the choosers offer them. The section whose pages these are registers how to
find them when the site starts (pages/apps.py), so that no shared module
imports a section."""

from collections.abc import Callable
from typing import Any

from django.db.models import Q, QuerySet

# `pages_of(user)`: a queryset of the pages `user` keeps as their own.
PagesOf = Callable[[Any], QuerySet[Any]]

_finders: list[PagesOf] = []


def register_own_pages(pages_of: PagesOf) -> PagesOf:
    """`pages_of(user)`: a queryset of the pages `user` keeps as their own."""
    _finders.append(pages_of)
    return pages_of


def own_pages(user) -> Q:
    """A filter on pages for those `user` keeps as their own."""
    found = Q(pk__in=[])
    for pages_of in _finders:
        found |= Q(pk__in=pages_of(user).values("pk"))
    return found
