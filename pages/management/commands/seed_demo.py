import json
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue
from wagtail_localize.synctree import synchronize_tree

from pages.demo.general import GENERAL_PAGES, HOME
from pages.models import HomePage, StandardPage

SOURCE_LANGUAGE = "fi"
TARGET_LANGUAGES = ["sv", "en"]
DEMO_PASSWORD = "digimentor-demo"  # noqa: S105 - printed for the demo on purpose

# username, first name, last name, role description, Wagtail group
DEMO_USERS = [
    ("admin", "Aino", "Ylläpitäjä", "superuser: everything", None),
    ("editor", "Eeva", "Lindqvist", "editor in central services", "Editors"),
    ("coordinator", "Kaisa", "Mäkelä", "network coordinator", None),
    ("mentor", "Jari", "Heikkinen", "digimentor (nurse)", None),
    ("staff", "Sanna", "Koskinen", "member of staff, reads only", None),
]


class Command(BaseCommand):
    help = "Create the demo network in fi, sv and en; a second run changes nothing."

    def handle(self, *args, **options):
        with transaction.atomic():
            locales = {
                code: Locale.objects.get_or_create(language_code=code)[0]
                for code in [SOURCE_LANGUAGE, *TARGET_LANGUAGES]
            }
            home = ensure_home(locales[SOURCE_LANGUAGE])
            ensure_synchronisation(locales)
            pages = [(home, HOME)]
            pages += [(ensure_child(home, spec), spec) for spec in GENERAL_PAGES]
            for page, spec in pages:
                for language in TARGET_LANGUAGES:
                    if language in spec:
                        ensure_translation(page, locales[language], spec[language])
            for language in TARGET_LANGUAGES:
                synchronize_tree(locales[SOURCE_LANGUAGE], locales[language])
            created_users = ensure_users()

        self.stdout.write(f"Demo users (password for each: {DEMO_PASSWORD})")
        for username, first, last, role, _group in DEMO_USERS:
            mark = " (new)" if username in created_users else ""
            self.stdout.write(f"  {username:<12} {first} {last}: {role}{mark}")


def ensure_synchronisation(locales):
    # Keep the sv and en trees in step with fi: wagtail-localize adds an alias
    # for each new Finnish page until someone translates it.
    for language in TARGET_LANGUAGES:
        LocaleSynchronization.objects.get_or_create(
            locale=locales[language], defaults={"sync_from": locales[SOURCE_LANGUAGE]}
        )


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


def ensure_child(parent, spec):
    fields = spec[SOURCE_LANGUAGE]
    page = parent.get_children().filter(slug=fields["slug"]).first()
    if page is None:
        page = parent.add_child(
            instance=build(StandardPage, {**fields, "show_in_menus": True})
        )
        page.save_revision().publish()
    return page


def build(model, fields):
    """An unsaved page with the given fields; StreamField blocks get stable ids
    so that every language's blocks line up in wagtail-localize."""
    values = {}
    for name, value in fields.items():
        if isinstance(value, list):
            value = json.dumps(
                [
                    {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/{i}")), **b}
                    for i, b in enumerate(value)
                ]
            )
        values[name] = value
    return model(**values)


def ensure_translation(page, locale, fields):
    """Translate `page` through wagtail-localize, as a translator would.

    The translated strings go into its translation memory and the page is
    published from there; an alias in a synchronised tree becomes the
    translation.
    """
    existing = page.get_translation_or_none(locale)
    if existing is not None and not existing.alias_of_id:
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translated = [
        segment
        for segment in extract_segments(build(type(page.specific), fields))
        if isinstance(segment, StringSegmentValue)
    ]
    by_path = {}
    for segment in translated:
        by_path.setdefault(segment.path, []).append(segment.string.data)
    for segment in (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    ):
        candidates = by_path.get(segment.context.path)
        if not candidates:
            raise ValueError(
                f"No {locale.language_code} text for {segment.context.path} "
                f"of '{page.title}': the demo content's blocks do not line up."
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": candidates.pop(0)},
        )
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    # save_target(publish=True) publishes on commit from the revision's cached
    # page, whose tree fields (numchild) are stale by then when children are
    # added in the same transaction: publish now, from the database.
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    target.get_latest_revision().publish()
    return target


def ensure_users():
    User = get_user_model()
    created_users = []
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
            created_users.append(username)
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
    return created_users
