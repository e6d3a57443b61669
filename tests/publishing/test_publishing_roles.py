"""Each role's rights, exercised through the Wagtail admin's own views."""

import pytest
from django.urls import reverse
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from pages.factories import (
    MeetingMinutesPageFactory,
    NewsPageFactory,
    finnish,
    section,
)
from pages.models import (
    MeetingMinutesPage,
    MentorIndexPage,
    MentorPage,
    MinutesIndexPage,
    NewsIndexPage,
    NewsPage,
    Service,
)
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def add_url(model, parent):
    meta = model._meta
    return reverse(
        "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]
    )


def news_form(action, **changes):
    data = {
        "title": "Uusi kirjautumistapa käyttöön",
        "slug": "uusi-kirjautumistapa",
        "date": "2026-11-20",
        "service": Service.objects.get(locale=finnish(), slug="it").pk,
        "lead": "Monivaiheinen tunnistautuminen tulee pakolliseksi.",
        "body": streamfield(
            [("paragraph", rich_text("<p>Ota Authenticator käyttöön.</p>"))]
        ),
        "topics": "tietoturva",
        "audience_units": inline_formset([]),
        "audience_campuses": inline_formset([]),
        "comments": inline_formset([]),
        action: action,
    }
    data.update(changes)
    return nested_form_data(data)


def minutes_form(action, **changes):
    data = {
        "title": "Yksikön digikokous",
        "slug": "yksikon-digikokous",
        "meeting_date": "2026-11-17",
        "kind": "unit",
        "place": "Kokoushuone Pihlaja",
        "teams_link": "",
        "other_attendees": "Osastonhoitaja Liisa Niemi",
        "agenda": rich_text("<ol><li>Teams-kanavan käyttöönotto</li></ol>"),
        "decisions": rich_text(""),
        "attendees": inline_formset([]),
        "action_items": inline_formset(
            [
                {
                    "task": "Kootaan kysymykset seuraavaan kokoukseen",
                    "owner": "",
                    "owner_name": "Liisa Niemi",
                    "due_date": "2026-12-01",
                    "status": "open",
                }
            ]
        ),
        "attachments": inline_formset([]),
        "comments": inline_formset([]),
        action: action,
    }
    data.update(changes)
    return nested_form_data(data)


def test_a_mentor_adds_and_publishes_meeting_minutes(mentor_client):
    index = section(MinutesIndexPage)
    response = mentor_client.post(
        add_url(MeetingMinutesPage, index), minutes_form("action-publish")
    )

    assert response.status_code == 302
    minutes = MeetingMinutesPage.objects.get(
        slug="yksikon-digikokous", locale=finnish()
    )
    assert minutes.live
    assert minutes.action_items.get().task.startswith("Kootaan kysymykset")


def test_a_mentors_news_waits_for_an_editors_approval(mentor_client, editor_client):
    index = section(NewsIndexPage)
    response = mentor_client.post(add_url(NewsPage, index), news_form("action-submit"))
    assert response.status_code == 302
    news = NewsPage.objects.get(slug="uusi-kirjautumistapa", locale=finnish())
    assert not news.live
    task_state = news.current_workflow_task_state
    assert task_state is not None

    # Publishing directly is not the mentor's to do.
    response = mentor_client.post(
        reverse("wagtailadmin_pages:edit", args=[news.pk]),
        news_form("action-publish"),
    )
    news.refresh_from_db()
    assert not news.live

    response = editor_client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[news.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    news.refresh_from_db()
    assert news.live


def test_a_mentor_cannot_edit_news_they_did_not_write(mentor_client):
    news = NewsPageFactory()
    response = mentor_client.get(reverse("wagtailadmin_pages:edit", args=[news.pk]))

    assert response.status_code in (302, 403)
    assert (
        not Page.objects.get(pk=news.pk)
        .specific.permissions_for_user(response.wsgi_request.user)
        .can_edit()
    )


def test_a_mentor_cannot_edit_another_mentors_profile(mentor_client):
    other = (
        MentorPage.objects.filter(locale=finnish())
        .exclude(slug="jari-heikkinen")
        .first()
    )
    response = mentor_client.get(reverse("wagtailadmin_pages:edit", args=[other.pk]))

    assert response.status_code in (302, 403)


def test_a_mentor_cannot_add_general_pages(mentor_client):
    home = section(NewsIndexPage).get_parent()
    response = mentor_client.get(
        reverse("wagtailadmin_pages:add_subpage", args=[home.pk])
    )

    assert response.status_code in (302, 403)


def test_an_editor_publishes_news_without_moderation(editor_client):
    index = section(NewsIndexPage)
    response = editor_client.post(add_url(NewsPage, index), news_form("action-publish"))

    assert response.status_code == 302
    assert NewsPage.objects.get(slug="uusi-kirjautumistapa", locale=finnish()).live


def test_an_editor_edits_any_minutes(editor_client):
    minutes = MeetingMinutesPageFactory()
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[minutes.pk]))

    assert response.status_code == 200


def test_staff_cannot_reach_the_admin(staff_client):
    response = staff_client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_new_sections_get_their_roles_in_every_language(django_user_model):
    coordinator = django_user_model.objects.get(username="coordinator")
    mentor = django_user_model.objects.get(username="mentor")

    directories = MentorIndexPage.objects.all()
    minutes_indexes = MinutesIndexPage.objects.all()

    assert {d.locale.language_code for d in directories} == {"fi", "sv", "en"}
    assert all(d.permissions_for_user(coordinator).can_publish() for d in directories)
    assert all(
        m.permissions_for_user(mentor).can_publish_subpage() for m in minutes_indexes
    )
    assert all(
        m.permissions_for_user(coordinator).can_publish() for m in minutes_indexes
    )
    assert not any(
        d.permissions_for_user(mentor).can_add_subpage() for d in directories
    )


def promotion_form(query, page):
    return nested_form_data(
        {
            "query_string": query,
            "editors_picks": inline_formset(
                [
                    {
                        "page": page.pk,
                        "external_link_url": "",
                        "external_link_text": "",
                        "description": "",
                        "sort_order": 0,
                    }
                ]
            ),
        }
    )


def test_an_editor_promotes_a_page_for_a_search(editor_client, staff_client):
    news = NewsPageFactory(title="Tietoturvaviikon ohjelma")

    listing = editor_client.get(reverse("wagtailsearchpromotions:index"))
    chooser = editor_client.get(reverse("wagtailsearchpromotions:chooser"))
    response = editor_client.post(
        reverse("wagtailsearchpromotions:add"), promotion_form("tietoturva", news)
    )

    assert listing.status_code == 200
    assert chooser.status_code == 200
    assert response.status_code == 302
    assert SearchPromotion.objects.filter(
        query__query_string="tietoturva", page=news
    ).exists()
    results = staff_client.get("/fi/search/?q=tietoturva").content.decode()
    assert "Tietoturvaviikon ohjelma" in results


@pytest.mark.parametrize("role", ["mentor", "coordinator"])
def test_only_editors_keep_the_promoted_search_results(role):
    client = client_for(role)

    for name in ("wagtailsearchpromotions:index", "wagtailsearchpromotions:chooser"):
        assert client.get(reverse(name)).status_code in (302, 403), name
