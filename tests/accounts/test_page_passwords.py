"""Page and document passwords (Wagtail's privacy "with a password"): after
a few wrong ones from one address, that address is paused for that password,
with a message in the reader's language; and a password entered once opens
the page in every language whose version carries the same password."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

pytestmark = pytest.mark.django_db

PASSWORD = "kuukkeli-2026"
LIMIT = 5  # LOGIN_FAILURE_LIMIT's default


def with_password(page, password=PASSWORD):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )


@pytest.fixture
def about():
    """The Finnish 'about' page behind a password."""
    page = Page.objects.get(url_path="/digimentorit/tietoa/")
    return page, with_password(page)


@pytest.fixture
def about_url(about):
    return about[0].url


@pytest.fixture
def document_behind_a_password():
    collection = Collection.get_first_root_node().add_child(name="Salaiset")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PASSWORD,
    )
    document = Document.objects.create(
        title="Salainen muistio",
        collection=collection,
        file=ContentFile(b"salaista", name="salainen.txt"),
    )
    return document, restriction


def password_form_action(response):
    """Where the page's password form posts, or None when the page came."""
    match = re.search(
        r'<form action="([^"]*authenticate_with_password/[^"]*)"',
        response.content.decode(),
    )
    return match.group(1) if match else None


def enter(client, action, password, return_url, address="10.3.0.1", language="fi"):
    return client.post(
        action,
        {"password": password, "return_url": return_url},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_wrong_page_passwords_pause_the_address(staff_client, about, about_url):
    page, restriction = about
    action = f"/fi/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    for _attempt in range(LIMIT):
        assert enter(staff_client, action, "arvaus", about_url).status_code == 200
    paused = enter(staff_client, action, PASSWORD, about_url)
    assert paused.status_code == 429
    assert "Liian monta väärää salasanaa" in paused.content.decode()
    assert password_form_action(staff_client.get(about_url)) is not None
    # From another address the right password opens the page.
    elsewhere = enter(staff_client, action, PASSWORD, about_url, address="10.3.0.2")
    assert elsewhere.status_code == 302
    assert password_form_action(staff_client.get(about_url)) is None


def test_a_pause_is_for_one_password_only(staff_client, about, about_url):
    page, restriction = about
    news = Page.objects.get(url_path="/digimentorit/osaamisalueet/")
    other = with_password(news, "toinen-salasana")
    action = f"/fi/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    for _attempt in range(LIMIT):
        enter(staff_client, action, "arvaus", about_url)
    other_action = f"/fi/_util/authenticate_with_password/{other.pk}/{news.pk}/"
    response = enter(staff_client, other_action, "toinen-salasana", news.url)
    assert response.status_code == 302


def test_wrong_document_passwords_pause_the_address(
    staff_client, document_behind_a_password
):
    document, restriction = document_behind_a_password
    action = f"/documents/authenticate_with_password/{restriction.pk}/"
    for _attempt in range(LIMIT):
        response = enter(staff_client, action, "arvaus", document.url, language="sv")
        assert response.status_code == 200
    paused = enter(staff_client, action, PASSWORD, document.url, language="sv")
    assert paused.status_code == 429
    assert "För många felaktiga lösenord" in paused.content.decode()
    assert staff_client.get(document.url).status_code == 200  # the form again
    assert b"salaista" not in staff_client.get(document.url).content


def test_behind_the_proxy_the_pause_is_for_the_address_nginx_saw(
    staff_client, about, about_url, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    page, restriction = about
    action = f"/fi/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"

    def through_nginx(password, seen, sent=""):
        return staff_client.post(
            action,
            {"password": password, "return_url": about_url},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=", ".join(filter(None, [sent, seen])),
        )

    for attempt in range(LIMIT):
        through_nginx("arvaus", "203.0.113.7", sent=f"10.0.{attempt}.1")
    assert through_nginx(PASSWORD, "203.0.113.7", sent="10.0.99.1").status_code == 429
    assert through_nginx(PASSWORD, "198.51.100.1").status_code == 302


def test_the_same_password_on_every_version_is_asked_for_once(
    staff_client, about, about_url
):
    page, _restriction = about
    # As wagtail-localize copies a restriction to the translations.
    for translation in page.get_translations():
        with_password(translation)
    asked = 0
    response = staff_client.get(about_url)
    while (action := password_form_action(response)) is not None and asked < 5:
        asked += 1
        assert enter(staff_client, action, PASSWORD, about_url).status_code == 302
        response = staff_client.get(about_url)
    assert asked == 1
    for translation in page.get_translations():
        assert password_form_action(staff_client.get(translation.url)) is None


def test_a_different_password_on_a_version_is_still_asked_for(staff_client, about):
    page, _restriction = about
    swedish = page.get_translation(page.get_translations().first().locale)
    with_password(swedish, "eri-salasana")
    response = staff_client.get(swedish.url)
    enter(staff_client, password_form_action(response), PASSWORD, swedish.url)
    assert password_form_action(staff_client.get(swedish.url)) is not None
