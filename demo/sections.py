"""The demo's news, minutes, guides and events, from the sections' files
(news.yaml and news.<language>.yaml, and so on).

Each function creates the section's missing pages in the source language
under `index` and returns every page with its texts in each language, to
translate: [(page, {language: fields})].
"""

import datetime

from django.utils import timezone

from demo.build import build, ensure_snippet
from demo.images import news_image
from pages.common.languages import source_language
from pages.models import (
    ActionItem,
    CompetenceArea,
    EventPage,
    GuidePage,
    MeetingMinutesPage,
    MinutesAttendee,
    NewsAudienceCampus,
    NewsAudienceUnit,
    NewsPage,
    Service,
)


def ensure_news(index, section, locales, rows):
    """`rows` holds the organisation rows by key (units and campuses)."""
    services = {
        slug: ensure_snippet(Service, locales, names, slug=slug)
        for slug, names in section.facts["services"].items()
    }
    today = timezone.localdate()
    pages = []
    for item in section.items:
        texts = in_languages(item, section)
        page = existing_child(index, texts)
        if page is None:
            news = build(NewsPage, texts[source_language()])
            news.date = today - datetime.timedelta(days=item["days_ago"])
            news.service = services[item["service"]]
            news.topics.add(*item["topics"])
            if item.get("image"):
                news.image = news_image(item["key"], description="")
            news.audience_units = [
                NewsAudienceUnit(unit=rows[key]) for key in item["audience"]["units"]
            ]
            news.audience_campuses = [
                NewsAudienceCampus(campus=rows[key])
                for key in item["audience"]["campuses"]
            ]
            page = publish_child(index, news)
        pages.append((page, texts))
    return pages


def ensure_minutes(index, section, mentors, users):
    """`mentors` are the mentors' pages in the source language by name, and
    `users` the demo accounts by username."""
    today = timezone.localdate()
    owner = users[section.facts["owner"]]
    pages = []
    for meeting in section.items:
        date = second_tuesday(months_before(today, meeting["key"]))
        texts = {
            code: minutes_texts(meeting[code], section.texts[code], date)
            for code in section.texts
        }
        page = existing_child(index, texts)
        if page is None:
            minutes = build(MeetingMinutesPage, texts[source_language()])
            minutes.meeting_date = date
            minutes.kind = MeetingMinutesPage.Kind.NETWORK
            minutes.teams_link = section.facts["teams_link"]
            minutes.owner = owner
            minutes.attendees = [
                MinutesAttendee(mentor=mentors[name]) for name in meeting["attendees"]
            ]
            minutes.action_items = [
                ActionItem(
                    task=task,
                    owner=mentors[item["owner"]] if "owner" in item else None,
                    owner_name=item.get("owner_name", ""),
                    due_date=date + datetime.timedelta(days=item["due_in_days"]),
                    status=ActionItem.Status.DONE
                    if item["done"]
                    else ActionItem.Status.OPEN,
                )
                for item, task in zip(
                    meeting["action_items"],
                    meeting[source_language()]["tasks"],
                    strict=True,
                )
            ]
            page = publish_child(index, minutes)
        # Translated action items keep their source's translation keys, so that
        # wagtail-localize pairs up their tasks.
        keys = [item.translation_key for item in page.specific.action_items.all()]
        for code, fields in texts.items():
            fields["action_items"] = [
                ActionItem(
                    task=task,
                    owner_name=item.get("owner_name", ""),
                    translation_key=key,
                )
                for item, task, key in zip(
                    meeting["action_items"], meeting[code]["tasks"], keys, strict=True
                )
            ]
        pages.append((page, texts))
    return pages


def minutes_texts(meeting, texts, date):
    """A meeting's fields in one language; `texts` has the language's title
    and slug patterns."""
    return {
        "title": texts["title"].format(date=date),
        "slug": texts["slug"].format(date=date),
        "place": meeting["place"],
        "agenda": meeting["agenda"],
        "decisions": meeting["decisions"],
        "other_attendees": meeting["other_attendees"],
    }


def ensure_guides(index, section):
    areas = {area.code: area for area in CompetenceArea.objects.all()}
    today = timezone.localdate()
    pages = []
    for item in section.items:
        texts = in_languages(item, section)
        page = existing_child(index, texts)
        if page is None:
            guide = build(GuidePage, texts[source_language()])
            guide.competence_area = areas[item["competence"]]
            guide.level = item["level"]
            guide.last_reviewed = today - datetime.timedelta(
                days=item["reviewed_days_ago"]
            )
            guide.topics.add(*item["topics"])
            page = publish_child(index, guide)
        pages.append((page, texts))
    return pages


def ensure_events(index, section):
    today = timezone.localdate()
    pages = []
    for item in section.items:
        texts = in_languages(item, section)
        page = existing_child(index, texts)
        if page is None:
            event = build(EventPage, texts[source_language()])
            hour, minute = (int(part) for part in item["start"].split(":"))
            day = today + datetime.timedelta(days=item["days_ahead"])
            event.start = timezone.make_aware(
                datetime.datetime.combine(day, datetime.time(hour, minute))
            )
            event.end = event.start + datetime.timedelta(minutes=item["minutes"])
            event.kind = item["kind"]
            event.teams_link = item["teams_link"]
            page = publish_child(index, event)
        pages.append((page, texts))
    return pages


def in_languages(item, section):
    return {code: item[code] for code in section.texts}


def existing_child(index, texts):
    return index.get_children().filter(slug=texts[source_language()]["slug"]).first()


def publish_child(parent, page):
    page = parent.add_child(instance=page)
    page.save_revision(user=page.owner).publish()
    return page


def months_before(day, months):
    month_index = day.year * 12 + day.month - 1 - months
    return datetime.date(month_index // 12, month_index % 12 + 1, 1)


def second_tuesday(first_of_month):
    days_to_tuesday = (1 - first_of_month.weekday()) % 7
    return first_of_month + datetime.timedelta(days=days_to_tuesday + 7)
