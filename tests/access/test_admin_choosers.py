"""The admin's choosers offer what the person choosing may read.

A page restricted to the Coordinators group, a password-protected page and
drafts (of an editor's news, of a mentor's minutes) stand beside an open
news item; a document and an image sit in a collection restricted to the
Coordinators beside open ones. Each role browses and searches the page
chooser (the one rich text links use too) and the document and image
choosers over HTTP, and sees only the titles it may.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from pages.factories import MeetingMinutesPageFactory, NewsPageFactory, section
from pages.models import MentorPage, NewsIndexPage
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

OPEN_NEWS = "Kuukkeli avoin uutinen"
GROUP_NEWS = "Kuukkeli koordinaattorien uutinen"
PASSWORD_NEWS = "Kuukkeli salasanauutinen"
EDITORS_DRAFT = "Kuukkeli toimittajan luonnos"
MENTORS_DRAFT = "Kuukkeli mentorin muistioluonnos"
PAGES = [OPEN_NEWS, GROUP_NEWS, PASSWORD_NEWS, EDITORS_DRAFT, MENTORS_DRAFT]

OPEN_DOCUMENT = "Kuukkeli avoin liite"
CLOSED_DOCUMENT = "Kuukkeli koordinaattorien liite"
OPEN_IMAGE = "Kuukkeli avoin kuva"
CLOSED_IMAGE = "Kuukkeli koordinaattorien kuva"

# What each role may choose among the pages above.
SEEN_PAGES = {
    "mentor": {OPEN_NEWS, MENTORS_DRAFT},
    "editor": {OPEN_NEWS, EDITORS_DRAFT, MENTORS_DRAFT},
    "coordinator": {OPEN_NEWS, GROUP_NEWS, MENTORS_DRAFT},
    "admin": set(PAGES),
}
ROLES = sorted(SEEN_PAGES)


def user(username):
    return get_user_model().objects.get(username=username)


def coordinators():
    return Group.objects.get(name="Coordinators")


@pytest.fixture
def pages():
    NewsPageFactory(title=OPEN_NEWS)
    group_news = NewsPageFactory(title=GROUP_NEWS)
    restriction = PageViewRestriction.objects.create(
        page=group_news, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(coordinators())
    password_news = NewsPageFactory(title=PASSWORD_NEWS)
    PageViewRestriction.objects.create(
        page=password_news,
        restriction_type=PageViewRestriction.PASSWORD,
        password="kuukkeli",
    )
    NewsPageFactory(title=EDITORS_DRAFT, live=False, owner=user("editor"))
    MeetingMinutesPageFactory(title=MENTORS_DRAFT, live=False, owner=user("mentor"))
    return {"group_news": group_news}


@pytest.fixture
def media():
    closed = Collection.get_first_root_node().add_child(name="Kuukkelin kokoelma")
    restriction = CollectionViewRestriction.objects.create(
        collection=closed, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(coordinators())
    for title, collection in [(OPEN_DOCUMENT, None), (CLOSED_DOCUMENT, closed)]:
        Document.objects.create(
            title=title,
            file=ContentFile(b"Kuukausikokous", name="liite.txt"),
            **({"collection": collection} if collection else {}),
        )
    for title, collection in [(OPEN_IMAGE, None), (CLOSED_IMAGE, closed)]:
        Image.objects.create(
            title=title,
            file=get_test_image_file(),
            **({"collection": collection} if collection else {}),
        )


def html_of(response):
    """The chooser's HTML: modal steps come as JSON, search results as HTML."""
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def shown(html, titles):
    return {title for title in titles if title in html}


@pytest.mark.parametrize("role", ROLES)
def test_the_page_choosers_search_offers_the_pages_one_may_read(pages, role):
    client = client_for(role)
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Kuukkeli"})

    assert shown(html_of(response), PAGES) == SEEN_PAGES[role]


@pytest.mark.parametrize("role", ROLES)
def test_browsing_the_page_chooser_offers_the_pages_one_may_read(pages, role):
    client = client_for(role)
    news = section(NewsIndexPage)
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[news.pk]))

    news_titles = [title for title in PAGES if title != MENTORS_DRAFT]
    expected = SEEN_PAGES[role] - {MENTORS_DRAFT}
    assert shown(html_of(response), news_titles) == expected


def test_a_link_in_rich_text_offers_the_same_pages(pages):
    # Draftail's link button opens the page chooser with its own parameters.
    client = client_for("mentor")
    response = client.get(
        reverse("wagtailadmin_choose_page_search"),
        {"q": "Kuukkeli", "allow_external_link": "true", "allow_email_link": "true"},
    )

    assert shown(html_of(response), PAGES) == SEEN_PAGES["mentor"]


def test_browsing_into_a_restricted_page_shows_not_even_its_title(pages):
    url = reverse("wagtailadmin_choose_page_child", args=[pages["group_news"].pk])

    assert client_for("mentor").get(url, follow=True).status_code == 404
    assert GROUP_NEWS in html_of(client_for("coordinator").get(url))


def test_staff_reach_no_chooser(pages, media):
    client = client_for("staff")
    for url in [
        reverse("wagtailadmin_choose_page_search") + "?q=Kuukkeli",
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtailimages_chooser:choose"),
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Kuukkeli" not in response.content.decode()


@pytest.mark.parametrize(
    "role, documents",
    [
        ("mentor", {OPEN_DOCUMENT}),
        ("editor", {OPEN_DOCUMENT}),
        ("coordinator", set()),  # holds no document permission
        ("admin", {OPEN_DOCUMENT, CLOSED_DOCUMENT}),
    ],
)
def test_the_document_chooser_offers_documents_one_may_open(media, role, documents):
    client = client_for(role)
    titles = [OPEN_DOCUMENT, CLOSED_DOCUMENT]

    listing = client.get(reverse("wagtaildocs_chooser:choose"))
    assert shown(html_of(listing), titles) == documents
    search = client.get(
        reverse("wagtaildocs_chooser:choose_results"), {"q": "Kuukkeli"}
    )
    assert shown(html_of(search), titles) == documents


def test_a_coordinator_in_a_mentors_role_chooses_the_groups_documents(media):
    coordinator = user("coordinator")
    coordinator.groups.add(Group.objects.get(name="Mentors"))
    client = client_for("coordinator")

    listing = client.get(reverse("wagtaildocs_chooser:choose"))
    assert shown(html_of(listing), [OPEN_DOCUMENT, CLOSED_DOCUMENT]) == {
        OPEN_DOCUMENT,
        CLOSED_DOCUMENT,
    }


@pytest.mark.parametrize(
    "role, images",
    [
        ("mentor", {OPEN_IMAGE}),
        ("editor", {OPEN_IMAGE}),
        ("admin", {OPEN_IMAGE, CLOSED_IMAGE}),
    ],
)
def test_the_image_chooser_offers_images_one_may_open(media, role, images):
    client = client_for(role)
    titles = [OPEN_IMAGE, CLOSED_IMAGE]

    listing = client.get(reverse("wagtailimages_chooser:choose"))
    assert shown(html_of(listing), titles) == images
    search = client.get(
        reverse("wagtailimages_chooser:choose_results"), {"q": "Kuukkeli"}
    )
    assert shown(html_of(search), titles) == images


def own_profile():
    return MentorPage.objects.get(user__username="mentor", locale__language_code="fi")


def account_options(html):
    """The usernames the profile's account select offers."""
    start = html.index('name="user"')
    select = html[start : html.index("</select>", start)]
    return select


def test_a_mentor_sees_their_own_account_on_their_profile_and_cannot_change_it():
    html = client_for("mentor").get(
        reverse("wagtailadmin_pages:edit", args=[own_profile().pk])
    )
    select = account_options(html.content.decode())

    assert "disabled" in select
    assert ">mentor<" in select
    for other in ("admin", "editor", "coordinator", "staff"):
        assert f">{other}<" not in select


def test_a_coordinator_chooses_the_profiles_account_among_the_networks_people():
    html = client_for("coordinator").get(
        reverse("wagtailadmin_pages:edit", args=[own_profile().pk])
    )
    select = account_options(html.content.decode())

    assert "disabled" not in select
    for network in ("mentor", "coordinator", "staff"):
        assert f">{network}<" in select
    for outside in ("admin", "editor"):
        assert f">{outside}<" not in select


def test_a_superuser_chooses_among_every_account():
    html = client_for("admin").get(
        reverse("wagtailadmin_pages:edit", args=[own_profile().pk])
    )
    select = account_options(html.content.decode())

    for anyone in ("admin", "editor", "mentor", "coordinator", "staff"):
        assert f">{anyone}<" in select
