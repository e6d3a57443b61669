"""Swedish and English pages speak Swedish and English: no Finnish interface
string and no Finnish topic name shows on them, except content not yet
translated, which stays marked lang="fi" for screen readers."""

import re

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from taggit.models import Tag

from pages.common.topics import Topic
from pages.models import (
    EventPage,
    GuidePage,
    MeetingMinutesPage,
    MentorPage,
    NewsPage,
    StandardPage,
    Unit,
)
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

# Attributes people hear or read besides the text.
READ_ATTRIBUTES = ["aria-label", "alt", "title", "placeholder", "aria-description"]


def catalogue(language):
    path = settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path))}


def finnish_only_strings(language):
    """Finnish interface strings that are not also the `language` wording."""
    finnish, swedish = catalogue("fi"), catalogue("sv")
    strings = set()
    for msgid, msgstr in finnish.items():
        own = swedish.get(msgid) if language == "sv" else msgid
        if "%(" in msgstr or "{" in msgstr:
            msgstr = msgstr.split("%(")[0].split("{")[0]  # the fixed start
        msgstr = msgstr.strip(" :.,")
        if len(msgstr) >= 5 and msgstr != own and msgstr not in (own or ""):
            strings.add(msgstr)
    return strings


def finnish_topic_names(language):
    names = dict(
        Topic.objects.filter(locale__language_code=language).values_list(
            "translation_key", "name"
        )
    )
    return {
        topic.name
        for topic in Topic.objects.filter(locale__language_code="fi")
        if names.get(topic.translation_key, topic.name) != topic.name
    }


def first(model, language):
    return model.objects.live().filter(locale__language_code=language).first()


def visible_words(html, language):
    """What a reader of `language` sees and hears, without what is marked
    as another language."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "template"]):
        element.decompose()
    for element in soup.find_all(lang=True):
        if element.name != "html" and element["lang"] != language:
            element.decompose()
    parts = [soup.get_text(" ")]
    for element in soup.find_all(True):
        parts += [element.get(name, "") for name in READ_ATTRIBUTES]
    return " ".join(" ".join(parts).split())


def said(phrase, words):
    """`phrase` as words of its own ("mentori" is not in "mentoring")."""
    return re.search(rf"\b{re.escape(phrase)}\b", words) is not None


def page_type_urls(language):
    """One page of each type in `language`, with the directory's filters, the
    finder's results, search, the reader's settings and the 404 page."""
    unit = Unit.objects.filter(locale__language_code="fi").first()
    remote_care = Tag.objects.get(name="etävastaanotto")
    mentor = first(MentorPage, language)
    directory = mentor.get_parent().url
    pages = [first(model, language) for model in (NewsPage, GuidePage, EventPage)]
    minutes = first(MeetingMinutesPage, language)
    return [
        f"/{language}/",
        directory,
        f"{directory}?topic={remote_care.slug}&competence=remote",
        f"{directory}nearest/?unit={unit.pk}",
        mentor.url,
        first(StandardPage, language).url,
        *[page.get_parent().url for page in pages],
        *[page.url for page in pages],
        minutes.get_parent().url,
        minutes.url,
        f"/{language}/search/?q=teams",
        f"/{language}/profile/",
        f"/{language}/no-such-page/",
    ]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_finnish_shows_on_swedish_and_english_pages(language):
    client = client_for("staff")
    interface = finnish_only_strings(language)
    topics = finnish_topic_names(language)
    assert interface and topics  # the test has something to look for
    problems = []
    for url in page_type_urls(language):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        words = visible_words(response.content.decode(), language)
        found = sorted(
            s for s in interface | topics if re.search(rf"\b{re.escape(s)}\b", words)
        )
        if found:
            problems.append(f"{url}: {found}")
    assert not problems, "\n".join(problems)


def test_untranslated_content_is_marked_finnish_and_so_left_out():
    html = '<main><p lang="fi">Tämä on vielä suomeksi</p><p>På svenska</p></main>'
    assert visible_words(html, "sv") == "På svenska"
