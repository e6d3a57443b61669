"""Django's paginator, given a page's rows and their count found together.

Follows Django 5.2: `Paginator.count` is a cached_property, kept in the
instance's `__dict__` once worked out, and `Paginator._get_page(object_list,
number, paginator)` makes the Page that `page()` returns.
"""

from django.core.paginator import Page

UPSTREAM = {"Django": ">=5.2,<5.3"}


def counted_page(paginator, object_list, number, count) -> Page:
    """Page `number` of `paginator`, holding `object_list`, with the
    paginator's count set to `count`: no COUNT query of its own."""
    paginator.__dict__["count"] = count
    return paginator._get_page(object_list, number, paginator)
