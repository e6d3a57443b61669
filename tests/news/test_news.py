"""The news index, its audience filter, and the feeds per language and service."""

import re
from urllib.parse import urlencode

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pages.common.subscriptions import subscription_key
from pages.factories import NewsPageFactory, ServiceFactory, section
from pages.models import EventPage, NewsIndexPage, NewsPage, StaffProfile, Unit

pytestmark = pytest.mark.django_db


def teaser_titles(html):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def test_index_lists_news_newest_first_and_filters_by_service(staff_client):
    index = section(NewsIndexPage)
    html = staff_client.get(index.url).content.decode()
    newest = NewsPage.objects.live().child_of(index).order_by("-date")[:3]
    assert teaser_titles(html)[:3] == [news.title for news in newest]

    html = staff_client.get(index.url + "?service=library").content.decode()
    titles = teaser_titles(html)
    assert titles
    library = NewsPage.objects.child_of(index).filter(service__slug="library")
    assert set(titles) == set(library.values_list("title", flat=True))


def test_swedish_index_lists_swedish_news_only(staff_client):
    fi_index = section(NewsIndexPage)
    untranslated = NewsPageFactory(title="Vain suomeksi kirjoitettu uutinen")
    sv_index = fi_index.get_translation(
        untranslated.locale.__class__.objects.get(language_code="sv")
    )
    html = staff_client.get(sv_index.url).content.decode()

    assert "Vain suomeksi" not in html
    assert teaser_titles(html)
    assert all(
        NewsPage.objects.get(title=title).locale.language_code == "sv"
        for title in teaser_titles(html)
    )


def test_audience_filter_shows_news_for_my_unit_faculty_and_campus(
    staff_client, django_user_model
):
    emergency = Unit.objects.get(name="Päivystys", locale__language_code="fi")
    home_care = Unit.objects.get(name="Kotihoito", locale__language_code="fi")
    StaffProfile.objects.create(
        user=django_user_model.objects.get(username="staff"), unit=emergency
    )
    for_my_division = NewsPageFactory(
        title="Terveyspalveluiden uutinen", audience_units=[emergency.parent]
    )
    for_my_campus = NewsPageFactory(
        title="Keskussairaalan uutinen",
        audience_campuses=list(emergency.campuses.all()),
    )
    for_others = NewsPageFactory(title="Kotihoidon uutinen", audience_units=[home_care])
    for_everyone = NewsPageFactory(title="Kaikille tarkoitettu uutinen")

    index = section(NewsIndexPage)
    mine = staff_client.get(index.url + "?audience=mine").content.decode()
    everything = staff_client.get(index.url).content.decode()

    for news in (for_my_division, for_my_campus, for_everyone):
        assert news.title in mine
    assert for_others.title not in mine
    assert for_others.title in everything
    assert "Kotihoito" in everything  # who a targeted item is for


def test_audience_filter_without_a_saved_unit_asks_for_one(staff_client):
    html = staff_client.get(section(NewsIndexPage).url + "?audience=mine")
    assert "Tallenna yksikkösi" in html.content.decode()


def test_bad_filter_values_get_a_message_not_an_error(staff_client):
    response = staff_client.get(
        section(NewsIndexPage).url + "?service=%00nope&topic=' OR 1=1&page=x"
    )
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.usefixtures("uncached_pages")
def test_news_index_query_count_does_not_grow_with_news(staff_client):
    index = section(NewsIndexPage)
    service = ServiceFactory()
    campus_unit = Unit.objects.filter(locale__language_code="fi").first()
    url = f"{index.url}?service={service.slug}"

    def add_news(count):
        for _ in range(count):
            news = NewsPageFactory(service=service, audience_units=[campus_unit])
            news.topics.add("Teams", "Outlook")
            news.save()

    add_news(2)
    count_queries(staff_client, url)  # fills the organisation name caches
    few = count_queries(staff_client, url)
    add_news(8)  # a full page of ten
    count_queries(staff_client, url)  # the reader looked up anew after the change
    many = count_queries(staff_client, url)

    assert many == few


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("url", ["/fi/feeds/news.atom", "/fi/feeds/news.rss"])
def test_feeds_parse_and_list_the_newest_news(staff_client, url):
    feed = parse(staff_client, url)
    newest = (
        NewsPage.objects.live()
        .filter(locale__language_code="fi")
        .order_by("-date", "-pk")
        .first()
    )

    assert feed.entries[0].title == newest.title
    assert feed.entries[0].link.endswith(newest.url)
    assert feed.entries[0].summary == newest.lead


def test_feed_for_each_language_and_service(staff_client):
    swedish = parse(staff_client, "/sv/feeds/news.atom")
    titles = {entry.title for entry in swedish.entries}
    assert titles == set(
        NewsPage.objects.live()
        .filter(locale__language_code="sv", alias_of__isnull=True)
        .values_list("title", flat=True)
    )
    assert swedish.feed.language == "sv" if "language" in swedish.feed else True

    library = parse(staff_client, "/en/feeds/news/library.rss")
    assert library.entries
    assert {entry.author for entry in library.entries} == {"Library"}


def test_unknown_service_feed_is_a_404(staff_client):
    assert staff_client.get("/fi/feeds/news/nope.atom").status_code == 404


def test_feed_reader_reads_with_a_personal_key_and_not_without(
    client, django_user_model
):
    staff = django_user_model.objects.get(username="staff")
    key = subscription_key(staff)

    assert parse(client, f"/fi/feeds/news.atom?key={key}").entries
    assert client.get("/fi/feeds/news.atom").status_code == 302  # to log in
    forged = client.get("/fi/feeds/news.atom?key=" + key[:-2] + "xx")
    assert forged.status_code == 403
    assert "ei ole enää voimassa" in forged.content.decode()

    staff.is_active = False
    staff.save()
    assert client.get(f"/fi/feeds/news.atom?key={key}").status_code == 403


def test_index_offers_personal_feed_addresses(staff_client, django_user_model):
    staff = django_user_model.objects.get(username="staff")
    html = staff_client.get(section(NewsIndexPage).url).content.decode()

    key = urlencode({"key": subscription_key(staff)})
    assert f"/fi/feeds/news.atom?{key}" in html
    assert '<link rel="alternate" type="application/atom+xml"' in html


def test_home_page_shows_the_latest_news_for_the_reader_and_upcoming_events(
    staff_client, django_user_model
):
    emergency = Unit.objects.get(name="Päivystys", locale__language_code="fi")
    home_care = Unit.objects.get(name="Kotihoito", locale__language_code="fi")
    for_others = NewsPageFactory(title="Kotihoidon uutinen", audience_units=[home_care])
    for_everyone = NewsPageFactory(title="Kaikille tarkoitettu uutinen")
    home = section(NewsIndexPage).get_parent()

    html = staff_client.get(home.url).content.decode()
    assert for_others.title in html and for_everyone.title in html

    StaffProfile.objects.create(
        user=django_user_model.objects.get(username="staff"), unit=emergency
    )
    html = staff_client.get(home.url).content.decode()
    assert for_everyone.title in html
    assert for_others.title not in html
    next_event = (
        EventPage.objects.live()
        .filter(locale__language_code="fi", start__gte=timezone.now())
        .order_by("start")
        .first()
    )
    assert next_event.title in html
