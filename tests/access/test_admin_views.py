"""Every admin view checks what it shows and who may use it, not only its
menu item.

A news item, a guide and a mentor profile (long unconfirmed) are shared with
the Coordinators group, with a topic used nowhere else; a coordinator has
searched for a restricted word. Mentors reach the admin (their minutes,
news and profile) and editors edit every page: neither finds a restricted
title, name or e-mail they may not see, by the admin's lists, searches,
reports, API, choosers or addresses that name an object by id.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from pages.common.topics import Topic
from pages.factories import (
    GuidePageFactory,
    MeetingMinutesPageFactory,
    MentorPageFactory,
    NewsPageFactory,
    section,
)
from pages.models import NewsIndexPage
from tests.access.translations import in_some_language
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

NEWS = "Vakoilu-uutinen koordinaattoreille"
GUIDE = "Vakoiluohje koordinaattoreille"
MENTOR = "Vakoilu Mentori"
MENTOR_EMAIL = "vakoilu.mentori@digimentor.example"
MINUTES = "Vakoilukokous koordinaattoreille"
TOPIC = "Vakoiluaihe"
SEARCHED = "vakoilusana"
DOCUMENT = "Vakoilumuistio"
SECRETS = [NEWS, GUIDE, MENTOR, MENTOR_EMAIL, MINUTES, TOPIC, SEARCHED]


def for_coordinators(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))


@pytest.fixture
def restricted():
    long_ago = timezone.localdate() - datetime.timedelta(days=800)
    news = NewsPageFactory(title=NEWS)
    guide = GuidePageFactory(title=GUIDE, last_reviewed=long_ago)
    mentor = MentorPageFactory(
        title=MENTOR, email=MENTOR_EMAIL, last_confirmed=long_ago
    )
    minutes = MeetingMinutesPageFactory(title=MINUTES)
    for page in (news, guide, mentor):
        page.topics.add(TOPIC)
        page.save_revision().publish()
    for page in (news, guide, mentor, minutes):
        for_coordinators(page)
    Query.get(SEARCHED).add_hit()
    return {"news": news, "guide": guide, "mentor": mentor, "minutes": minutes}


def text_of(response):
    if response.streaming:  # a CSV export
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def leaked(client, url, secrets=SECRETS):
    response = client.get(url, follow=True)
    assert response.status_code < 500, url
    text = text_of(response)
    return [secret for secret in secrets if secret in text]


REPORTS = [
    "stale_mentor_profiles",
    "stale_mentor_profiles_results",
    "guides_due_for_review",
    "guides_due_for_review_results",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:page_types_usage",
]


@pytest.mark.parametrize("report", REPORTS)
def test_a_report_shows_a_mentor_nothing_restricted(restricted, report):
    client = client_for("mentor")
    url = reverse(report)

    assert leaked(client, url) == []
    assert leaked(client, f"{url}?export=csv") == []


def test_the_reports_of_profiles_and_guides_are_for_those_who_keep_them(restricted):
    mentor, coordinator = client_for("mentor"), client_for("coordinator")
    profiles, guides = (
        reverse("stale_mentor_profiles"),
        reverse("guides_due_for_review"),
    )

    assert mentor.get(profiles).status_code == 302  # Wagtail's "no permission"
    assert mentor.get(guides).status_code == 302
    assert MENTOR_EMAIL in text_of(coordinator.get(f"{profiles}?export=csv"))
    assert GUIDE in client_for("editor").get(guides).content.decode()


def test_the_page_type_usage_lists_are_for_editors(restricted):
    url = reverse("wagtailadmin_pages:type_use", args=["pages", "newspage"])

    assert client_for("mentor").get(url).status_code == 302
    assert NEWS in client_for("editor").get(url).content.decode()


@pytest.mark.parametrize("role", ["mentor", "coordinator"])
def test_the_search_terms_chooser_is_for_those_who_pin_results(restricted, role):
    url = reverse("wagtailsearchpromotions:chooser")

    assert leaked(client_for(role), url) == []
    # Editors pin results to searches (README, "Roles"), and edit every page.
    for keeper in ("editor", "admin"):
        assert SEARCHED in client_for(keeper).get(url).content.decode()


def explorer_urls(restricted):
    news_index = section(NewsIndexPage)
    news = restricted["news"]
    return [
        reverse("wagtailadmin_explore", args=[news_index.pk]),
        reverse("wagtailadmin_explore", args=[news_index.pk]) + "?q=vakoilu",
        reverse("wagtailadmin_pages:search") + "?q=vakoilu",
        reverse("wagtailadmin_api:pages:listing") + "?search=vakoilu",
        reverse("wagtailadmin_api:pages:listing")
        + f"?child_of={news_index.pk}&for_explorer=1",
        reverse("wagtailadmin_api:pages:detail", args=[news.pk]),
        reverse("wagtailadmin_pages:history", args=[news.pk]),
        reverse("wagtailadmin_pages:usage", args=[news.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[news.pk]),
        reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={news.pk}",
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
        + f"?id={news.pk}",
    ]


def test_the_explorer_search_and_api_show_a_mentor_nothing_restricted(restricted):
    client = client_for("mentor")
    for url in explorer_urls(restricted):
        assert leaked(client, url) == [], url


def test_an_admin_address_naming_a_restricted_page_answers_404(restricted):
    client = client_for("mentor")
    news = restricted["news"]

    for url in [
        reverse("wagtailadmin_api:pages:detail", args=[news.pk]),
        reverse("wagtailadmin_pages:history", args=[news.pk]),
        reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={news.pk}",
    ]:
        assert client.get(url, follow=True).status_code == 404, url


def test_editors_and_coordinators_see_the_pages_they_edit(restricted):
    url = reverse("wagtailadmin_pages:search") + "?q=vakoilu"

    editor = client_for("editor").get(url).content.decode()
    assert NEWS in editor
    assert MINUTES in editor
    assert MINUTES in client_for("coordinator").get(url).content.decode()


def test_tag_autocompletion_offers_a_mentor_no_restricted_topic(restricted):
    url = reverse("wagtailadmin_tag_autocomplete") + "?term=vakoilu"

    assert client_for("mentor").get(url).json() == []
    assert TOPIC in client_for("coordinator").get(url).json()


def test_the_topic_chooser_and_translation_api_are_for_those_who_keep_topics(
    restricted,
):
    topic = Topic.objects.get(name=TOPIC)
    urls = [
        reverse("wagtailsnippetchoosers_pages_topic:choose"),
        reverse("wagtailsnippetchoosers_pages_topic:chosen", args=[topic.pk]),
        reverse("wagtail_localize:snippets_api_listing", args=["pages", "topic"]),
        reverse(
            "wagtail_localize:snippets_api_detail", args=["pages", "topic", topic.pk]
        ),
    ]
    mentor = client_for("mentor")
    for url in urls:
        assert leaked(mentor, url) == [], url
    assert TOPIC in client_for("coordinator").get(urls[1]).content.decode()


@pytest.fixture
def news_linking_a_private_document():
    folder = Collection.get_first_root_node().add_child(name="Vakoilukansio")
    restriction = CollectionViewRestriction.objects.create(
        collection=folder, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    document = Document.objects.create(
        title=DOCUMENT,
        collection=folder,
        file=ContentFile(b"Vain koordinaattoreille", name="vakoilumuistio.txt"),
    )
    minutes = MeetingMinutesPageFactory(title="Avoin vakoilukokous")
    minutes.attachments.create(document=document)
    minutes.save_revision().publish()
    news = NewsPageFactory(
        title="Avoin vakoilutiedote",
        body=[("document", {"document": document, "label": ""})],
    )
    return news, minutes


def test_a_page_editor_who_may_not_open_a_linked_document_sees_it_unnamed(
    news_linking_a_private_document,
):
    client = client_for("editor")
    for page in news_linking_a_private_document:
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        text = client.get(url).content.decode()
        assert DOCUMENT not in text, url
        assert in_some_language("A document you may not open", text), url
