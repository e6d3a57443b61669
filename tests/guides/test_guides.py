"""Guides: the review notice and report, the index filters, and who to ask."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from pages.factories import GuidePageFactory, section
from pages.models import GuideIndexPage, GuidePage, MentorPage, StaffProfile, Unit

pytestmark = pytest.mark.django_db

NOTICE = "Ohje voi olla vanhentunut"


def years_ago(years):
    return timezone.localdate() - datetime.timedelta(days=365 * years + 1)


def test_a_guide_not_reviewed_for_a_year_tells_readers(staff_client):
    stale = GuidePageFactory(title="Vanha ohje", last_reviewed=years_ago(1))
    fresh = GuidePageFactory(title="Tuore ohje")

    assert NOTICE in staff_client.get(stale.url).content.decode()
    assert NOTICE not in staff_client.get(fresh.url).content.decode()


def test_editors_report_lists_guides_due_for_review(editor_client):
    stale = GuidePageFactory(title="Tarkistamaton ohje", last_reviewed=years_ago(2))
    fresh = GuidePageFactory(title="Tarkistettu ohje")
    html = editor_client.get(reverse("guides_due_for_review")).content.decode()

    assert stale.title in html
    assert fresh.title not in html


def test_staff_cannot_see_the_report(staff_client):
    response = staff_client.get(reverse("guides_due_for_review"))
    assert response.status_code == 302


def test_index_filters_by_competence_area_topic_and_level(staff_client):
    index = section(GuideIndexPage)
    level = GuidePage.objects.child_of(index).values_list("level", flat=True)[0]
    for query, expected in [
        ("competence=remote", {"competence_area__code": "remote"}),
        (f"level={level}", {"level": level}),
        ("topic=teams", {"tagged_items__tag__slug": "teams"}),
    ]:
        html = staff_client.get(f"{index.url}?{query}").content.decode()
        wanted = GuidePage.objects.live().child_of(index).filter(**expected)
        assert wanted, query
        for guide in wanted:
            assert guide.title in html, query
        for other in GuidePage.objects.child_of(index).exclude(pk__in=wanted):
            assert f">{other.title}<" not in html, query


def test_a_guide_shows_matching_mentors_nearest_to_the_reader_first(
    staff_client, django_user_model
):
    guide = (
        GuidePage.objects.live()
        .filter(locale__language_code="fi", tagged_items__tag__name="Teams")
        .first()
    )
    unit = Unit.objects.get(name="Kotihoito", locale__language_code="fi")
    StaffProfile.objects.create(
        user=django_user_model.objects.get(username="staff"), unit=unit
    )
    html = staff_client.get(guide.url).content.decode()
    section_html = html.split('id="guide-mentors-heading"')[1]

    shown = [
        title
        for title in MentorPage.objects.filter(locale__language_code="fi").values_list(
            "title", flat=True
        )
        if f">{title}<" in section_html
    ]
    assert shown
    first = MentorPage.objects.get(
        title=shown_first(section_html, shown), locale__language_code="fi"
    )
    assert first.unit_links.filter(unit=unit).exists()
    assert "Sama yksikkö" in section_html
    for title in shown:
        mentor = MentorPage.objects.get(title=title, locale__language_code="fi")
        assert mentor.topics.filter(name="Teams").exists() or (
            mentor.competence_areas.filter(pk=guide.competence_area_id).exists()
        )


def shown_first(html, titles):
    return min(titles, key=lambda title: html.index(f">{title}<"))
