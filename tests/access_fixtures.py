"""What the access matrix walks: one page of each kind shared with the
Coordinators group only, a password-protected page, a draft, a document in a
collection shared with Coordinators, an image, and a help request.

Each restricted thing has a code (SECRET-...-7f3a) that no query ever asks
for, and a made-up word that the matrix searches for: a reader who may not
open the thing must find neither in anything they receive.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    PageViewRestriction,
)

from pages.factories import (
    EventPageFactory,
    GuidePageFactory,
    MeetingMinutesPageFactory,
    MentorPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    UnitFactory,
    site_root,
)
from pages.models import CompetenceArea, HelpRequest, MentorPage, MinutesAttachment

COORDINATORS = "Coordinators"
# Who may open what is shared with the Coordinators group; superusers open
# everything. A password counts as closed in lists for everyone else.
GROUP_READERS = {"coordinator", "admin"}
PASSWORD_READERS = {"admin"}


@dataclass
class Secret:
    code: str
    word: str
    readers: set
    pages: list = field(default_factory=list)

    @property
    def title(self):
        return f"{self.code} {self.word.capitalize()}"


@dataclass
class Fixtures:
    secrets: dict
    restricted_pages: list
    password_page: object
    password_restriction: object
    draft: object
    draft_url: str
    open_minutes: object
    document: object
    open_document: object
    collection_restriction: object
    image: object
    rendition: object
    unit: object
    service: object
    restricted_mentor: object
    help_request: object


def for_coordinators(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=COORDINATORS))
    return restriction


def translate(page, language, title):
    version = page.copy_for_translation(Locale.objects.get(language_code=language))
    version.title = title
    version.save_revision().publish()
    return version


def png(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=name)


def secrets():
    group = GROUP_READERS
    return {
        "news": Secret("SECRET-NEWS-7f3a", "kvartsilohi", group),
        "news_sv": Secret("SECRET-NYHET-7f3a", "kvartslaxen", group),
        "event": Secret("SECRET-EVENT-7f3a", "tähtisumukala", group),
        "minutes": Secret("SECRET-MINUTES-7f3a", "puolukkarobotti", group),
        "task": Secret("SECRET-TASK-7f3a", "kanervakone", group),
        "guide": Secret("SECRET-GUIDE-7f3a", "sammalpilvi", group),
        "general": Secret("SECRET-GENERAL-7f3a", "jäkäläkello", group),
        "mentor": Secret("SECRET-MENTOR-7f3a", "ruskotähti", group),
        "document": Secret("SECRET-DOCUMENT-7f3a", "katajakompassi", group),
        "password": Secret("SECRET-PASSWORD-7f3a", "lumikuusama", PASSWORD_READERS),
        "password_body": Secret("SECRET-PWBODY-7f3a", "routakivikko", PASSWORD_READERS),
        "draft": Secret("SECRET-DRAFT-7f3a", "vaahterahelmi", set()),
        # A help request: its asker, its mentor and the coordinators.
        "help": Secret(
            "SECRET-HELP-7f3a",
            "myrskylyhty",
            {"staff", "mentor", "coordinator", "admin"},
        ),
    }


def build():
    """Create the restricted things in the seeded demo (inside the test's
    transaction); the search index follows the saves."""
    found = secrets()
    soon = timezone.now() + datetime.timedelta(minutes=30)
    unit = UnitFactory(name="Matriisin yksikkö")

    # Slugs say nothing: an address repeated in a page (a login redirect, the
    # language switcher) is not a leak of the title.
    news = NewsPageFactory(
        title=found["news"].title,
        slug="matriisi-uutinen",
        lead=f"Vain koordinaattoreille {found['news'].word}.",
    )
    news_sv = translate(news, "sv", found["news_sv"].title)
    event = EventPageFactory(
        title=found["event"].title, slug="matriisi-tapahtuma", start=soon
    )
    minutes = MeetingMinutesPageFactory(
        title=found["minutes"].title,
        slug="matriisi-kokous",
        action_items=[found["task"].title],
    )
    guide = GuidePageFactory(title=found["guide"].title, slug="matriisi-ohje")
    general = StandardPageFactory(
        title=found["general"].title,
        slug="matriisi-sivu",
        parent=site_root(),
        show_in_menus=True,
    )
    mentor = MentorPageFactory(
        title=found["mentor"].title,
        slug="matriisi-mentori",
        email="secret-mentor-7f3a@digimentor.example",
        units=[unit],
    )
    mentor.competence_areas.add(CompetenceArea.objects.get(code="remote"))
    mentor.save_revision().publish()
    by_secret = {
        "news": news,
        "news_sv": news_sv,
        "event": event,
        "minutes": minutes,
        "task": minutes,
        "guide": guide,
        "general": general,
        "mentor": mentor,
    }
    for name, page in by_secret.items():
        found[name].pages = [page]
    restricted = [news, event, minutes, guide, general, mentor]
    for page in restricted:
        for_coordinators(page)

    password_page = NewsPageFactory(
        title=found["password"].title,
        slug="matriisi-salasana",
        lead=found["password_body"].title,
        service=news.service,
    )
    password_restriction = PageViewRestriction.objects.create(
        page=password_page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="matriisi",
    )
    found["password"].pages = [password_page]
    found["password_body"].pages = [password_page]

    draft = NewsPageFactory(
        title=found["draft"].title, slug="matriisi-luonnos", live=False
    )
    draft_url = f"{draft.get_parent().url}{draft.slug}/"

    collection = Collection.get_first_root_node().add_child(
        name="Koordinaattorien asiakirjat"
    )
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    collection_restriction.groups.add(Group.objects.get(name=COORDINATORS))
    document = Document.objects.create(
        title=found["document"].title,
        collection=collection,
        file=ContentFile(
            f"{found['document'].title}: vain koordinaattoreille".encode(),
            name="koordinaattorit.txt",
        ),
    )
    open_document = Document.objects.create(
        title="Avoin esityslista",
        file=ContentFile(b"Kaikille avoin esityslista", name="esityslista.txt"),
    )
    # An open meeting lists both: the restricted one only to its group.
    open_minutes = MeetingMinutesPageFactory(title="Matriisin avoin kokous")
    for position, attached in enumerate([open_document, document]):
        MinutesAttachment.objects.create(
            page=open_minutes, document=attached, sort_order=position
        )
    open_minutes.save_revision().publish()

    image = Image.objects.create(title="Matriisin kampuskartta", file=png("kartta.png"))
    rendition = image.get_rendition("fill-20x20")

    return Fixtures(
        secrets=found,
        restricted_pages=restricted,
        password_page=password_page,
        password_restriction=password_restriction,
        draft=draft,
        draft_url=draft_url,
        open_minutes=open_minutes,
        document=document,
        open_document=open_document,
        collection_restriction=collection_restriction,
        image=image,
        rendition=rendition,
        unit=unit,
        service=news.service,
        restricted_mentor=mentor,
        help_request=HelpRequest.objects.create(
            requester=get_user_model().objects.get(username="staff"),
            mentor=MentorPage.objects.get(
                user__username="mentor", locale__language_code="fi"
            ),
            need=found["help"].title,
            language="fi",
        ),
    )
