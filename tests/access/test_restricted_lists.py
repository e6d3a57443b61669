"""A page a reader may not open appears in no list they see: index pages, the
home page, feeds, the calendar, search, the menu and the language versions.

The fixtures restrict one page of each kind to the Coordinators group (and
one news item with a password); staff and mentors never see their titles, a
coordinator sees those shared with the group, a superuser sees everything.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, PageViewRestriction

from pages.common.subscriptions import subscription_key
from pages.factories import (
    EventPageFactory,
    GuidePageFactory,
    MeetingMinutesPageFactory,
    MentorPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    UnitFactory,
    section,
    site_root,
)
from pages.models import (
    CompetenceArea,
    EventIndexPage,
    GuideIndexPage,
    MentorIndexPage,
    MinutesAttendee,
    MinutesIndexPage,
    NewsIndexPage,
    StaffProfile,
)

pytestmark = pytest.mark.django_db

NEWS = "Salainen uutinen koordinaattoreille"
NEWS_SV = "Hemlig nyhet för koordinatorer"
PASSWORD_NEWS = "Salasanalla suojattu tiedote"
EVENT = "Salainen koordinaattoritapaaminen"
MINUTES = "Salaisen koordinaattoriryhmän kokous"
MINUTES_TASK = "Salainen toimenpide koordinaattoreille"
GUIDE = "Salainen koordinaattoriohje"
MENTOR = "Aapeli Salainen-Mentori"
MENU_PAGE = "Koordinaattorien salainen sivu"
MENU_PAGE_SV = "Koordinatorernas hemliga sida"

COORDINATED = [NEWS, EVENT, MINUTES, GUIDE, MENTOR, MENU_PAGE]


def restrict(page, **options):
    restriction = PageViewRestriction.objects.create(page=page, **options)
    if options.get("restriction_type") == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get(name="Coordinators"))
    return restriction


def for_coordinators(page):
    return restrict(page, restriction_type=PageViewRestriction.GROUPS)


def translate(page, language, title=None, alias=False):
    """The page's version in `language`: a real translation or an alias, made
    after the restriction, as wagtail-localize may not have synced it yet."""
    locale = Locale.objects.get(language_code=language)
    if alias:
        return page.create_alias(
            parent=page.get_parent().get_translation(locale), update_locale=locale
        )
    version = page.copy_for_translation(locale)
    version.title = title
    version.save_revision().publish()
    return version


@pytest.fixture
def restricted():
    news = NewsPageFactory(title=NEWS, lead="Vain koordinaattoreille.")
    for_coordinators(news)
    translate(news, "sv", NEWS_SV)
    password_news = NewsPageFactory(title=PASSWORD_NEWS)
    restrict(password_news, restriction_type=PageViewRestriction.PASSWORD, password="x")
    soon = timezone.now() + datetime.timedelta(minutes=30)
    event = EventPageFactory(title=EVENT, start=soon)
    for_coordinators(event)
    mentor = MentorPageFactory(title=MENTOR)
    mentor.competence_areas.add(CompetenceArea.objects.get(code="remote"))
    mentor.save()
    for_coordinators(mentor)
    minutes = MeetingMinutesPageFactory(title=MINUTES, action_items=[MINUTES_TASK])
    for_coordinators(minutes)
    open_minutes = MeetingMinutesPageFactory(
        title="Avoin kokous", meeting_date=timezone.localdate()
    )
    MinutesAttendee.objects.create(page=open_minutes, mentor=mentor)
    guide = GuidePageFactory(title=GUIDE)
    for_coordinators(guide)
    menu_page = StandardPageFactory(
        title=MENU_PAGE, parent=site_root(), show_in_menus=True
    )
    for_coordinators(menu_page)
    translate(menu_page, "sv", MENU_PAGE_SV)
    return {"open_minutes": open_minutes, "guide": guide}


@pytest.fixture
def coordinator_client(db):
    client = Client()
    client.force_login(get_user_model().objects.get(username="coordinator"))
    return client


def fi_url(model):
    return section(model).url


def listings(client, restricted):
    """The HTML (or feed text) of every list a reader gets, by name."""
    key = subscription_key(client.get("/fi/").wsgi_request.user)
    with translation.override("fi"):
        feed = reverse("news_feed")
        rss = reverse("news_feed_rss")
        ics = reverse("events_calendar")
        search = reverse("search")
    pages = {
        "home": "/fi/",
        "news index": fi_url(NewsIndexPage),
        "events index": fi_url(EventIndexPage),
        "minutes index": fi_url(MinutesIndexPage),
        "guides index": fi_url(GuideIndexPage),
        "directory": fi_url(MentorIndexPage),
        "open minutes": restricted["open_minutes"].url,
        "atom feed": feed,
        "rss feed": rss,
        "calendar": ics,
        "search": f"{search}?q=salainen",
    }
    found = {name: client.get(url).content.decode() for name, url in pages.items()}
    # Feed readers and calendar programs sign in with the key alone.
    found["keyed feed"] = Client().get(feed, {"key": key}).content.decode()
    found["keyed calendar"] = Client().get(ics, {"key": key}).content.decode()
    return found


def shown(text, title):
    return title in text.replace("&#x27;", "'")


@pytest.mark.parametrize("reader", ["staff_client", "mentor_client"])
def test_restricted_titles_appear_in_no_list_for_others(request, reader, restricted):
    client = request.getfixturevalue(reader)
    for name, text in listings(client, restricted).items():
        for title in COORDINATED + [PASSWORD_NEWS, MINUTES_TASK]:
            assert not shown(text, title), f"{title!r} listed on {name}"


def test_coordinators_see_what_is_shared_with_them(coordinator_client, restricted):
    found = listings(coordinator_client, restricted)

    for name in ["home", "news index", "atom feed", "rss feed", "keyed feed"]:
        assert shown(found[name], NEWS), name
    for name in ["events index", "calendar", "keyed calendar"]:
        assert shown(found[name], EVENT), name
    assert shown(found["minutes index"], MINUTES)
    assert shown(found["minutes index"], MINUTES_TASK)
    assert shown(found["guides index"], GUIDE)
    assert shown(found["directory"], MENTOR)
    assert shown(found["home"], MENU_PAGE)
    assert shown(found["search"], NEWS)


def test_a_password_counts_as_closed_in_lists_for_all_but_superusers(
    coordinator_client, admin_client, restricted
):
    for name, text in listings(coordinator_client, restricted).items():
        assert not shown(text, PASSWORD_NEWS), name
    news_index = admin_client.get(fi_url(NewsIndexPage)).content.decode()
    assert shown(news_index, PASSWORD_NEWS)
    assert shown(news_index, NEWS)


def test_a_guides_matching_mentors_leave_out_restricted_profiles(
    staff_client, coordinator_client, restricted
):
    guide = GuidePageFactory(title="Etäyhteydet")

    assert MENTOR not in staff_client.get(guide.url).content.decode()
    assert MENTOR in coordinator_client.get(guide.url).content.decode()


def test_a_restriction_on_a_finnish_page_hides_its_translations_at_once(
    staff_client, coordinator_client, restricted
):
    swedish_news = Locale.objects.get(language_code="sv")
    news_index = section(NewsIndexPage).get_translation(swedish_news).url

    assert NEWS_SV not in staff_client.get(news_index).content.decode()
    assert NEWS_SV in coordinator_client.get(news_index).content.decode()
    assert MENU_PAGE_SV not in staff_client.get("/sv/").content.decode()
    assert MENU_PAGE_SV in coordinator_client.get("/sv/").content.decode()
    with translation.override("sv"):
        search = reverse("search")
    found = staff_client.get(search, {"q": "hemlig"}).content.decode()
    assert NEWS_SV not in found


def test_an_alias_of_a_restricted_page_is_not_in_its_languages_menu(
    staff_client, coordinator_client
):
    page = StandardPageFactory(title=MENU_PAGE, parent=site_root(), show_in_menus=True)
    for_coordinators(page)
    translate(page, "en", alias=True)

    assert MENU_PAGE not in staff_client.get("/en/").content.decode()
    assert MENU_PAGE in coordinator_client.get("/en/").content.decode()


def test_the_language_switcher_does_not_link_a_closed_version(staff_client, restricted):
    guide = restricted["guide"]
    sv_guide = translate(guide, "sv", "Hemlig guide")
    PageViewRestriction.objects.filter(page=guide).delete()
    for_coordinators(sv_guide)

    page = staff_client.get(guide.url).content.decode()
    links = re.findall(r'href="([^"]*)" hreflang="sv"', page)

    assert links
    assert sv_guide.url not in links


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("factory", "url"),
    [
        (NewsPageFactory, lambda: fi_url(NewsIndexPage)),
        (NewsPageFactory, lambda: "/fi/"),
        (EventPageFactory, lambda: fi_url(EventIndexPage)),
        (GuidePageFactory, lambda: fi_url(GuideIndexPage)),
        (MeetingMinutesPageFactory, lambda: fi_url(MinutesIndexPage)),
        (MentorPageFactory, lambda: fi_url(MentorIndexPage)),
    ],
)
@pytest.mark.usefixtures("uncached_pages")
def test_queries_do_not_grow_with_restricted_pages(staff_client, factory, url):
    for_coordinators(factory())
    few = queries_for(staff_client, url())
    for _ in range(8):
        for_coordinators(factory())
    assert queries_for(staff_client, url()) == few


def test_the_finder_and_your_mentors_leave_out_restricted_profiles(
    staff_client, coordinator_client
):
    unit = UnitFactory(name="Salaisuuksien yksikkö")
    mentor = MentorPageFactory(title=MENTOR, units=[unit])
    for_coordinators(mentor)
    finder = f"{fi_url(MentorIndexPage)}nearest/?unit={unit.pk}"
    for client in (staff_client, coordinator_client):
        user = client.get("/fi/").wsgi_request.user
        StaffProfile.objects.update_or_create(user=user, defaults={"unit": unit})

    for url in (finder, "/fi/"):
        assert MENTOR not in staff_client.get(url).content.decode(), url
        assert MENTOR in coordinator_client.get(url).content.decode(), url
