"""Whole pages from the shared cache: few queries, never stale, never leaked.

Each worker process of a server holds its own cache client; `worker(n)` swaps
in a client of its own for what follows, so a change made through one and
read through the other shows that invalidation is shared, not per process.
`committed()` runs what the change's commit would run (the tests' own
transaction never commits).
"""

import contextlib
import datetime
import re
from urllib.parse import urlencode

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, PageViewRestriction

from adapters.django.cache import FileCache
from adapters.wagtail_localize import save_translation
from pages.common.subscriptions import subscription_key
from pages.factories import (
    EventPageFactory,
    GuidePageFactory,
    MentorPageFactory,
    NewsPageFactory,
    section,
)
from pages.models import (
    EventIndexPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    MeetingMinutesPage,
    MentorIndexPage,
    MentorPage,
    MinutesIndexPage,
    NewsIndexPage,
    NewsPage,
    StaffProfile,
    Unit,
)

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 4


@pytest.fixture
def workers():
    """Two cache clients, as two worker processes of one server hold them."""
    clients = [caches.create_connection("default") for _ in range(2)]

    @contextlib.contextmanager
    def worker(number):
        previous = caches["default"]
        caches["default"] = clients[number - 1]
        try:
            yield
        finally:
            caches["default"] = previous

    return worker


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), response.content.decode()


def finnish(model):
    return model.objects.live().filter(locale__language_code="fi").order_by("pk")[0]


def page_kinds():
    directory = finnish(MentorIndexPage)
    unit = Unit.objects.filter(locale__language_code="fi", parent__isnull=False)
    return {
        "home": finnish(HomePage).url,
        "news index": finnish(NewsIndexPage).url,
        "news item": finnish(NewsPage).url,
        "minutes index": finnish(MinutesIndexPage).url,
        "minutes": finnish(MeetingMinutesPage).url,
        "guide index": finnish(GuideIndexPage).url,
        "guide": finnish(GuidePage).url,
        "events": finnish(EventIndexPage).url,
        "directory": directory.url,
        "profile": finnish(MentorPage).url,
        "finder": f"{directory.url}nearest/?unit={unit.order_by('pk')[0].pk}",
        "search": "/fi/search/?" + urlencode({"q": "Teams"}),
    }


def test_every_page_kind_warm_costs_at_most_four_queries(staff_client):
    for kind, url in page_kinds().items():
        cold, _html = queries(staff_client, url)
        queries(staff_client, url)  # the search counts its first hit of the day
        warm, _html = queries(staff_client, url)
        assert warm <= QUERY_BUDGET < cold, kind


def test_a_page_one_worker_kept_is_served_by_the_other(staff_client, workers):
    url = section(NewsIndexPage).url
    with workers(1):
        cold, html = queries(staff_client, url)
    with workers(2):
        warm, same = queries(staff_client, url)
    assert warm <= QUERY_BUDGET < cold
    assert without_tokens(same) == without_tokens(html)


def without_tokens(html):
    # A new mask of the same CSRF secret on every answer.
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def news_titles(client, url):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', client.get(url).text)


def test_published_changes_show_through_the_other_worker(
    staff_client, workers, committed
):
    index = section(NewsIndexPage)
    news = NewsPageFactory(title="Tulostimet päivitetään")
    with workers(1):
        assert "Tulostimet päivitetään" in news_titles(staff_client, index.url)
    with workers(2):
        news_titles(staff_client, index.url)  # cached, through the other client

    with workers(1), committed():
        news.title = "Tulostimet päivitettiin"
        news.save_revision().publish()
    with workers(2):
        titles = news_titles(staff_client, index.url)
    assert "Tulostimet päivitettiin" in titles
    assert "Tulostimet päivitetään" not in titles

    with workers(1), committed():
        news.unpublish()
    with workers(2):
        assert "Tulostimet päivitettiin" not in news_titles(staff_client, index.url)


def test_a_deleted_page_leaves_the_cached_list(staff_client, workers, committed):
    index = section(NewsIndexPage)
    news = NewsPageFactory(title="Poistuva uutinen")
    with workers(1):
        assert "Poistuva uutinen" in news_titles(staff_client, index.url)
    with workers(1), committed():
        news.delete()
    with workers(2):
        assert "Poistuva uutinen" not in news_titles(staff_client, index.url)


def test_a_moved_page_is_no_longer_served_at_its_old_address(
    staff_client, workers, committed
):
    guide = GuidePageFactory(title="Siirtyvä ohje")
    old_url = guide.url
    with workers(1):
        assert staff_client.get(old_url).status_code == 200
    news_index = section(NewsIndexPage)
    guides = section(GuideIndexPage)
    target = GuideIndexPage(title="Arkisto", slug="arkisto")
    guides.get_parent().add_child(instance=target)
    assert news_index.pk != target.pk
    with workers(1), committed():
        guide.move(target, pos="last-child")
    with workers(2):
        response = staff_client.get(old_url)
    assert response.status_code != 200 or "Siirtyvä ohje" not in response.text


def test_a_synchronised_translation_shows_in_its_language(
    staff_client, workers, committed
):
    news = finnish(NewsPage)
    swedish = Locale.objects.get(language_code="sv")
    sv_news = news.get_translation(swedish)
    sv_index = section(NewsIndexPage).get_translation(swedish)
    with workers(1):
        assert sv_news.title in news_titles(staff_client, sv_index.url)

    translated = NewsPage.objects.get(pk=news.pk)
    translated.title = "Nyheten på nytt"
    with workers(1), committed():
        save_translation(news, swedish, translated)
        sv_news.refresh_from_db()
        sv_news.get_latest_revision().publish()
    with workers(2):
        assert "Nyheten på nytt" in news_titles(staff_client, sv_index.url)


def test_a_renamed_unit_shows_in_the_directory(staff_client, workers, committed):
    directory = section(MentorIndexPage).url
    mentor = finnish(MentorPage)
    unit = mentor.unit_links.first().unit
    with workers(1):
        assert unit.name in staff_client.get(directory).text
    with workers(1), committed():
        unit.name = "Uudelleen nimetty osasto"
        unit.save()
    with workers(2):
        assert "Uudelleen nimetty osasto" in staff_client.get(directory).text


def test_a_mentor_confirming_their_profile_shows_at_once(workers, committed):
    mentor_client = Client()
    mentor = MentorPage.objects.get(user__username="mentor", locale__language_code="fi")
    mentor_client.force_login(mentor.user)
    MentorPage.objects.filter(translation_key=mentor.translation_key).update(
        last_confirmed=timezone.localdate() - datetime.timedelta(days=400)
    )
    staff = Client()
    staff.force_login(mentor.user.__class__.objects.get(username="staff"))
    with workers(1):
        assert "tiedot voivat olla vanhentuneita" in staff.get(mentor.url).text

    with workers(1), committed():
        confirmed = mentor_client.post(mentor.url + "confirm/")
    assert confirmed.status_code == 302
    with workers(2):
        assert "tiedot voivat olla vanhentuneita" not in staff.get(mentor.url).text


def your_mentors(html):
    return html.split('id="your-mentors-heading"')[1].split("</section>")[0]


def nearest_to(unit):
    return f"Lähimmät mentorit yksiköllesi {unit.name}:"


def test_a_reader_saving_their_unit_gets_its_mentors(staff_client, workers, committed):
    first, second = Unit.objects.filter(
        locale__language_code="fi", parent__isnull=False
    ).order_by("pk")[:2]
    with workers(1), committed():
        # follow: the settings page shows (and so spends) the "saved" message.
        staff_client.post(
            "/fi/profile/", {"unit": first.pk, "preferred_language": ""}, follow=True
        )
        assert nearest_to(first) in your_mentors(staff_client.get("/fi/").text)
    with workers(1), committed():
        staff_client.post(
            "/fi/profile/", {"unit": second.pk, "preferred_language": ""}, follow=True
        )
    with workers(2):
        html = your_mentors(staff_client.get("/fi/").text)
    assert nearest_to(second) in html
    assert nearest_to(first) not in html


# Never leaked


def reader(django_user_model, username, *, unit=None, groups=("Staff",)):
    user = django_user_model.objects.create_user(
        username, password="x", first_name=username.title(), last_name="Lukija"
    )
    user.groups.set(Group.objects.filter(name__in=groups))
    StaffProfile.objects.create(user=user, unit=unit)
    client = Client()
    client.force_login(user)
    return client


def test_a_restricted_page_is_never_served_to_a_reader_outside_its_group(
    django_user_model,
):
    ward = Group.objects.create(name="Osasto 4")
    news = NewsPageFactory(title="Vain osastolle")
    restriction = PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(ward)
    member = reader(django_user_model, "hoitaja", groups=("Staff", "Osasto 4"))
    other = reader(django_user_model, "sihteeri")
    index = section(NewsIndexPage).url

    assert member.get(news.url).status_code == 200
    assert "Vain osastolle" in news_titles(member, index)
    assert other.get(news.url).status_code == 403
    assert "Vain osastolle" not in news_titles(other, index)
    search = "/fi/search/?" + urlencode({"q": "osastolle"})
    assert "Vain osastolle" in member.get(search).text
    assert "Vain osastolle" not in other.get(search).text


def test_a_password_opens_a_page_to_that_reader_alone(django_user_model):
    news = NewsPageFactory(title="Salasanan takana")
    restriction = PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.PASSWORD, password="avain"
    )
    first = reader(django_user_model, "ensimmainen")
    second = reader(django_user_model, "toinen")
    with translation.override("fi"):
        address = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.pk, news.pk]
        )
    answer = first.post(
        address,
        {"password": "avain", "return_url": news.url},
    )
    assert answer.status_code == 302
    assert "Salasanan takana" in first.get(news.url).text
    assert "Salasanan takana" not in second.get(news.url).text


def test_the_home_page_is_each_readers_own(django_user_model):
    first_unit, second_unit = Unit.objects.filter(
        locale__language_code="fi", parent__isnull=False
    ).order_by("pk")[:2]
    anna = reader(django_user_model, "anna", unit=first_unit)
    ben = reader(django_user_model, "ben", unit=first_unit)
    cecilia = reader(django_user_model, "cecilia", unit=second_unit)

    anna_home = anna.get("/fi/").text
    ben_home = ben.get("/fi/").text  # the same page as Anna's, from the cache
    cecilia_home = cecilia.get("/fi/").text

    assert "Anna Lukija" in anna_home
    assert "Ben Lukija" in ben_home and "Anna Lukija" not in ben_home
    assert your_mentors(ben_home) == your_mentors(anna_home)
    assert nearest_to(second_unit) in your_mentors(cecilia_home)
    assert nearest_to(first_unit) not in your_mentors(cecilia_home)
    assert "Anna Lukija" not in cecilia_home


def test_feed_addresses_carry_each_readers_own_key(django_user_model):
    anna = reader(django_user_model, "anna")
    ben = reader(django_user_model, "ben")
    url = section(NewsIndexPage).url
    anna.get(url)
    html = ben.get(url).text
    ben_key = subscription_key(django_user_model.objects.get(username="ben"))
    anna_key = subscription_key(django_user_model.objects.get(username="anna"))
    assert urlencode({"key": ben_key}) in html
    assert urlencode({"key": anna_key}) not in html
    assert not re.search(r"personal-[0-9a-f]{32}-", html)


def test_a_form_on_a_page_from_the_cache_passes_csrf(django_user_model):
    anna = reader(django_user_model, "anna")
    ben = reader(django_user_model, "ben")
    ben.handler.enforce_csrf_checks = True
    anna.get("/fi/")
    html = ben.get("/fi/").text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    signed_out = ben.post("/fi/logout/", {"csrfmiddlewaretoken": token})
    assert signed_out.status_code == 302
    assert ben.get("/fi/").status_code == 302  # to the login page


def test_with_the_cache_down_pages_are_right(settings, staff_client, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    settings.CACHES = {
        "default": {
            "BACKEND": "adapters.django.cache.FileCache",
            "LOCATION": str(blocked),
        }
    }
    index = section(NewsIndexPage)
    news = NewsPageFactory(title="Ennen")
    assert "Ennen" in news_titles(staff_client, index.url)
    news.title = "Jälkeen"
    news.save_revision().publish()
    assert "Jälkeen" in news_titles(staff_client, index.url)


def test_the_file_cache_keeps_to_its_size(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    files = FileCache(str(folder), {"OPTIONS": {"MAX_ENTRIES": 10}})
    for n in range(30):
        files.set(f"card-{n}", "<article></article>")
    # Not looked at on every write: the folder may pass its size for a while.
    assert len(list(folder.iterdir())) == 30
    monkeypatch.setattr(FileCache, "CULL_SECONDS", 0)
    files.set("one-more", "<article></article>")
    # Once looked at, a third goes, as in Django's own file cache.
    assert len(list(folder.iterdir())) == 21
    assert files.get("one-more") == "<article></article>"


# Time


@pytest.fixture
def clock():
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def test_an_event_that_ends_leaves_upcoming_events(staff_client, clock):
    now = timezone.now()
    event = EventPageFactory(
        title="Pian päättyvä koulutus",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(minutes=2),
    )
    index = section(EventIndexPage).url

    def upcoming(html):
        return html.split('id="past-heading"')[0]

    assert event.title in upcoming(staff_client.get(index).text)
    clock.shift(datetime.timedelta(minutes=3))  # well within the cache's time
    assert event.title not in upcoming(staff_client.get(index).text)
    assert "Tämä tapahtuma on päättynyt." in staff_client.get(event.url).text


def just_before_midnight():
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today, datetime.time(23, 58)))


def test_a_profile_turns_stale_at_midnight(staff_client):
    with time_machine.travel(just_before_midnight(), tick=False) as clock:
        mentor = MentorPageFactory(title="Vuoden vanha profiili")
        MentorPage.objects.filter(pk=mentor.pk).update(
            last_confirmed=timezone.localdate() - datetime.timedelta(days=365)
        )
        assert (
            "tiedot voivat olla vanhentuneita" not in staff_client.get(mentor.url).text
        )
        clock.shift(datetime.timedelta(minutes=3))
        assert "tiedot voivat olla vanhentuneita" in staff_client.get(mentor.url).text


def test_a_guide_falls_due_for_review_at_midnight(staff_client):
    with time_machine.travel(just_before_midnight(), tick=False) as clock:
        guide = GuidePageFactory(title="Vuoden vanha ohje")
        GuidePage.objects.filter(pk=guide.pk).update(
            last_reviewed=timezone.localdate() - datetime.timedelta(days=365)
        )
        index = section(GuideIndexPage).url

        def teaser(html):
            return html.split("Vuoden vanha ohje")[1].split("</article>")[0]

        assert "Tarkistettava" not in teaser(staff_client.get(index).text)
        clock.shift(datetime.timedelta(minutes=3))
        assert "Tarkistettava" in teaser(staff_client.get(index).text)


# Rendered afresh


@pytest.mark.usefixtures("uncached_pages")
def test_a_page_rendered_afresh_is_found_without_walking_the_tree(staff_client):
    news = finnish(NewsPage)  # three levels below the site's root
    staff_client.get(news.url)
    with CaptureQueriesContext(connection) as captured:
        assert staff_client.get(news.url).status_code == 200
    sql = [query["sql"] for query in captured]
    assert not [query for query in sql if "wagtailcore_site" in query]
    by_slug = [query for query in sql if '"wagtailcore_page"."slug" =' in query]
    assert by_slug == []


def test_a_deactivated_reader_is_signed_out_at_once(staff_client, django_user_model):
    assert staff_client.get("/fi/").status_code == 200  # the user now remembered
    staff = django_user_model.objects.get(username="staff")
    staff.is_active = False
    staff.save(update_fields=["is_active"])
    assert staff_client.get("/fi/").status_code == 302  # to the login page


def test_a_changed_password_ends_other_sessions_at_once(
    staff_client, django_user_model
):
    assert staff_client.get("/fi/").status_code == 200
    staff = django_user_model.objects.get(username="staff")
    staff.set_password("uusi-salasana-2026")
    staff.save()
    assert staff_client.get("/fi/").status_code == 302
