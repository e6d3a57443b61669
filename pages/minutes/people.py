"""The people on minutes (attendees, action items' owners), each linked in
the page's language."""

from pages.languages import in_language


def by_id_in_language(mentors, language):
    """{mentor page id: the mentor's page in the locale, or the page itself}"""
    mentors = {m.pk: m for m in mentors if m is not None}
    pages = in_language(mentors.values(), language)
    return dict(zip(mentors, pages, strict=True))


def minutes_context(page):
    attendees = [link.mentor for link in page.attendees.select_related("mentor")]
    items = list(page.action_items.select_related("owner"))
    people = by_id_in_language(
        attendees + [item.owner for item in items], page.locale_id
    )
    return {
        "attendee_pages": [people[mentor.pk] for mentor in attendees],
        "action_item_rows": [(item, people.get(item.owner_id)) for item in items],
        "attachment_documents": [
            link.document for link in page.attachments.select_related("document")
        ],
        "other_attendee_lines": [
            line.strip() for line in page.other_attendees.splitlines() if line.strip()
        ],
    }
