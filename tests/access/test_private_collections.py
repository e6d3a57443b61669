"""A collection's privacy binds the admin too.

A collection shared with the Coordinators holds a document and an image.
Editors and mentors (who may upload and choose documents and images) find
nothing of them in the admin: not in the listings, searches, choosers or
forms, not by their address; the image's file is refused to them as the
document's is. Moving an item out of the private collection asks to confirm
it, and the move is logged.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, ModelLogEntry

from tests.access.translations import in_some_language
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

FOLDER = "Hiiskukansio"
DOCUMENT = "Hiiskumuistio"
IMAGE = "Hiiskukuva"


@pytest.fixture
def private():
    root = Collection.get_first_root_node()
    folder = root.add_child(name=FOLDER)
    restriction = CollectionViewRestriction.objects.create(
        collection=folder, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    document = Document.objects.create(
        title=DOCUMENT,
        collection=folder,
        file=ContentFile(b"Vain koordinaattoreille", name="hiiskumuistio.txt"),
    )
    image = Image.objects.create(
        title=IMAGE, collection=folder, file=get_test_image_file("hiiskukuva.png")
    )
    return {"root": root, "folder": folder, "document": document, "image": image}


def admin_urls(private):
    document, image = private["document"], private["image"]
    return [
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:index") + "?q=hiisku",
        reverse("wagtaildocs:add"),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtaildocs:edit", args=[document.pk]),
        reverse("wagtaildocs:document_usage", args=[document.pk]),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtaildocs_chooser:chosen", args=[document.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:index") + "?q=hiisku",
        reverse("wagtailimages:add"),
        reverse("wagtailimages:edit", args=[image.pk]),
        reverse("wagtailimages:image_usage", args=[image.pk]),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtailimages_chooser:chosen", args=[image.pk]),
    ]


@pytest.mark.parametrize("role", ["editor", "mentor"])
def test_the_admin_shows_nothing_of_a_private_collection(private, role):
    client = client_for(role)
    for url in admin_urls(private):
        response = client.get(url)
        text = response.content.decode()
        assert response.status_code < 500, url
        for name in (FOLDER, DOCUMENT, IMAGE):
            assert name not in text, (url, name)


def test_a_superuser_sees_the_private_collection(private):
    client = client_for("admin")
    assert DOCUMENT in client.get(reverse("wagtaildocs:index")).content.decode()
    assert IMAGE in client.get(reverse("wagtailimages:index")).content.decode()


@pytest.mark.parametrize("role", ["staff", "editor", "mentor"])
def test_an_image_of_a_private_collection_is_not_served(private, role):
    image = private["image"]
    rendition = image.get_rendition("fill-20x20")
    client = client_for(role)

    assert client.get(f"/media/{image.file.name}").status_code == 404
    assert client.get(rendition.url).status_code == 404


def test_the_group_gets_the_image(private):
    image = private["image"]
    client = client_for("coordinator")

    assert client.get(f"/media/{image.file.name}").status_code == 200
    assert client.get(image.get_rendition("fill-20x20").url).status_code == 200


def edit_document(client, document, collection, **extra):
    return client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": document.title, "collection": collection.pk, "tags": "", **extra},
    )


def test_moving_a_document_out_of_a_private_collection_asks_to_confirm(private):
    document, root = private["document"], private["root"]
    client = client_for("admin")

    response = edit_document(client, document, root)

    assert response.status_code == 200
    assert in_some_language(
        "%(collection)s is open to more readers than the private collection this "
        "is in. Tick the box to move it there anyway.",
        response.content.decode(),
        collection="Root",
    )
    document.refresh_from_db()
    assert document.collection == private["folder"]
    assert not ModelLogEntry.objects.filter(action="pages.collection_opened").exists()


def test_a_confirmed_move_out_of_a_private_collection_is_logged(private):
    document, root = private["document"], private["root"]
    client = client_for("admin")

    response = edit_document(client, document, root, open_to_more_readers="on")

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.collection == root
    entry = ModelLogEntry.objects.get(action="pages.collection_opened")
    assert entry.object_id == str(document.pk)
    assert entry.user.username == "admin"
    assert entry.data["from"]["name"] == FOLDER


def test_moving_an_image_out_of_a_private_collection_asks_to_confirm(private):
    image, root = private["image"], private["root"]
    client = client_for("admin")

    response = client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": image.title, "collection": root.pk, "tags": ""},
    )

    assert response.status_code == 200
    image.refresh_from_db()
    assert image.collection == private["folder"]


def test_a_move_within_private_collections_asks_nothing(private):
    document, folder = private["document"], private["folder"]
    inner = folder.add_child(name="Sisempi kansio")
    client = client_for("admin")

    response = edit_document(client, document, inner)

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.collection == inner


def test_a_bulk_move_out_of_a_private_collection_is_refused(private):
    document, root = private["document"], private["root"]
    url = reverse(
        "wagtail_bulk_action", args=["wagtaildocs", "document", "add_to_collection"]
    )

    client_for("admin").post(
        f"{url}?id={document.pk}", {"collection": root.pk, "next": "/admin/"}
    )

    document.refresh_from_db()
    assert document.collection == private["folder"]
