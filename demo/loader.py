"""The demo network, read from data/: one YAML file per section for the facts
that hold in every language (news.yaml) and one per section and language for
its texts (news.fi.yaml, news.sv.yaml, news.en.yaml), keyed alike.

`load_demo` creates what is missing in the source language, then translates
it through wagtail-localize as a translator would; a second run changes
nothing. `seed` does it as `seed_demo` and the tests want it: in one
transaction, with the reference and search indexes rebuilt once at the end.
"""

from dataclasses import dataclass
from pathlib import Path

import yaml
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from adapters.modelsearch import search_index_updates_deferred
from adapters.wagtail import disable_reference_index_auto_update
from adapters.wagtail_localize import synchronise_tree
from demo.build import build, ensure_child, ensure_translation
from demo.help import ensure_help
from demo.organisation import ensure_mentors, ensure_organisations
from demo.sections import (
    ensure_events,
    ensure_guides,
    ensure_minutes,
    ensure_news,
)
from pages.common.languages import source_language
from pages.models import (
    EventIndexPage,
    GuideIndexPage,
    HomePage,
    MentorIndexPage,
    MinutesIndexPage,
    NewsIndexPage,
    StandardPage,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
# yaml.safe_load's loader, in C where PyYAML has libyaml: ten times faster,
# which is a sixth of a second run's time.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DEMO_PASSWORD = "digimentor-demo"  # printed for the demo on purpose
# In the order of the home page's menu, after the general pages and mentors.
SECTIONS = {
    "news": NewsIndexPage,
    "guides": GuideIndexPage,
    "events": EventIndexPage,
    "minutes": MinutesIndexPage,
}


def languages():
    """The source language first, then the languages it is translated into."""
    source = source_language()
    return [source] + [code for code, _name in settings.LANGUAGES if code != source]


class DemoData:
    """The YAML files of one data folder."""

    def __init__(self, folder) -> None:
        self.folder = Path(folder)

    def read(self, name):
        with open(self.folder / name, encoding="utf-8") as file:
            return yaml.load(file, Loader=SAFE_LOADER)

    def texts(self, name):
        """{language: the contents of `name`.<language>.yaml}"""
        return {code: self.read(f"{name}.{code}.yaml") for code in languages()}

    def section(self, name):
        facts = self.read(f"{name}.yaml")
        texts = self.texts(name)
        for code, in_language in texts.items():
            unknown = in_language["items"].keys() - facts["items"].keys()
            missing = facts["items"].keys() - in_language["items"].keys()
            if unknown or missing:
                raise ValueError(
                    f"{name}.{code}.yaml and {name}.yaml do not list the same "
                    f"items: {sorted(unknown | missing, key=str)}"
                )
        items = [
            {
                **item,
                "key": key,
                **{code: texts[code]["items"][key] for code in texts},
            }
            for key, item in facts.pop("items").items()
        ]
        return Section(facts, texts, items)


@dataclass
class Section:
    facts: dict  # name.yaml but its items
    texts: dict  # {language: name.<language>.yaml}
    items: list  # each item's facts, its key, and its texts under each language

    @property
    def index(self):
        """{language: the texts of the section's index page}"""
        return {code: texts["index"] for code, texts in self.texts.items()}


def seed(folder=DATA_DIR):
    """Create the demo network, or leave it as it is; returns
    [(user's data, user, created)]."""
    pages_before = Page.objects.count()
    # One rebuild of Wagtail's reference index and search index at the end
    # instead of an update per saved object: seconds rather than a minute.
    with (
        transaction.atomic(),
        disable_reference_index_auto_update(),
        search_index_updates_deferred(),
    ):
        users = load_demo(folder)
    if Page.objects.count() != pages_before:
        call_command("rebuild_references_index", verbosity=0)
        call_command("update_index", verbosity=0)
    return users


def load_demo(folder=DATA_DIR):
    """Create the demo network; returns [(user's data, user, created)]."""
    data = DemoData(folder)
    source, *targets = languages()
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in [source, *targets]
    }
    general = data.texts("general")
    home = ensure_home(locales[source], general[source]["home"])
    ensure_synchronisation(locales)
    pages = [(home, {code: texts["home"] for code, texts in general.items()})]
    for key, fields in general[source]["pages"].items():
        page = ensure_child(home, StandardPage, fields, show_in_menus=True)
        pages.append((page, pages_in_languages(general, key)))
    mentor_texts = data.texts("mentors")
    index = {code: texts["index"] for code, texts in mentor_texts.items()}
    directory = ensure_child(home, MentorIndexPage, index[source], show_in_menus=True)
    pages.append((directory, index))
    users = ensure_users(data.read("users.yaml"))
    by_username = {spec["username"]: user for spec, user, _created in users}
    rows = ensure_organisations(locales, data.read("organisation.yaml"))
    mentors = ensure_mentors(
        directory, data.read("mentors.yaml"), mentor_texts, rows, by_username
    )
    pages += mentors
    sections = {name: data.section(name) for name in SECTIONS}
    indexes = {}
    for name, model in SECTIONS.items():
        texts = sections[name].index
        indexes[name] = ensure_child(home, model, texts[source], show_in_menus=True)
        pages.append((indexes[name], texts))
    pages += ensure_news(indexes["news"], sections["news"], locales, rows)
    pages += ensure_minutes(
        indexes["minutes"],
        sections["minutes"],
        {page.title: page for page, _texts in mentors},
        by_username,
    )
    pages += ensure_guides(indexes["guides"], sections["guides"])
    pages += ensure_events(indexes["events"], sections["events"])
    for page, texts in pages:
        for code in targets:
            if code in texts:
                ensure_translation(page, locales[code], texts[code])
    for code in targets:
        synchronise_tree(locales[source], locales[code])
    ensure_help(data.read("help.yaml"), by_username["staff"], by_username["mentor"])
    return users


def pages_in_languages(general, key):
    return {
        code: texts["pages"][key]
        for code, texts in general.items()
        if key in texts["pages"]
    }


def ensure_home(locale, fields):
    """The home page in the source language, in place of Wagtail's welcome page."""
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=build(HomePage, fields))
        home.save_revision().publish()
        welcome = site.root_page
        site.root_page = home
        site.site_name = "Digimentorit"
        site.save()
        if not isinstance(welcome.specific, HomePage):
            welcome.delete()
    return home


def ensure_synchronisation(locales) -> None:
    # Keep the other languages' trees in step with the source: wagtail-localize
    # adds an alias for each new page until someone translates it.
    source, *targets = locales
    for code in targets:
        LocaleSynchronization.objects.get_or_create(
            locale=locales[code], defaults={"sync_from": locales[source]}
        )


def ensure_users(specs):
    User = get_user_model()
    users = []
    for spec in specs:
        user, created = User.objects.get_or_create(
            username=spec["username"],
            defaults={
                "first_name": spec["first_name"],
                "last_name": spec["last_name"],
                "email": f"{spec['username']}@digimentor.example",
                "is_superuser": spec.get("superuser", False),
                "is_staff": spec.get("superuser", False),
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            if spec["group"]:
                user.groups.add(Group.objects.get(name=spec["group"]))
        users.append((spec, user, created))
    return users
