"""seed_demo's news, minutes, guides and events: the index pages in fi, sv
and en, and their content from pages.demo.publishing."""

import datetime

from django.utils import timezone

from pages.demo import publishing as demo
from pages.demo.build import build, ensure_child, ensure_snippet
from pages.models import (
    ActionItem,
    CompetenceArea,
    EventIndexPage,
    EventPage,
    GuideIndexPage,
    GuidePage,
    MeetingMinutesPage,
    MinutesAttendee,
    MinutesIndexPage,
    NewsAudienceCampus,
    NewsAudienceUnit,
    NewsIndexPage,
    NewsPage,
    Service,
)

# model: (fi, sv, en) of (title, slug, intro)
SECTIONS = {
    NewsIndexPage: (
        ("Uutiset", "uutiset", "<p>Ajankohtaista keskitetyistä palveluista.</p>"),
        ("Nyheter", "nyheter", "<p>Aktuellt från de centrala tjänsterna.</p>"),
        ("News", "news", "<p>What is new from central services.</p>"),
    ),
    GuideIndexPage: (
        (
            "Ohjeet",
            "ohjeet",
            "<p>Vaihe vaiheelta -ohjeet, joihin digimentorit voivat ohjata "
            "kollegoitaan.</p>",
        ),
        (
            "Anvisningar",
            "anvisningar",
            "<p>Steg-för-steg-anvisningar som digimentorerna kan hänvisa "
            "sina kolleger till.</p>",
        ),
        (
            "Guides",
            "guides",
            "<p>Step-by-step guides that digimentors can point colleagues to.</p>",
        ),
    ),
    EventIndexPage: (
        ("Tapahtumat", "tapahtumat", "<p>Verkoston kokoukset ja koulutukset.</p>"),
        ("Evenemang", "evenemang", "<p>Nätverkets möten och utbildningar.</p>"),
        ("Events", "events", "<p>The network's meetings and trainings.</p>"),
    ),
    MinutesIndexPage: (
        (
            "Kokousmuistiot",
            "muistiot",
            "<p>Digimentoriverkoston kokousten muistiot ja avoimet tehtävät.</p>",
        ),
        (
            "Mötesprotokoll",
            "protokoll",
            "<p>Protokoll från digimentornätverkets möten och öppna uppgifter.</p>",
        ),
        (
            "Meeting minutes",
            "minutes",
            "<p>Minutes of the digimentor network's meetings, and open tasks.</p>",
        ),
    ),
}
LANGUAGES = ["fi", "sv", "en"]

MINUTES_TITLE = {
    "fi": "Verkoston kuukausikokous {date:%-d.%-m.%Y}",
    "sv": "Nätverkets månadsmöte {date:%-d.%-m.%Y}",
    "en": "Network monthly meeting {date:%Y-%m-%d}",
}
MINUTES_SLUG = {
    "fi": "kuukausikokous-{date:%Y-%m}",
    "sv": "manadsmote-{date:%Y-%m}",
    "en": "monthly-meeting-{date:%Y-%m}",
}
TEAMS_MEETING = "https://teams.microsoft.com/l/meetup-join/digimentorit-kuukausikokous"


def ensure_sections(home):
    """{model: (Finnish index page, its fi/sv/en texts)}"""
    sections = {}
    for model, texts in SECTIONS.items():
        spec = {
            code: {"title": title, "slug": slug, "intro": intro}
            for code, (title, slug, intro) in zip(LANGUAGES, texts, strict=True)
        }
        index = ensure_child(home, model, spec["fi"], show_in_menus=True)
        sections[model] = (index, spec)
    return sections


def ensure_services(locales):
    return {
        slug: ensure_snippet(
            Service, locales, dict(zip(LANGUAGES, names, strict=True)), slug=slug
        )
        for slug, names in demo.SERVICES
    }


def ensure_news(index, locales, rows):
    """The demo news: [(Finnish page, fi/sv/en texts)]. `rows` holds the
    organisation rows by key (units and campuses)."""
    services = ensure_services(locales)
    today = timezone.localdate()
    pages = []
    for item in demo.NEWS:
        texts = {code: item[code] for code in LANGUAGES}
        page = index.get_children().filter(slug=texts["fi"]["slug"]).first()
        if page is None:
            news = build(NewsPage, texts["fi"])
            news.date = today - datetime.timedelta(days=item["days_ago"])
            news.service = services[item["service"]]
            news.topics.add(*item["topics"])
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


def ensure_minutes(index, mentors, owner):
    """Twelve monthly meetings: [(Finnish page, fi/sv/en texts)].
    `mentors` are the demo's Finnish mentor pages in the order of
    pages.demo.directory.mentors()."""
    today = timezone.localdate()
    pages = []
    for meeting in demo.MINUTES:
        date = second_tuesday(months_before(today, meeting["months_ago"]))
        page = index.get_children().filter(slug=MINUTES_SLUG["fi"].format(date=date))
        page = page.first()
        if page is None:
            minutes = build(MeetingMinutesPage, minutes_texts(meeting, date, "fi"))
            minutes.meeting_date = date
            minutes.kind = MeetingMinutesPage.Kind.NETWORK
            minutes.teams_link = TEAMS_MEETING
            minutes.owner = owner
            minutes.attendees = [
                MinutesAttendee(mentor=mentors[i]) for i in meeting["attendees"]
            ]
            minutes.action_items = [
                ActionItem(
                    task=item["task"]["fi"],
                    owner=mentors[item["owner"]] if item["owner"] is not None else None,
                    owner_name=item["owner_name"],
                    due_date=date + datetime.timedelta(days=item["due_in_days"]),
                    status=ActionItem.Status.DONE
                    if item["done"]
                    else ActionItem.Status.OPEN,
                )
                for item in meeting["action_items"]
            ]
            page = publish_child(index, minutes)
        # Translated action items keep their source's translation keys, so that
        # wagtail-localize pairs up their tasks.
        keys = [item.translation_key for item in page.specific.action_items.all()]
        texts = {}
        for code in LANGUAGES:
            texts[code] = minutes_texts(meeting, date, code)
            texts[code]["action_items"] = [
                ActionItem(
                    task=item["task"][code],
                    owner_name=item["owner_name"],
                    translation_key=key,
                )
                for item, key in zip(meeting["action_items"], keys, strict=True)
            ]
        pages.append((page, texts))
    return pages


def minutes_texts(meeting, date, code):
    return {
        "title": MINUTES_TITLE[code].format(date=date),
        "slug": MINUTES_SLUG[code].format(date=date),
        "place": meeting[code]["place"],
        "agenda": meeting[code]["agenda"],
        "decisions": meeting[code]["decisions"],
        "other_attendees": meeting["other_attendees"][code],
    }


def ensure_guides(index):
    areas = {area.code: area for area in CompetenceArea.objects.all()}
    today = timezone.localdate()
    pages = []
    for item in demo.GUIDES:
        texts = {code: item[code] for code in LANGUAGES}
        page = index.get_children().filter(slug=texts["fi"]["slug"]).first()
        if page is None:
            guide = build(GuidePage, texts["fi"])
            guide.competence_area = areas[item["competence"]]
            guide.level = item["level"]
            guide.last_reviewed = today - datetime.timedelta(
                days=item["reviewed_days_ago"]
            )
            guide.topics.add(*item["topics"])
            page = publish_child(index, guide)
        pages.append((page, texts))
    return pages


def ensure_events(index):
    today = timezone.localdate()
    pages = []
    for item in demo.EVENTS:
        texts = {code: item[code] for code in LANGUAGES}
        page = index.get_children().filter(slug=texts["fi"]["slug"]).first()
        if page is None:
            event = build(EventPage, texts["fi"])
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
