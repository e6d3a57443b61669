"""The minutes index (by year, with open action items) and a minutes page's
people, linked in the page's language."""

from pages.models import ActionItem, MeetingMinutesPage
from pages.snippets import localized

# The open action items of this many latest meetings are shown on the index.
RECENT_MEETINGS = 3


def published_minutes(index):
    return (
        MeetingMinutesPage.objects.live()
        .child_of(index)
        .filter(alias_of__isnull=True)
        .order_by("-meeting_date", "-pk")
    )


def minutes_index_context(index, request):
    minutes = published_minutes(index)
    years = [d.year for d in minutes.dates("meeting_date", "year", order="DESC")]
    # Only a year with minutes is looked up: anything else shows the latest.
    by_text = {str(each): each for each in years}
    year = by_text.get(request.GET.get("year", ""), years[0] if years else None)
    recent = list(minutes.values_list("pk", flat=True)[:RECENT_MEETINGS])
    open_items = list(
        ActionItem.objects.filter(page_id__in=recent, status=ActionItem.Status.OPEN)
        .select_related("page", "owner")
        .order_by("due_date", "pk")
    )
    owners = in_language([item.owner for item in open_items], index.locale_id)
    return {
        "years": years,
        "year": year,
        "minutes": minutes.filter(meeting_date__year=year) if year else [],
        "open_action_items": [(item, owners.get(item.owner_id)) for item in open_items],
    }


def in_language(mentors, locale_id):
    """{mentor page id: the mentor's page in the locale, or the page itself}"""
    mentors = {m.pk: m for m in mentors if m is not None}
    pages = localized(mentors.values(), locale_id)
    return dict(zip(mentors, pages, strict=True))


def minutes_context(page):
    attendees = [link.mentor for link in page.attendees.select_related("mentor")]
    items = list(page.action_items.select_related("owner"))
    people = in_language(attendees + [item.owner for item in items], page.locale_id)
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
