"""Meeting minutes: the index by year, open action items, and bad input in the
admin (nothing entered is lost)."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from pages.factories import MeetingMinutesPageFactory, section
from pages.models import (
    ActionItem,
    MeetingMinutesPage,
    MinutesAttachment,
    MinutesIndexPage,
)
from tests.conftest import client_for
from tests.publishing.test_publishing_roles import minutes_form

pytestmark = pytest.mark.django_db


def test_index_shows_the_latest_years_minutes_and_links_other_years(staff_client):
    index = section(MinutesIndexPage)
    latest = MeetingMinutesPage.objects.child_of(index).order_by("-meeting_date")[0]
    html = staff_client.get(index.url).content.decode()

    assert latest.title in html
    years = {d.year for d in MeetingMinutesPage.objects.dates("meeting_date", "year")}
    for year in years - {latest.meeting_date.year}:
        assert f'href="?year={year}"' in html
        other = staff_client.get(f"{index.url}?year={year}").content.decode()
        assert latest.title not in other.split('id="minutes-heading"')[1]

    assert staff_client.get(f"{index.url}?year=abc").status_code == 200


def test_index_lists_open_action_items_of_recent_meetings(staff_client):
    index = section(MinutesIndexPage)
    meeting = MeetingMinutesPageFactory(
        title="Ylimääräinen kokous",
        action_items=["Päivitetään Teams-ohje", "Tilataan uudet kuulokkeet"],
    )
    ActionItem.objects.filter(task="Tilataan uudet kuulokkeet").update(status="done")
    html = staff_client.get(index.url).content.decode()
    open_items = html.split('id="open-items-heading"')[1].split('id="minutes-heading"')[
        0
    ]

    assert "Päivitetään Teams-ohje" in open_items
    assert "Tilataan uudet kuulokkeet" not in open_items
    assert meeting.title in open_items


def test_minutes_page_links_attendees_and_lists_action_items(staff_client):
    minutes = (
        MeetingMinutesPage.objects.live()
        .filter(locale__language_code="fi", action_items__isnull=False)
        .first()
    )
    html = staff_client.get(minutes.url).content.decode()

    for link in minutes.attendees.all():
        assert f'href="{link.mentor.url}"' in html
    for item in minutes.action_items.all():
        assert item.task in html


def add_minutes(client, data):
    index = section(MinutesIndexPage)
    url = reverse(
        "wagtailadmin_pages:add", args=["pages", "meetingminutespage", index.pk]
    )
    return client.post(url, data)


def test_an_action_item_without_a_task_is_refused_and_the_rest_kept(mentor_client):
    data = minutes_form("action-publish")
    data["action_items-0-task"] = ""
    response = add_minutes(mentor_client, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tämä kenttä on pakollinen." in html
    assert "Liisa Niemi" in html  # the owner typed in stays
    assert "Teams-kanavan" in html  # and so does the agenda
    assert not MeetingMinutesPage.objects.filter(slug="yksikon-digikokous").exists()


def test_an_invalid_meeting_date_is_refused(mentor_client):
    response = add_minutes(
        mentor_client, minutes_form("action-publish", meeting_date="31.2.2026")
    )

    assert response.status_code == 200
    assert "Kokoushuone Pihlaja" in response.content.decode()
    assert not MeetingMinutesPage.objects.filter(slug="yksikon-digikokous").exists()


def upload(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_attachments_of_a_refused_type_or_size_are_refused(mentor_client, settings):
    response = upload(mentor_client, "ohjelma.exe", b"MZ")
    assert response.status_code == 200
    assert not Document.objects.filter(title="ohjelma.exe").exists()
    assert "error-message" in response.content.decode()

    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(mentor_client, "muistio.pdf", b"%PDF" + b"0" * 2048)
    assert response.status_code == 200
    assert not Document.objects.filter(title="muistio.pdf").exists()

    response = upload(mentor_client, "esityslista.pdf", b"%PDF-1.4 esityslista")
    assert response.status_code == 302
    assert Document.objects.filter(title="esityslista.pdf").exists()


def test_an_attachment_in_a_restricted_collection_is_listed_only_to_its_group(
    staff_client,
):
    board = Collection.get_first_root_node().add_child(name="Koordinaattorit")
    restriction = CollectionViewRestriction.objects.create(
        collection=board, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    secret = Document.objects.create(
        title="Resursointiesitys 2027",
        collection=board,
        file=ContentFile(b"luottamuksellinen", name="resursointi.txt"),
    )
    public = Document.objects.create(
        title="Kokouksen esityslista",
        file=ContentFile(b"esityslista", name="esityslista.txt"),
    )
    minutes = MeetingMinutesPage.objects.live().filter(locale__language_code="fi")[0]
    MinutesAttachment.objects.create(page=minutes, document=secret)
    MinutesAttachment.objects.create(page=minutes, document=public)

    staff_html = staff_client.get(minutes.url).content.decode()
    coordinator_html = client_for("coordinator").get(minutes.url).content.decode()

    assert "Kokouksen esityslista" in staff_html
    assert "Resursointiesitys 2027" not in staff_html
    assert "Resursointiesitys 2027" in coordinator_html
