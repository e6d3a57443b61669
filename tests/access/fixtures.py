"""What the access walk walks over: one page of each kind shared with the
Coordinators group only, a sub-page of one of them with an alias of it on the
home page and a Swedish translation of it outside the restricted page, a
password-protected page, a draft waiting for approval, a document in a
collection shared with Coordinators (linked from an open page, as a block
and from its rich text), an image in another such collection (on the same
open page: its picture, an image block, embedded in its rich text), a topic
used only on restricted pages, searches someone made for restricted words,
and a help request.

Each restricted thing has a code (SECRET-...-7f3a) that no query ever asks
for, and a made-up word that the walk searches for: a reader who may not
see the thing must find neither in anything they receive. The admin shows a
page to those who may edit it too (editors edit every page) and a topic to
those who keep the topics.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.contrib.search_promotions.models import Query
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    PageViewRestriction,
)
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from pages.common.topics import Topic
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
# In the admin, pages show to those who may edit them too: editors edit every
# page, coordinators the minutes and the mentor profiles besides.
PAGE_EDITORS = {"editor"}
# Topics are named and translated by editors and coordinators.
TOPIC_KEEPERS = {"editor", "coordinator", "admin"}


@dataclass
class Secret:
    code: str
    word: str
    readers: set  # on the site
    admin_readers: set = None  # in the admin: the readers, unless said
    # Who must meet it in the walk, so that it can fail both ways: the
    # readers, unless said.
    seen_by: set = None
    pages: list = field(default_factory=list)

    def __post_init__(self):
        if self.admin_readers is None:
            self.admin_readers = self.readers
        if self.seen_by is None:
            self.seen_by = self.readers

    @property
    def title(self):
        return f"{self.code} {self.word.capitalize()}"


@dataclass
class Fixtures:
    secrets: dict
    restricted_pages: list
    subpage: object
    alias: object
    subpage_sv: object
    password_page: object
    password_restriction: object
    draft: object
    draft_url: str
    open_minutes: object
    open_news: object
    document: object
    open_document: object
    collection_restriction: object
    image: object
    rendition: object
    open_image: object
    image_collection: object
    topic: object
    unit: object
    service: object
    restricted_mentor: object
    help_request: object
    translation: object


def for_coordinators(page=None, collection=None):
    """A restriction of `page` or `collection` to the Coordinators group."""
    if page is not None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
    else:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
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
    edited = GROUP_READERS | PAGE_EDITORS
    return {
        "news": Secret("SECRET-NEWS-7f3a", "kvartsilohi", group, edited),
        "news_sv": Secret("SECRET-NYHET-7f3a", "kvartslaxen", group, edited),
        "event": Secret("SECRET-EVENT-7f3a", "tähtisumukala", group, edited),
        "minutes": Secret("SECRET-MINUTES-7f3a", "puolukkarobotti", group, edited),
        "task": Secret("SECRET-TASK-7f3a", "kanervakone", group, edited),
        "guide": Secret("SECRET-GUIDE-7f3a", "sammalpilvi", group, edited),
        "general": Secret("SECRET-GENERAL-7f3a", "jäkäläkello", group, edited),
        "subpage": Secret("SECRET-SUBPAGE-7f3a", "havukerkkälä", group, edited),
        "subpage_sv": Secret("SECRET-UNDERSIDA-7f3a", "granskottsro", group, edited),
        "mentor": Secret("SECRET-MENTOR-7f3a", "ruskotähti", group, edited),
        "topic": Secret("SECRET-TOPIC-7f3a", "utuaihe", group, TOPIC_KEEPERS),
        # Collections, documents and images: their privacy binds the admin.
        # Only superusers keep the collections (coordinators hold no right
        # on documents and images).
        "folder": Secret("SECRET-FOLDER-7f3a", "kaislikko", group, seen_by={"admin"}),
        "document": Secret("SECRET-DOCUMENT-7f3a", "katajakompassi", group),
        "album": Secret("SECRET-ALBUM-7f3a", "kuurakuva", group, seen_by={"admin"}),
        "image": Secret("SECRET-IMAGE-7f3a", "routaruusu", group),
        "password": Secret(
            "SECRET-PASSWORD-7f3a",
            "lumikuusama",
            PASSWORD_READERS,
            PASSWORD_READERS | PAGE_EDITORS,
        ),
        "password_body": Secret(
            "SECRET-PWBODY-7f3a",
            "routakivikko",
            PASSWORD_READERS,
            PASSWORD_READERS | PAGE_EDITORS,
        ),
        "draft": Secret(
            "SECRET-DRAFT-7f3a", "vaahterahelmi", set(), {"admin"} | PAGE_EDITORS
        ),
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
    topic = found["topic"].title

    # Slugs say nothing: an address repeated in a page (a login redirect, the
    # language switcher) is not a leak of the title.
    news = NewsPageFactory(
        title=found["news"].title,
        slug="matriisi-uutinen",
        lead=f"Vain koordinaattoreille {found['news'].word}.",
    )
    news.topics.add(topic)
    news.save_revision().publish()
    news_sv = translate(news, "sv", found["news_sv"].title)
    event = EventPageFactory(
        title=found["event"].title, slug="matriisi-tapahtuma", start=soon
    )
    minutes = MeetingMinutesPageFactory(
        title=found["minutes"].title,
        slug="matriisi-kokous",
        action_items=[found["task"].title],
    )
    # Long unreviewed and unconfirmed: the admin's reports list them.
    long_ago = timezone.localdate() - datetime.timedelta(days=800)
    guide = GuidePageFactory(
        title=found["guide"].title, slug="matriisi-ohje", last_reviewed=long_ago
    )
    guide.topics.add(topic)
    guide.save_revision().publish()
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
        last_confirmed=long_ago,
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
        for_coordinators(page=page)

    # Below the restricted general page: an alias of its sub-page on the home
    # page (in the menu), and a Swedish translation outside its Swedish version.
    subpage = StandardPageFactory(
        title=found["subpage"].title,
        slug="matriisi-alasivu",
        parent=general,
        lead=f"Alasivu {found['subpage'].word}.",
        show_in_menus=True,
    )
    alias = subpage.create_alias(parent=site_root(), update_slug="matriisi-alias")
    swedish = Locale.objects.get(language_code="sv")
    subpage_sv = StandardPageFactory(
        title=found["subpage_sv"].title,
        slug="matriisi-undersida",
        parent=site_root().get_translation(swedish),
        locale=swedish,
        translation_key=subpage.translation_key,
        show_in_menus=True,
    )
    found["subpage"].pages = [subpage, alias]
    found["subpage_sv"].pages = [subpage_sv]

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

    editor = get_user_model().objects.get(username="editor")
    draft = NewsPageFactory(
        title=found["draft"].title, slug="matriisi-luonnos", live=False, owner=editor
    )
    draft_url = f"{draft.get_parent().url}{draft.slug}/"
    # Waiting for an editor's approval: the workflow's own views name it.
    draft.save_revision(user=editor)
    draft.get_workflow().start(draft, editor)

    root_collection = Collection.get_first_root_node()
    collection = root_collection.add_child(name=found["folder"].title)
    collection_restriction = for_coordinators(collection=collection)
    document = Document.objects.create(
        title=found["document"].title,
        collection=collection,
        file=ContentFile(
            f"{found['document'].title}: vain koordinaattoreille".encode(),
            name="secret-document-7f3a.txt",
        ),
    )
    open_document = Document.objects.create(
        title="Avoin esityslista",
        file=ContentFile(b"Kaikille avoin esityslista", name="esityslista.txt"),
    )
    album = root_collection.add_child(name=found["album"].title)
    for_coordinators(collection=album)
    image = Image.objects.create(
        title=found["image"].title, collection=album, file=png("secret-image-7f3a.png")
    )

    # An open meeting lists both: the restricted one only to its group; an
    # open news item links the restricted one in its body, as a block and
    # from its rich text, and shows the restricted image as its picture, as
    # an image block and embedded in its rich text.
    open_minutes = MeetingMinutesPageFactory(title="Matriisin avoin kokous")
    for position, attached in enumerate([open_document, document]):
        MinutesAttachment.objects.create(
            page=open_minutes, document=attached, sort_order=position
        )
    open_minutes.save_revision().publish()
    open_news = NewsPageFactory(
        title="Matriisin avoin tiedote",
        slug="matriisi-tiedote",
        image=image,
        body=[
            ("document", {"document": document, "label": ""}),
            ("paragraph", RichText(linking(document, image))),
            ("image", image),
        ],
    )
    open_image = Image.objects.create(
        title="Matriisin kampuskartta", file=png("kartta.png")
    )
    rendition = open_image.get_rendition("fill-20x20")

    # Someone in the group searched for the restricted words.
    for name in ("news", "mentor"):
        Query.get(found[name].word).add_hit()

    return Fixtures(
        secrets=found,
        restricted_pages=restricted,
        subpage=subpage,
        alias=alias,
        subpage_sv=subpage_sv,
        password_page=password_page,
        password_restriction=password_restriction,
        draft=draft,
        draft_url=draft_url,
        open_minutes=open_minutes,
        open_news=open_news,
        document=document,
        open_document=open_document,
        collection_restriction=collection_restriction,
        image=image,
        rendition=rendition,
        open_image=open_image,
        image_collection=album,
        topic=Topic.objects.get(tag__name=topic),
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
        translation=translation_of(news, "en"),
    )


def linking(document, image):
    """Rich text linking `document` and embedding `image`, as the editor
    saves it."""
    return (
        f'<p>Lue <a linktype="document" id="{document.pk}">kokouksen liite</a>.</p>'
        f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt=""/>'
    )


def translation_of(page, language):
    """A wagtail-localize translation of `page` into `language`: its editor,
    preview and PO file name the page."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=language)
    )
    translation.save_target(publish=True)
    return translation
