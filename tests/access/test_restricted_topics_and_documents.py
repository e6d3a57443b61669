"""A topic used only on restricted pages, and a restricted document linked
from an open page, show nothing of themselves to a reader who may not open
them: not among the filters' choices, not in a page's body."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from pages.factories import (
    GuidePageFactory,
    MentorPageFactory,
    NewsPageFactory,
    mentor_directory,
    section,
)
from pages.models import GuideIndexPage, NewsIndexPage
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

TOPIC = "Kuiskausaihe"
DOCUMENT = "Koordinaattorien kuiskausmuistio"
FILE_NAME = "kuiskausmuistio.txt"


def for_coordinators(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))


@pytest.fixture
def topic_on_restricted_pages():
    news = NewsPageFactory(title="Koordinaattorien uutinen")
    guide = GuidePageFactory(title="Koordinaattorien ohje")
    mentor = MentorPageFactory(title="Koordinaattorien mentori")
    for page in (news, guide, mentor):
        page.topics.add(TOPIC)
        page.save_revision().publish()
        for_coordinators(page)


def filter_pages():
    directory = mentor_directory().url
    return [
        section(NewsIndexPage).url,
        section(GuideIndexPage).url,
        directory,
        f"{directory}nearest/",
    ]


@pytest.mark.usefixtures("topic_on_restricted_pages")
@pytest.mark.parametrize("role", ["staff", "mentor", "editor"])
def test_a_topic_used_only_on_restricted_pages_is_no_filter_choice(role):
    client = client_for(role)
    for url in filter_pages():
        response = client.get(url)
        assert response.status_code == 200, url
        assert TOPIC not in response.content.decode(), url


@pytest.mark.usefixtures("topic_on_restricted_pages")
def test_the_group_filters_by_the_topic():
    client = client_for("coordinator")
    for url in filter_pages():
        assert TOPIC in client.get(url).content.decode(), url


def test_a_topic_on_an_open_page_too_is_a_choice_for_everyone(
    topic_on_restricted_pages,
):
    news = NewsPageFactory(title="Avoin uutinen")
    news.topics.add(TOPIC)
    news.save_revision().publish()

    text = client_for("staff").get(section(NewsIndexPage).url).content.decode()
    assert TOPIC in text


@pytest.fixture
def news_linking_a_restricted_document():
    closed = Collection.get_first_root_node().add_child(name="Kuiskauskansio")
    restriction = CollectionViewRestriction.objects.create(
        collection=closed, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    document = Document.objects.create(
        title=DOCUMENT,
        collection=closed,
        file=ContentFile(b"Vain koordinaattoreille", name=FILE_NAME),
    )
    return NewsPageFactory(
        title="Avoin tiedote",
        body=[("document", {"document": document, "label": ""})],
    )


@pytest.mark.parametrize("role", ["staff", "mentor", "editor"])
def test_a_document_block_shows_nothing_of_a_document_one_may_not_open(
    news_linking_a_restricted_document, role
):
    response = client_for(role).get(news_linking_a_restricted_document.url)

    text = response.content.decode()
    assert response.status_code == 200
    assert DOCUMENT not in text
    assert FILE_NAME.split(".")[0] not in text


def test_the_group_sees_the_document_block(news_linking_a_restricted_document):
    text = (
        client_for("coordinator")
        .get(news_linking_a_restricted_document.url)
        .content.decode()
    )

    assert DOCUMENT in text
    assert FILE_NAME.split(".")[0] in text
