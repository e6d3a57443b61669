"""A password on a Finnish page covers its Swedish and English versions at
once, as a group restriction does (tests/access/test_refused_page.py): opened
directly, a translation asks for the Finnish page's password, whatever
wagtail-localize has synced, and no list shows it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale, Page, PageViewRestriction

from pages.factories import NewsPageFactory
from pages.models import NewsIndexPage, NewsPage
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

PASSWORD = "kuukkeli-2026"
ABOUT_SV = "/sv/om-verksamheten/"
ABOUT_EN = "/en/about/"


def with_password(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )


@pytest.fixture
def about():
    """The Finnish 'about' page, behind a password set after its
    translations were made."""
    page = Page.objects.get(url_path="/digimentorit/tietoa/")
    with_password(page)
    return page


def password_form_action(response):
    """Where the password form posts, or None when the page itself came."""
    html = response.content.decode()
    match = re.search(
        r'<form action="([^"]*/_util/authenticate_with_password/[^"]*)"', html
    )
    return match.group(1) if match else None


def enter_password(client, url, password):
    form = client.get(url)
    action = password_form_action(form)
    return client.post(action, {"password": password, "return_url": url})


@pytest.mark.parametrize("url", [ABOUT_SV, ABOUT_EN])
def test_a_translation_asks_for_the_finnish_pages_password(staff_client, about, url):
    response = staff_client.get(url)

    assert response.status_code == 200
    assert password_form_action(response) is not None
    assert (
        "no-cache" in response["Cache-Control"]
        or "no-store" in response["Cache-Control"]
    )


def test_the_right_password_opens_the_translation(staff_client, about):
    response = enter_password(staff_client, ABOUT_SV, PASSWORD)

    assert response.status_code == 302
    assert response.url == ABOUT_SV
    opened = staff_client.get(ABOUT_SV)
    assert opened.status_code == 200
    assert password_form_action(opened) is None


def test_a_wrong_password_keeps_the_translation_closed(staff_client, about):
    response = enter_password(staff_client, ABOUT_SV, "arvaus")

    assert response.status_code == 200
    assert password_form_action(response) is not None
    assert password_form_action(staff_client.get(ABOUT_SV)) is not None


def test_the_finnish_page_asks_for_its_password_once(staff_client, about):
    url = about.url
    response = enter_password(staff_client, url, PASSWORD)
    assert response.status_code == 302

    assert password_form_action(staff_client.get(url)) is None


def test_a_password_on_a_finnish_section_covers_the_translated_pages_below(
    staff_client,
):
    with_password(NewsIndexPage.objects.get(locale__language_code="fi"))
    swedish = NewsPage.objects.live().filter(
        locale__language_code="sv", alias_of__isnull=True
    )
    item = swedish.first()
    assert item is not None

    response = staff_client.get(item.url)
    assert password_form_action(response) is not None
    assert item.title not in response.content.decode()


def test_lists_leave_out_the_translations_of_a_password_protected_page(
    staff_client,
):
    swedish = (
        NewsPage.objects.live()
        .filter(locale__language_code="sv", alias_of__isnull=True)
        .order_by("-date", "-pk")
        .first()
    )
    finnish = NewsPage.objects.get(
        translation_key=swedish.translation_key, locale__language_code="fi"
    )
    listing = staff_client.get(swedish.get_parent().url).content.decode()
    assert swedish.title in listing
    with_password(finnish)

    listing = staff_client.get(swedish.get_parent().url).content.decode()
    assert swedish.title not in listing


def test_the_translation_of_a_page_for_signed_in_readers_sends_others_to_sign_in(
    client,
):
    page = Page.objects.get(url_path="/digimentorit/tietoa/")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(ABOUT_SV)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert client_for("staff").get(ABOUT_SV).status_code == 200


def test_a_group_restriction_still_refuses_before_any_password(about):
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))

    assert client_for("staff").get(ABOUT_SV).status_code == 403
    assert password_form_action(client_for("coordinator").get(ABOUT_SV)) is not None


def test_an_anonymous_reader_is_sent_to_sign_in_first(about):
    response = Client().get(ABOUT_SV)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_an_untranslated_version_asks_for_the_password_then_links_the_finnish_page(
    staff_client,
):
    finnish = NewsPageFactory(title="Kuukkelin salainen tiedote")
    # As wagtail-localize makes one: an alias in Swedish, of the same page.
    alias = finnish.copy_for_translation(
        Locale.objects.get(language_code="sv"), alias=True
    )
    with_password(finnish)

    asked = staff_client.get(alias.url)
    assert password_form_action(asked) is not None
    assert finnish.title not in asked.content.decode()

    assert enter_password(staff_client, alias.url, PASSWORD).status_code == 302
    notice = staff_client.get(alias.url)
    assert notice.status_code == 200
    assert finnish.url in notice.content.decode()
