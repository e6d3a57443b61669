import datetime
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from pages.demo import directory as demo
from pages.demo.build import build, ensure_child, ensure_snippet, ensure_translation
from pages.demo.general import GENERAL_PAGES, HOME
from pages.demo.sections import (
    ensure_events,
    ensure_guides,
    ensure_minutes,
    ensure_news,
    ensure_sections,
)
from pages.models import (
    Campus,
    CompetenceArea,
    EventIndexPage,
    GuideIndexPage,
    HomePage,
    MentorCampus,
    MentorIndexPage,
    MentorPage,
    MentorUnit,
    MinutesIndexPage,
    NewsIndexPage,
    Organisation,
    StandardPage,
    Unit,
)

SOURCE_LANGUAGE = "fi"
TARGET_LANGUAGES = ["sv", "en"]
LANGUAGES = [SOURCE_LANGUAGE, *TARGET_LANGUAGES]
DEMO_PASSWORD = "digimentor-demo"  # printed for the demo on purpose

# username, first name, last name, role description, group
DEMO_USERS = [
    ("admin", "Aino", "Ylläpitäjä", "superuser: everything", None),
    ("editor", "Eeva", "Lindqvist", "editor in central services", "Editors"),
    ("coordinator", "Kaisa", "Mäkelä", "network coordinator", "Coordinators"),
    ("mentor", "Jari", "Heikkinen", "digimentor (nurse, emergency dept.)", "Mentors"),
    ("staff", "Sanna", "Koskinen", "member of staff, reads only", "Staff"),
]

DIRECTORY = {
    "fi": {
        "title": "Löydä digimentori",
        "slug": "mentorit",
        "intro": "<p>Etsi digimentoria yksikön, kampuksen, kielen tai aiheen "
        "mukaan.</p>",
    },
    "sv": {
        "title": "Hitta en digimentor",
        "slug": "mentorer",
        "intro": "<p>Sök en digimentor efter enhet, campus, språk eller ämne.</p>",
    },
    "en": {
        "title": "Find a digimentor",
        "slug": "mentors",
        "intro": "<p>Look for a digimentor by unit, campus, language or topic.</p>",
    },
}


class Command(BaseCommand):
    help = "Create the demo network in fi, sv and en; a second run changes nothing."

    def handle(self, *args, **options):
        pages_before = Page.objects.count()
        # One rebuild of Wagtail's reference index and search index at the end
        # instead of an update per saved object: seconds rather than a minute.
        with (
            transaction.atomic(),
            disable_reference_index_auto_update(),
            search_index_updates_deferred(),
        ):
            locales = {
                code: Locale.objects.get_or_create(language_code=code)[0]
                for code in LANGUAGES
            }
            home = ensure_home(locales[SOURCE_LANGUAGE])
            ensure_synchronisation(locales)
            pages = [(home, HOME)]
            pages += [
                (ensure_child(home, StandardPage, spec["fi"], show_in_menus=True), spec)
                for spec in GENERAL_PAGES
            ]
            directory = ensure_child(
                home, MentorIndexPage, DIRECTORY["fi"], show_in_menus=True
            )
            pages.append((directory, DIRECTORY))
            users = ensure_users()
            rows = ensure_organisations(locales)
            mentors = ensure_mentors(directory, rows, users["mentor"].user)
            pages += mentors
            sections = ensure_sections(home)
            pages += sections.values()
            pages += ensure_news(sections[NewsIndexPage][0], locales, rows)
            pages += ensure_minutes(
                sections[MinutesIndexPage][0],
                [page for page, _texts in mentors],
                owner=users["mentor"].user,
            )
            pages += ensure_guides(sections[GuideIndexPage][0])
            pages += ensure_events(sections[EventIndexPage][0])
            for page, spec in pages:
                for language in TARGET_LANGUAGES:
                    if language in spec:
                        ensure_translation(page, locales[language], spec[language])
            for language in TARGET_LANGUAGES:
                synchronize_tree(locales[SOURCE_LANGUAGE], locales[language])
        if Page.objects.count() != pages_before:
            call_command("rebuild_references_index", verbosity=0)
            call_command("update_index", verbosity=0)

        self.stdout.write(f"Demo users (password for each: {DEMO_PASSWORD})")
        for username, first, last, role, _group in DEMO_USERS:
            mark = " (new)" if users[username].created else ""
            self.stdout.write(f"  {username:<12} {first} {last}: {role}{mark}")


@contextmanager
def search_index_updates_deferred():
    indexed = list(search_index.get_indexed_models())
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in indexed:
            if getattr(model, "search_auto_update", True):
                post_save.connect(post_save_signal_handler, sender=model)


def ensure_home(locale):
    """The Finnish home page, in place of Wagtail's welcome page."""
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=build(HomePage, HOME[locale.language_code]))
        home.save_revision().publish()
        welcome = site.root_page
        site.root_page = home
        site.site_name = "Digimentorit"
        site.save()
        if not isinstance(welcome.specific, HomePage):
            welcome.delete()
    return home


def ensure_synchronisation(locales):
    # Keep the sv and en trees in step with fi: wagtail-localize adds an alias
    # for each new Finnish page until someone translates it.
    for language in TARGET_LANGUAGES:
        LocaleSynchronization.objects.get_or_create(
            locale=locales[language], defaults={"sync_from": locales[SOURCE_LANGUAGE]}
        )


def ensure_organisations(locales):
    """{"university"/"county": Organisation, campus key: Campus, unit key: Unit}"""
    rows = {}
    for key, names, kind in [
        ("university", demo.UNIVERSITY, Organisation.Kind.UNIVERSITY),
        ("county", demo.COUNTY, Organisation.Kind.WELLBEING_COUNTY),
    ]:
        rows[key] = ensure_snippet(
            Organisation, locales, dict(zip(LANGUAGES, names, strict=True)), kind=kind
        )
    for key, (org, names, street, town, lat, lon) in demo.CAMPUSES.items():
        rows[key] = ensure_snippet(
            Campus,
            locales,
            dict(zip(LANGUAGES, names, strict=True)),
            organisation=rows[org],
            street_address=street,
            town=town,
            latitude=lat,
            longitude=lon,
        )
    for key, (org, names, parent, campuses) in demo.UNITS.items():
        unit = ensure_snippet(
            Unit,
            locales,
            dict(zip(LANGUAGES, names, strict=True)),
            organisation=rows[org],
            parent=rows[parent] if parent else None,
        )
        if not unit.campuses.exists():
            unit.campuses.set([rows[c] for c in campuses])
            unit.save()
        rows[key] = unit
    return rows


def ensure_mentors(directory, rows, mentor_user):
    """The demo mentors in Finnish, with their sv and en texts to translate."""
    areas = {area.code: area for area in CompetenceArea.objects.all()}
    today = timezone.localdate()
    pages = []
    for person in demo.mentors():
        slug = slugify(person["name"])
        texts = {
            code: {
                "title": person["name"],
                "slug": slug,
                "job_title": person["job"][i],
                "how_to_reach": demo.HOW_TO_REACH[i],
                "office_hours": person["office_hours"][i],
                "bio": "<p>"
                + demo.BIO[i].format(topics=", ".join(person["topics"]))
                + "</p>",
            }
            for i, code in enumerate(LANGUAGES)
        }
        page = directory.get_children().filter(slug=slug).first()
        if page is None:
            mentor = build(MentorPage, texts["fi"])
            mentor.email = f"{slug.replace('-', '.')}@digimentor.example"
            mentor.phone = person["phone"]
            mentor.speaks_finnish = True
            mentor.speaks_swedish = person["speaks_swedish"]
            mentor.speaks_english = person["speaks_english"]
            mentor.role = person["role"]
            mentor.status = "on_leave" if person["on_leave"] else "active"
            mentor.taking_requests = person["taking_requests"]
            mentor.last_confirmed = today - datetime.timedelta(
                days=430 if person["stale"] else 20 + len(pages) * 3
            )
            mentor.unit_links = [MentorUnit(unit=rows[person["unit"]])]
            mentor.campus_links = [MentorCampus(campus=rows[person["campus"]])]
            mentor.competence_areas = [areas[c] for c in person["competences"]]
            mentor.topics.add(*person["topics"])
            if person["name"] == demo.DEMO_MENTOR_NAME:
                mentor.user = mentor_user
                mentor.owner = mentor_user
            page = directory.add_child(instance=mentor)
            page.save_revision().publish()
        pages.append((page, texts))
    return pages


class DemoUser:
    def __init__(self, user, created):
        self.user, self.created = user, created


def ensure_users():
    User = get_user_model()
    users = {}
    for username, first, last, _role, group_name in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@digimentor.example",
                "is_superuser": username == "admin",
                "is_staff": username == "admin",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
        users[username] = DemoUser(user, created)
    return users
