"""The people on minutes (attendees, action items' owners), each linked in
the page's language."""

from typing import Any

from django.http import HttpRequest

from pages.common.access import is_open, open_documents
from pages.common.languages import in_language


def by_id_in_language(mentors, language):
    """{mentor page id: the mentor's page in the locale, or the page itself}"""
    mentors = {m.pk: m for m in mentors if m is not None}
    pages = in_language(mentors.values(), language)
    return dict(zip(mentors, pages, strict=True))


def open_people(request: HttpRequest, mentors, language) -> dict[int, Any]:
    """Like `by_id_in_language`, without the profiles the reader may not open."""
    people = by_id_in_language(mentors, language)
    return {pk: page for pk, page in people.items() if is_open(request, page)}


def minutes_context(page, request: HttpRequest) -> dict[str, Any]:
    """Attendees, action items' owners and attachments the reader may open."""
    attendees = [link.mentor for link in page.attendees.select_related("mentor")]
    items = list(page.action_items.select_related("owner"))
    people = open_people(
        request, attendees + [item.owner for item in items], page.locale_id
    )
    return {
        "attendee_pages": [people[m.pk] for m in attendees if m.pk in people],
        "action_item_rows": [(item, people.get(item.owner_id)) for item in items],
        "attachment_documents": open_documents(
            request,
            [
                link.document
                for link in page.attachments.select_related("document__collection")
            ],
        ),
        "other_attendee_lines": [
            line.strip() for line in page.other_attendees.splitlines() if line.strip()
        ],
    }
