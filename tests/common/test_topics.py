"""Topics in the reader's language: on profiles, news and guides, in the
filters (which match the same topics in every language), in search, and
named by editors and coordinators in the admin."""

import pytest
from taggit.models import Tag

from pages.common.topics import Topic
from pages.models import GuidePage, MentorPage, NewsPage
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def mentor(language):
    return MentorPage.objects.get(slug="jari-heikkinen", locale__language_code=language)


def text_of(url, username="staff"):
    return client_for(username).get(url).content.decode()


@pytest.mark.parametrize(
    "language, name",
    [
        ("fi", "potilastietojärjestelmä"),
        ("sv", "patientdatasystem"),
        ("en", "patient information system"),
    ],
)
def test_a_profile_names_its_topics_in_the_readers_language(language, name):
    text = text_of(mentor(language).url)
    assert name in text
    if language != "fi":
        assert "potilastietojärjestelmä" not in text  # the bio too


def test_news_and_guides_name_their_topics_in_swedish():
    news = NewsPage.objects.live().filter(
        locale__language_code="sv", tagged_items__tag__name="tietoturva"
    )[0]
    assert "informationssäkerhet" in text_of(news.url)
    assert "informationssäkerhet" in text_of(news.get_parent().url)  # its teaser
    guide = GuidePage.objects.live().filter(locale__language_code="sv")[0]
    for topic in guide.topics.all():
        swedish = Topic.objects.get(tag=topic, locale__language_code="sv").name
        assert swedish in text_of(guide.url)


def test_filters_offer_swedish_names_and_find_the_same_mentors():
    directory = mentor("sv").get_parent().url
    slug = Tag.objects.get(name="potilastietojärjestelmä").slug
    text = text_of(directory)
    assert f'<option value="{slug}">patientdatasystem</option>' in text
    assert ">potilastietojärjestelmä<" not in text
    finnish = text_of(mentor("fi").get_parent().url + f"?topic={slug}")
    swedish = text_of(directory + f"?topic={slug}")
    assert "Jari Heikkinen" in finnish and "Jari Heikkinen" in swedish


def test_a_topic_not_yet_translated_keeps_its_finnish_name_marked_finnish():
    page = mentor("fi")
    page.topics.add("Copilot")
    page.save_revision().publish()
    swedish = mentor("sv")
    swedish.topics.add("Copilot")
    swedish.save_revision().publish()
    # A new tag is named in Finnish at once, for the admin to translate.
    assert Topic.objects.get(tag__name="Copilot").locale.language_code == "fi"
    assert '<span lang="fi">Copilot</span>' in text_of(swedish.url)

    finnish_topic = Topic.objects.get(tag__name="Copilot")
    translation = finnish_topic.copy_for_translation(swedish.locale)
    translation.name = "Copilot (AI-assistent)"
    translation.save()
    text = text_of(swedish.url)
    assert "Copilot (AI-assistent)" in text and '<span lang="fi">Copilot' not in text


def test_directory_text_search_finds_a_topic_by_its_swedish_name():
    directory = mentor("sv").get_parent().url
    assert "Jari Heikkinen" in text_of(directory + "?q=patientdatasystem")


def test_site_search_finds_a_swedish_topic_name():
    text = text_of("/sv/search/?q=informationss%C3%A4kerhet")
    news = NewsPage.objects.live().filter(
        locale__language_code="sv", tagged_items__tag__name="tietoturva"
    )
    assert any(item.title in text for item in news)


@pytest.mark.parametrize(
    "role, may_name",
    [
        ("staff", False),
        ("mentor", False),
        ("editor", True),
        ("coordinator", True),
    ],
)
def test_editors_and_coordinators_name_topics_and_no_one_else(role, may_name):
    topic = Topic.objects.get(tag__name="tietoturva", locale__language_code="sv")
    client = client_for(role)
    url = f"/admin/snippets/pages/topic/edit/{topic.pk}/"
    response = client.get(url)
    assert (response.status_code == 200) is may_name, response.status_code
    response = client.post(url, {"tag": topic.tag_id, "name": "datasäkerhet"})
    topic.refresh_from_db()
    assert (topic.name == "datasäkerhet") is may_name
    assert Tag.objects.filter(name="tietoturva").exists()
