"""A document or an image of a private collection, shown on an open page,
shows nothing of itself to a reader who may not open it.

An open news item links a document of a collection shared with the
Coordinators from its rich text, and shows an image of that collection as
its picture and in an image block; a guide shows it as a step's screenshot
and a mentor as their photo. Other readers get the link's text without an
address, and no image: not its title, not its file name. The shared page
cache keeps the two apart.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.rich_text import RichText

from pages.common.caching.cacheable import served_from_cache
from pages.factories import (
    GuidePageFactory,
    MeetingMinutesPageFactory,
    MentorPageFactory,
    NewsPageFactory,
    mentor_directory,
    site_root,
)
from tests.access.translations import in_some_language
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

DOCUMENT = "Kuiskausmuistion liite"
DOCUMENT_FILE = "kuiskausliite"
LINK_TEXT = "kokouksen muistio"
IMAGE = "Kuiskauskaavio"
IMAGE_FILE = "kuiskauskaavio"
MENTOR = "Kuiskausmentori Kaisla"


def private_collection(group="Coordinators"):
    collection = Collection.get_first_root_node().add_child(name="Kuiskauskansio")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=group))
    return collection


def private_things(group="Coordinators"):
    collection = private_collection(group)
    document = Document.objects.create(
        title=DOCUMENT,
        collection=collection,
        file=ContentFile(b"Vain ryhmalle", name=f"{DOCUMENT_FILE}.txt"),
    )
    image = Image.objects.create(
        title=IMAGE,
        collection=collection,
        file=get_test_image_file(f"{IMAGE_FILE}.png"),
    )
    return document, image


def linking(document, image=None):
    """Rich text linking `document` (and embedding `image`), as the editor
    saves it."""
    embed = (
        f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="kaavio"/>'
        if image
        else ""
    )
    return (
        f'<p>Lue <a linktype="document" id="{document.pk}">{LINK_TEXT}</a> '
        f"ennen kokousta.</p>{embed}"
    )


@pytest.fixture
def news(private):
    document, image = private
    return NewsPageFactory(
        title="Avoin kuiskaustiedote",
        image=image,
        body=[
            ("paragraph", RichText(linking(document, image))),
            ("image", image),
        ],
    )


@pytest.fixture
def private():
    return private_things()


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def shows_nothing_of_the_document(text, document):
    assert DOCUMENT_FILE not in text
    assert DOCUMENT not in text
    assert f"/documents/{document.pk}/" not in text


def shows_nothing_of_the_image(text):
    assert IMAGE not in text
    assert IMAGE_FILE not in text


@pytest.mark.parametrize("role", ["staff", "mentor", "editor"])
def test_a_rich_text_link_to_a_document_one_may_not_open_is_its_text_only(
    news, private, role
):
    document, _image = private

    text = page_text(client_for(role), news.url)

    assert f"<a>{LINK_TEXT}</a>" in text
    shows_nothing_of_the_document(text, document)


def test_the_group_follows_the_rich_text_link(news, private):
    document, _image = private

    text = page_text(client_for("coordinator"), news.url)

    assert f'<a href="{document.url}">{LINK_TEXT}</a>' in text


def test_a_rich_text_field_links_the_document_only_for_the_group(private):
    document, _image = private
    minutes = MeetingMinutesPageFactory(
        title="Avoin kuiskauskokous", agenda=f"<ol><li>{linking(document)}</li></ol>"
    )

    closed = page_text(client_for("staff"), minutes.url)
    opened = page_text(client_for("coordinator"), minutes.url)

    assert f"<a>{LINK_TEXT}</a>" in closed
    shows_nothing_of_the_document(closed, document)
    assert f'<a href="{document.url}">{LINK_TEXT}</a>' in opened


@pytest.mark.parametrize("role", ["staff", "mentor", "editor"])
def test_an_image_of_a_private_collection_shows_nowhere_on_open_pages(
    news, private, role
):
    _document, image = private
    guide = GuidePageFactory(title="Avoin kuiskausohje")
    step = {"title": "Avaa kaavio", "text": RichText("<p>Näin.</p>"), "image": image}
    guide.steps = [("step", step)]
    guide.save_revision().publish()
    mentor = MentorPageFactory(title=MENTOR, photo=image)
    client = client_for(role)

    for url in [
        news.url,
        site_root().url,
        guide.url,
        mentor.url,
        f"{mentor_directory().url}?q=Kuiskausmentori",
    ]:
        shows_nothing_of_the_image(page_text(client, url))


def test_the_group_sees_the_image(news, private):
    mentor = MentorPageFactory(title=MENTOR, photo=private[1])
    client = client_for("coordinator")

    for url in [news.url, site_root().url, mentor.url]:
        assert IMAGE_FILE in page_text(client, url), url


def test_mentor_cards_kept_for_many_readers_show_the_photo_only_to_the_group(
    private,
):
    MentorPageFactory(title=MENTOR, photo=private[1])
    directory = f"{mentor_directory().url}?q=Kuiskausmentori"

    # The group first: its cards must not be what the others get.
    assert IMAGE_FILE in page_text(client_for("coordinator"), directory)
    text = page_text(client_for("staff"), directory)

    assert MENTOR in text
    shows_nothing_of_the_image(text)


def reader_in_no_group():
    reader = get_user_model().objects.create_user("lukija", "lukija@example.invalid")
    client = Client()
    client.force_login(reader)
    return client


def served(client, url):
    """The page's text, and whether it came from the shared page cache."""
    cached = []

    def note(sender, request, **kwargs):
        cached.append(request.path)

    served_from_cache.connect(note)
    try:
        text = page_text(client, url)
    finally:
        served_from_cache.disconnect(note)
    return text, bool(cached)


def test_the_page_cache_keeps_the_link_apart_by_who_may_open_the_document():
    # Shared with Staff: a staff member and a reader in no group share pages
    # by their groups, not as editors do each on their own.
    document, _image = private_things(group="Staff")
    news = NewsPageFactory(
        title="Avoin välimuistitiedote",
        body=[("paragraph", RichText(linking(document)))],
    )
    staff, outsider = client_for("staff"), reader_in_no_group()
    link = f'<a href="{document.url}">{LINK_TEXT}</a>'

    for first, second in [(staff, outsider), (outsider, staff)]:
        rendered = [served(client, news.url) for client in (first, second)]
        kept = [served(client, news.url) for client in (first, second)]

        assert [cached for _text, cached in rendered] == [False, False]
        assert [cached for _text, cached in kept] == [True, True]
        readers = [first, second] * 2
        for client, (text, _cached) in zip(readers, rendered + kept, strict=True):
            assert LINK_TEXT in text
            if client is staff:
                assert link in text
            else:
                shows_nothing_of_the_document(text, document)
        news.save_revision().publish()  # a new generation: nothing kept


def test_the_editor_of_the_page_gets_the_document_and_the_image_unnamed(news, private):
    document, _image = private
    edit = reverse("wagtailadmin_pages:edit", args=[news.pk])

    text = page_text(client_for("editor"), edit)

    shows_nothing_of_the_document(text, document)
    shows_nothing_of_the_image(text)
    assert in_some_language("A document you may not open", text)
    assert in_some_language("An image you may not open", text)
    assert DOCUMENT_FILE in page_text(client_for("admin"), edit)


def test_the_page_history_shows_the_image_only_to_those_who_may_open_it(private):
    news = NewsPageFactory(title="Vertailtava tiedote")
    before = news.save_revision()
    news.image = private[1]
    after = news.save_revision()
    compare = reverse(
        "wagtailadmin_pages:revisions_compare", args=[news.pk, before.pk, after.pk]
    )

    shows_nothing_of_the_image(page_text(client_for("editor"), compare))
    assert IMAGE_FILE in page_text(client_for("admin"), compare)
