"""Help requests: asked, stored, e-mailed by the background worker, taken,
done, given feedback; moved on when nobody takes them; seen only by those
concerned."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from pages.help.limits import MAX_REQUESTS_PER_HOUR
from pages.help.models import HelpFeedback, HelpRequest
from pages.mentors.finder_ranking import nearest_mentors, offered_mentors
from pages.models import MentorPage, StaffProfile, Unit
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

NEED = "Miten jaan näyttöni Teams-kokouksessa?\nKokous alkaa huomenna."


def jari():
    return MentorPage.objects.get(user__username="mentor", locale__language_code="fi")


def ask(client, mentor=None, language="fi", **fields):
    data = {
        "need": NEED,
        "tool": "Teams",
        "urgency": "week",
        "contact": "teams",
        "when": "tiistaina iltapäivällä",
        **fields,
    }
    if mentor is not None:
        data["mentor"] = mentor.pk
    return client.post(f"/{language}/help/ask/", data)


def set_language(username, language):
    user = get_user_model().objects.get(username=username)
    StaffProfile.objects.update_or_create(
        user=user, defaults={"preferred_language": language}
    )


def test_a_request_is_stored_at_once_and_emailed_by_the_worker_in_the_mentors_language(
    staff_client, run_worker
):
    set_language("mentor", "sv")
    swedish_profile = jari().get_translation(Locale.objects.get(language_code="sv"))

    response = ask(staff_client, swedish_profile)

    help_request = HelpRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/fi/help/{help_request.pk}/"
    assert help_request.mentor == jari()  # the Finnish profile, whichever was asked
    assert help_request.status == HelpRequest.Status.NEW
    assert mail.outbox == []  # not in the request: the worker sends it

    run_worker()

    [message] = mail.outbox
    assert message.to == [jari().email]
    assert message.subject == "Hjälpbegäran från Sanna Koskinen"
    assert "Miten jaan näyttöni Teams-kokouksessa?" in message.body
    assert f"/sv/help/{help_request.pk}/" in message.body
    page = staff_client.get(response["Location"])
    assert "Pyyntösi lähetettiin: Jari Heikkinen." in page.text

    run_worker()
    assert len(mail.outbox) == 1  # sent once


def test_round_trip_taken_done_feedback_and_time_logged(
    staff_client, mentor_client, run_worker
):
    ask(staff_client, jari())
    help_request = HelpRequest.objects.get()
    url = f"/fi/help/{help_request.pk}/"

    queue = mentor_client.get("/fi/help/").text
    assert "Miten jaan näyttöni Teams-kokouksessa?" in queue

    mentor_client.post(url, {"action": "take"})
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.TAKEN
    assert "Otettu" in staff_client.get("/fi/help/").text

    mentor_client.post(
        url, {"action": "done", "note": "Näytettiin jakaminen.", "minutes": "20"}
    )
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.DONE
    [logged] = help_request.time_entries.all()
    assert (logged.mentor, logged.minutes) == (jari(), 20)
    run_worker()
    done_mail = [m for m in mail.outbox if m.to == ["staff@digimentor.example"]]
    assert [m.subject for m in done_mail] == ["Avunpyyntösi on hoidettu"]
    assert url in done_mail[0].body

    page = staff_client.get(url).text
    assert "Näytettiin jakaminen." in page
    assert 'name="rating"' in page
    staff_client.post(url, {"action": "feedback", "rating": "5", "comment": "Kiitos!"})
    feedback = HelpFeedback.objects.get(request=help_request)
    assert (feedback.rating, feedback.comment, feedback.signed) == (5, "Kiitos!", False)
    # The mentor does not see the (unsigned) feedback on the request.
    assert "Kiitos!" not in mentor_client.get(url).text


def test_a_failing_mail_server_is_retried_and_the_request_kept_and_mailed_once(
    staff_client, mail_server, run_worker
):
    ask(staff_client, jari())
    run_worker()  # the server is down: the e-mail waits for its retry

    help_request = HelpRequest.objects.get()
    assert help_request.mentor_told_at is None
    assert mail_server.inbox.messages == []

    mail_server.start()
    run_worker()  # the retry is not due yet
    assert mail_server.inbox.messages == []
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2)):
        run_worker()
        run_worker()
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=7)):
        run_worker()

    [message] = mail_server.inbox.messages
    assert message["To"] == jari().email
    help_request.refresh_from_db()
    assert help_request.mentor_told_at is not None


def test_a_request_nobody_takes_in_two_working_days_moves_to_the_next_mentor(
    staff_client, run_worker
):
    unit = Unit.objects.filter(locale__language_code="fi").first()
    StaffProfile.objects.update_or_create(
        user=get_user_model().objects.get(username="staff"), defaults={"unit": unit}
    )
    taking = offered_mentors().filter(taking_requests=True)
    first, second = [
        MentorPage.objects.get(pk=m.mentor_id)
        for m in nearest_mentors(unit, among=taking, limit=2)
    ]
    with time_machine.travel(
        datetime.datetime(2026, 12, 4, 15, 0, tzinfo=datetime.UTC)
    ):
        ask(staff_client, first)  # a Friday afternoon
        run_worker()
    help_request = HelpRequest.objects.get()
    assert help_request.mentor == first

    # Monday afternoon is one working day on: still the first mentor's.
    with time_machine.travel(
        datetime.datetime(2026, 12, 7, 16, 0, tzinfo=datetime.UTC)
    ):
        run_worker()
    help_request.refresh_from_db()
    assert help_request.mentor == first

    mail.outbox.clear()
    with time_machine.travel(
        datetime.datetime(2026, 12, 8, 16, 0, tzinfo=datetime.UTC)
    ):
        run_worker()
    help_request.refresh_from_db()
    assert help_request.mentor == second
    assert list(help_request.passed_by.all()) == [first]
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([second.email, "coordinator@digimentor.example"])


def test_anyone_near_me_goes_to_the_finders_first_mentor_taking_requests(staff_client):
    unit = Unit.objects.filter(locale__language_code="fi").first()
    ranked = nearest_mentors(unit, among=offered_mentors(), limit=5)
    busy = MentorPage.objects.get(pk=ranked[0].mentor_id)
    MentorPage.objects.filter(translation_key=busy.translation_key).update(
        taking_requests=False
    )
    expected = next(
        m.mentor_id
        for m in ranked[1:]
        if MentorPage.objects.get(pk=m.mentor_id).taking_requests
    )

    form = staff_client.get("/fi/help/ask/").text
    assert 'name="unit"' in form
    ask(staff_client, unit=unit.pk)

    help_request = HelpRequest.objects.get()
    assert help_request.to_anyone
    assert help_request.mentor_id == expected
    assert help_request.unit == unit


def test_bad_input_is_answered_in_the_readers_language_and_kept(staff_client):
    response = ask(staff_client, jari(), need="", contact="phone", when="aamulla")

    assert response.status_code == 200
    assert HelpRequest.objects.count() == 0
    assert "Tämä kenttä on pakollinen." in response.text
    assert "Anna numero, johon mentori voi soittaa." in response.text
    assert "aamulla" in response.text  # what was typed stays

    swedish = ask(staff_client, jari(), language="sv", need="", when="på morgonen")
    assert "Det här fältet är obligatoriskt" in swedish.text


@pytest.mark.parametrize("mentor", ["abc", "99999999", "①", "1" * 30])
def test_an_unknown_mentor_is_not_found_not_an_error(staff_client, mentor):
    response = staff_client.post("/fi/help/ask/", {"mentor": mentor, "need": "x"})
    assert response.status_code == 404
    assert HelpRequest.objects.count() == 0


def test_scripted_posting_is_limited_per_person(staff_client):
    for _ in range(MAX_REQUESTS_PER_HOUR):
        assert ask(staff_client, jari()).status_code == 302

    refused = ask(staff_client, jari())

    assert refused.status_code == 200
    assert "Olet lähettänyt monta pyyntöä" in refused.text
    assert HelpRequest.objects.count() == MAX_REQUESTS_PER_HOUR
    assert NEED.splitlines()[0] in refused.text  # kept


def test_each_role_sees_only_the_requests_that_concern_them(
    staff_client, mentor_client
):
    ask(staff_client, jari())
    help_request = HelpRequest.objects.get()
    url = f"/fi/help/{help_request.pk}/"
    summary = NEED.splitlines()[0]

    assert summary in staff_client.get("/fi/help/").text
    assert summary in mentor_client.get("/fi/help/").text
    coordinator = client_for("coordinator")
    assert coordinator.get(url).status_code == 200
    assert summary in coordinator.get("/fi/help/").text  # the network's open ones
    for other in ["editor"]:
        client = client_for(other)
        assert client.get(url).status_code == 404
        assert summary not in client.get("/fi/help/").text
    # The asker cannot act as the mentor, nor the mentor give feedback.
    staff_client.post(url, {"action": "take"})
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.NEW
    assert client_for("coordinator").post(url, {"action": "done"}).status_code == 302
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.NEW


def test_a_mentor_hands_a_request_over(staff_client, mentor_client, run_worker):
    ask(staff_client, jari())
    help_request = HelpRequest.objects.get()
    other = offered_mentors().exclude(pk=jari().pk).order_by("title").first()
    mail.outbox.clear()

    mentor_client.post(
        f"/fi/help/{help_request.pk}/", {"action": "hand_over", "mentor": other.pk}
    )
    run_worker()

    help_request.refresh_from_db()
    assert help_request.mentor == other
    assert mentor_client.get(f"/fi/help/{help_request.pk}/").status_code == 404
    # Only the mentor it is with now is told: the first e-mail was still
    # queued, and is dropped.
    assert [m.to for m in mail.outbox] == [[other.email]]


def test_the_ask_button_shows_on_cards_and_profiles_of_mentors_taking_requests(
    staff_client,
):
    ask_link = f'href="/fi/help/ask/?mentor={jari().pk}"'
    directory = jari().get_parent().url + "?q=Heikkinen"
    assert ask_link in staff_client.get(jari().url).text
    assert ask_link in staff_client.get(directory).text

    profile = jari()
    profile.taking_requests = False
    profile.save_revision().publish()

    assert "/fi/help/ask/?mentor=" not in staff_client.get(jari().url).text
    assert ask_link not in staff_client.get(directory).text
    # An old link to the form finds nothing to ask.
    assert staff_client.get(f"/fi/help/ask/?mentor={jari().pk}").status_code == 404


def test_anyone_near_me_never_goes_to_a_profile_the_asker_may_not_open(staff_client):
    unit = Unit.objects.filter(locale__language_code="fi").first()
    taking = offered_mentors().filter(taking_requests=True)
    first, second = [
        MentorPage.objects.get(pk=m.mentor_id)
        for m in nearest_mentors(unit, among=taking, limit=2)
    ]
    restriction = PageViewRestriction.objects.create(
        page=first, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))

    ask(staff_client, unit=unit.pk)

    assert HelpRequest.objects.get().mentor == second


def test_when_nobody_near_takes_requests_the_coordinators_find_someone(
    staff_client, run_worker
):
    MentorPage.objects.update(taking_requests=False)
    unit = Unit.objects.filter(locale__language_code="fi").first()

    response = ask(staff_client, unit=unit.pk)
    help_request = HelpRequest.objects.get()
    assert help_request.mentor is None
    page = staff_client.get(response["Location"]).text
    assert "Yksikään lähelläsi oleva mentori ei ota juuri nyt pyyntöjä" in page
    run_worker()
    assert [m.to for m in mail.outbox] == [["coordinator@digimentor.example"]]
    assert mail.outbox[0].subject == "Avunpyyntö tarvitsee mentorin"

    mail.outbox.clear()
    coordinator = client_for("coordinator")
    coordinator.post(
        f"/fi/help/{help_request.pk}/", {"action": "hand_over", "mentor": jari().pk}
    )
    run_worker()
    help_request.refresh_from_db()
    assert help_request.mentor == jari()
    assert [m.to for m in mail.outbox] == [[jari().email]]
