from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet, Window

from adapters.django.paginator import counted_page

MAX_ROWS = 2**62


class IdPaginator(Paginator):
    """Pages of ids, counted by the page's own query (COUNT(*) OVER ()).

    Sorting thousands of full page rows to show twenty is the slow part of a
    listing page (directory, news), and a separate COUNT query the next
    slowest.
    """

    object_list: QuerySet[Any]

    def get_page(self, number) -> Page:
        try:
            number = max(int(number), 1)
        except (TypeError, ValueError):
            number = 1
        # Past the end of any list, and small enough that the OFFSET still
        # fits the database's 64-bit integer: Django's rules then show the
        # last page.
        number = min(number, MAX_ROWS // self.per_page)
        start = (number - 1) * self.per_page
        rows = list(
            self.object_list.annotate(total=Window(Count("pk"))).values_list(
                "pk", "total"
            )[start : start + self.per_page]
        )
        if not rows:  # past the end (or nothing at all): Django's own rules
            self.object_list = self.object_list.values_list("pk", flat=True)
            return super().get_page(number)
        return counted_page(self, [pk for pk, _total in rows], number, rows[0][1])


def numbered_links(page, on_each_side: int = 1, on_ends: int = 1) -> list[int | None]:
    """The numbers to link for `page`: the first and last, the current one
    and its neighbours, None for each gap ("…")."""
    return [
        None if number == Paginator.ELLIPSIS else number
        for number in page.paginator.get_elided_page_range(
            page.number, on_each_side=on_each_side, on_ends=on_ends
        )
    ]
