"""Help feedback as coordinators read it, without tracing an unsigned answer
back to its requester.

A month, a unit and a tool often point to one person. So unsigned answers
are read in groups sharing the three: a group of at least SMALLEST_GROUP shows
its number of answers, their average and their comments (in alphabetical
order, not tied to a rating); a smaller group says only that it is smaller.
Signed answers show one by one, with the requester's name, as they chose.
The totals count what is shown and nothing else, so no small group can be
worked out by subtracting shown figures from them; a group is always shown
or hidden whole, whatever the filters (they take whole units, campuses and
months, and the tool filter takes whole groups, here).
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

# Unsigned answers sharing a month, a unit and a tool show figures and
# comments only from this many up.
SMALLEST_GROUP = 5


@dataclass
class FeedbackRow:
    """A signed answer, or a group of unsigned ones."""

    month: str
    unit: str
    campuses: str
    topic: str
    answers: int | str
    rating: float | int | str
    name: str
    shown: bool
    ratings: tuple[int, ...] = ()
    comment_texts: tuple[str, ...] = ()

    @property
    def comments(self) -> str:
        return "\n".join(self.comment_texts)


def rows(feedbacks, tool_query: str = ""):
    """The report's rows for `feedbacks` (with their requests, units,
    campuses and requesters), newest month first; `tool_query` keeps the
    rows whose tool contains it."""
    signed, groups = [], defaultdict(list)
    for feedback in feedbacks:
        if feedback.signed:
            signed.append(signed_row(feedback))
        else:
            groups[group_of(feedback)].append(feedback)
    result = signed + [group_row(group) for group in groups.values()]
    wanted = same_tool(tool_query)
    result = [row for row in result if wanted in same_tool(row.topic)]
    result.sort(key=lambda row: (row.unit, row.topic, not row.name, row.name))
    result.sort(key=lambda row: row.month, reverse=True)
    return result


def same_tool(text) -> str:
    """A tool however it was written ("Teams", "teams ", "TEAMS")."""
    return " ".join(text.split()).casefold()


def where(feedback) -> dict[str, Any]:
    request = feedback.request
    unit = request.unit
    return {
        "month": f"{timezone.localtime(request.done_at or feedback.created_at):%Y-%m}",
        "unit": str(unit) if unit else "",
        "campuses": ", ".join(str(c) for c in unit.campuses.all()) if unit else "",
    }


def group_of(feedback):
    place = where(feedback)
    return (place["month"], place["unit"], same_tool(feedback.request.tool))


def signed_row(feedback) -> FeedbackRow:
    request = feedback.request
    return FeedbackRow(
        **where(feedback),
        topic=request.tool,
        answers=1,
        rating=feedback.rating,
        name=request.requester.get_full_name() or request.requester.get_username(),
        shown=True,
        ratings=(feedback.rating,),
        comment_texts=(feedback.comment,) if feedback.comment.strip() else (),
    )


def group_row(group) -> FeedbackRow:
    # The tool as most of the group wrote it; of equals, the first in order.
    spellings = sorted(" ".join(f.request.tool.split()) for f in group)
    topic = max(spellings, key=spellings.count)
    if len(group) < SMALLEST_GROUP:
        fewer = _("fewer than %(count)s") % {"count": SMALLEST_GROUP}
        return FeedbackRow(
            **where(group[0]),
            topic=topic,
            answers=fewer,
            rating=fewer,
            name="",
            shown=False,
        )
    ratings = tuple(feedback.rating for feedback in group)
    return FeedbackRow(
        **where(group[0]),
        topic=topic,
        answers=len(group),
        rating=round(sum(ratings) / len(ratings), 1),
        name="",
        shown=True,
        ratings=ratings,
        comment_texts=tuple(sorted(f.comment for f in group if f.comment.strip())),
    )


@dataclass
class Summary:
    count: int
    average: float | None
    some_left_out: bool


def summary(report_rows) -> Summary:
    """The totals of the shown rows, and whether any group was left out."""
    ratings = [rating for row in report_rows for rating in row.ratings]
    return Summary(
        count=len(ratings),
        average=sum(ratings) / len(ratings) if ratings else None,
        some_left_out=any(not row.shown for row in report_rows),
    )
