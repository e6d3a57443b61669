"""Translation with wagtail-localize, and scheduled publishing, for the
publishing page types.

wagtail-localize calls its Wagtail 8 support provisional; these tests pin
what the site relies on: text fields are translated, dates and people links
are synchronised, translatable inline rows (action items) are translated.
"""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from demo.build import ensure_translation
from pages.factories import (
    EventPageFactory,
    GuidePageFactory,
    MeetingMinutesPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    section,
)
from pages.models import (
    ActionItem,
    EventIndexPage,
    GuideIndexPage,
    MentorPage,
    MinutesAttendee,
    MinutesIndexPage,
    NewsIndexPage,
)

pytestmark = pytest.mark.django_db


def test_translated_news_renders_in_its_language(staff_client):
    news = NewsPageFactory(title="Tietoturvaviikko alkaa", lead="Tule mukaan.")
    news.save_revision().publish()
    swedish = ensure_translation(
        news,
        Locale.objects.get(language_code="sv"),
        {
            "title": "Informationssäkerhetsveckan börjar",
            "slug": "informationssakerhetsveckan",
            "lead": "Var med.",
        },
    )

    html = staff_client.get(swedish.url).content.decode()
    assert '<html lang="sv">' in html
    assert "Informationssäkerhetsveckan börjar" in html
    assert "Var med." in html
    assert swedish.date == news.date
    assert swedish.service_id is not None


def test_translated_minutes_keep_dates_and_people_and_translate_tasks(staff_client):
    jari = MentorPage.objects.get(slug="jari-heikkinen", locale__language_code="fi")
    minutes = MeetingMinutesPageFactory(
        title="Kokous", action_items=["Päivitetään ohje"]
    )
    MinutesAttendee.objects.create(page=minutes, mentor=jari)
    minutes.save_revision().publish()
    key = minutes.action_items.get().translation_key
    swedish = ensure_translation(
        minutes,
        Locale.objects.get(language_code="sv"),
        {
            "title": "Möte",
            "slug": "mote",
            "agenda": "<ol><li>Mötets öppnande</li></ol>",
            "action_items": [
                ActionItem(task="Anvisningen uppdateras", translation_key=key)
            ],
        },
    )

    assert swedish.meeting_date == minutes.meeting_date
    assert swedish.action_items.get().task == "Anvisningen uppdateras"
    assert swedish.attendees.get().mentor_id == jari.pk
    html = staff_client.get(swedish.url).content.decode()
    # The people link leads to the mentor's Swedish profile.
    assert f'href="{jari.get_translation(swedish.locale).url}"' in html
    assert "Anvisningen uppdateras" in html


@pytest.mark.parametrize(
    "make",
    [
        lambda: NewsPageFactory(),
        lambda: MeetingMinutesPageFactory(),
        lambda: GuidePageFactory(),
        lambda: EventPageFactory(),
        lambda: StandardPageFactory(),
    ],
    ids=["news", "minutes", "guide", "event", "general"],
)
def test_every_type_publishes_on_schedule_and_keeps_revisions(make):
    page = make()
    page.title = "Ajastettu"
    page.live = False
    page.save()
    go_live = timezone.now() + datetime.timedelta(hours=1)
    page.go_live_at = go_live
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    assert page.revisions.count() == 1

    # An hour passes.
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    revision = page.scheduled_revision
    revision.content["go_live_at"] = an_hour_ago.isoformat()
    revision.approved_go_live_at = an_hour_ago
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live
    assert page.title == "Ajastettu"


def test_every_section_exists_in_every_language():
    for model in (NewsIndexPage, MinutesIndexPage, GuideIndexPage, EventIndexPage):
        index = section(model)
        assert {
            translation.locale.language_code
            for translation in index.get_translations(inclusive=True)
        } == {"fi", "sv", "en"}
