"""A restriction covers a page's whole subtree and every alias, copy and
translation of anything in it, wherever that sits.

The fixtures restrict a general page to the Coordinators group and give it a
sub-page; an editor then makes an alias of the sub-page on the home page (in
the menu), and a translation of it outside the restricted page's Swedish
version. Staff and mentors must not find the sub-page's title anywhere: not
served, not in the menu, not in the admin's page chooser.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, PageLogEntry, PageViewRestriction

from pages.factories import StandardPageFactory, site_root
from pages.models import StandardPage
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

SECTION = "Koordinaattorien lokero"
SUBPAGE = "Lokeron alasivu vain koordinaattoreille"
SUBPAGE_BODY = "Kaarnalaivan kokousohje"
SUBPAGE_SV = "Lådans undersida"
PASSWORD_SUBPAGE = "Salasanalokeron alasivu"


def restrict(page, **options):
    restriction = PageViewRestriction.objects.create(page=page, **options)
    if options["restriction_type"] == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get(name="Coordinators"))
    return restriction


def home(language):
    return site_root().get_translation(Locale.objects.get(language_code=language))


@pytest.fixture
def section():
    section = StandardPageFactory(
        title=SECTION, slug="lokero", parent=site_root(), show_in_menus=True
    )
    restrict(section, restriction_type=PageViewRestriction.GROUPS)
    subpage = StandardPageFactory(
        title=SUBPAGE,
        slug="alasivu",
        parent=section,
        lead=SUBPAGE_BODY,
        show_in_menus=True,
    )
    return section, subpage


@pytest.fixture
def alias(section):
    _section, subpage = section
    return subpage.create_alias(parent=site_root(), update_slug="lokeron-alasivu")


def body(client, url):
    response = client.get(url)
    return response.status_code, response.content.decode()


@pytest.mark.parametrize("role", ["staff", "mentor", "editor"])
def test_an_alias_of_a_page_below_a_restricted_page_is_refused(alias, role):
    status, text = body(client_for(role), alias.url)

    assert status == 403
    assert SUBPAGE_BODY not in text
    assert SUBPAGE not in text


def test_the_group_opens_the_alias(alias):
    status, text = body(client_for("coordinator"), alias.url)

    assert status == 200
    assert SUBPAGE_BODY in text


@pytest.mark.parametrize("role", ["staff", "mentor"])
def test_an_alias_of_a_page_below_a_restricted_page_is_in_no_menu(alias, role):
    _status, text = body(client_for(role), "/fi/")

    assert SUBPAGE not in text
    assert SUBPAGE in body(client_for("coordinator"), "/fi/")[1]


def test_the_page_chooser_does_not_offer_the_alias(alias):
    url = reverse("wagtailadmin_choose_page_child", args=[site_root().pk])
    response = client_for("mentor").get(url)

    assert response.status_code == 200
    assert SUBPAGE not in response.json()["html"]
    search = client_for("mentor").get(
        reverse("wagtailadmin_choose_page_search"), {"q": "alasivu"}
    )
    assert SUBPAGE not in search.content.decode()


def test_an_alias_in_another_language_is_closed_too(section):
    _section, subpage = section
    swedish_alias = subpage.create_alias(
        parent=home("sv"),
        update_slug="ladans-undersida",
        update_locale=Locale.objects.get(language_code="sv"),
    )

    assert client_for("staff").get(swedish_alias.url).status_code == 403
    assert SUBPAGE not in body(client_for("staff"), "/sv/")[1]


def test_a_translation_of_a_page_below_a_restricted_page_is_closed_wherever_it_sits(
    section,
):
    _section, subpage = section
    translation = StandardPageFactory(
        title=SUBPAGE_SV,
        slug="ladans-undersida",
        parent=home("sv"),
        locale=Locale.objects.get(language_code="sv"),
        translation_key=subpage.translation_key,
        show_in_menus=True,
    )

    assert client_for("staff").get(translation.url).status_code == 403
    assert SUBPAGE_SV not in body(client_for("staff"), "/sv/")[1]
    assert SUBPAGE_SV in body(client_for("coordinator"), "/sv/")[1]


def test_an_alias_of_an_alias_is_closed_too(alias):
    second = alias.create_alias(parent=home("fi"), update_slug="toinen-alias")

    assert client_for("staff").get(second.url).status_code == 403


def test_an_alias_of_a_page_below_a_password_page_asks_for_the_password():
    section = StandardPageFactory(title="Salasanalokero", parent=site_root())
    restrict(section, restriction_type=PageViewRestriction.PASSWORD, password="lokero")
    subpage = StandardPageFactory(
        title=PASSWORD_SUBPAGE, parent=section, lead=SUBPAGE_BODY
    )
    alias = subpage.create_alias(parent=site_root(), update_slug="salasana-alias")

    status, text = body(client_for("staff"), alias.url)

    assert status == 200
    assert 'name="password"' in text
    assert SUBPAGE_BODY not in text


def copy_form(page, parent, slug):
    return {
        "new_title": page.title,
        "new_slug": slug,
        "new_parent_page": parent.pk,
        "copy_subpages": "",
        "publish_copies": "on",
        "alias": "",
    }


def test_a_copy_made_out_of_a_restricted_subtree_keeps_its_readers(section):
    _section, subpage = section
    editor = client_for("editor")

    response = editor.post(
        reverse("wagtailadmin_pages:copy", args=[subpage.pk]),
        copy_form(subpage, site_root(), "kopio"),
        follow=True,
    )

    assert response.status_code == 200
    copy = StandardPage.objects.get(slug="kopio", locale=subpage.locale)
    assert copy.live
    assert client_for("staff").get(copy.url).status_code == 403
    assert client_for("coordinator").get(copy.url).status_code == 200
    restriction = copy.view_restrictions.get()
    assert list(restriction.groups.values_list("name", flat=True)) == ["Coordinators"]
    assert PageLogEntry.objects.filter(
        page=copy, action="wagtail.view_restriction.create"
    ).exists()
    assert "Coordinators" in response.content.decode()


def test_a_copy_keeps_a_password_too():
    section = StandardPageFactory(title="Salasanalokero", parent=site_root())
    restrict(section, restriction_type=PageViewRestriction.PASSWORD, password="lokero")
    subpage = StandardPageFactory(title=PASSWORD_SUBPAGE, parent=section)

    client_for("editor").post(
        reverse("wagtailadmin_pages:copy", args=[subpage.pk]),
        copy_form(subpage, site_root(), "salasanakopio"),
    )

    copy = StandardPage.objects.get(slug="salasanakopio", locale=subpage.locale)
    restriction = copy.view_restrictions.get()
    assert restriction.restriction_type == PageViewRestriction.PASSWORD
    assert restriction.password == "lokero"


def test_a_copy_within_the_restricted_page_gets_no_second_restriction(section):
    restricted, subpage = section

    client_for("editor").post(
        reverse("wagtailadmin_pages:copy", args=[subpage.pk]),
        copy_form(subpage, restricted, "sisakopio"),
    )

    copy = StandardPage.objects.get(slug="sisakopio", locale=subpage.locale)
    assert not copy.view_restrictions.exists()
    assert client_for("staff").get(copy.url).status_code == 403


def test_a_copy_into_a_page_shared_with_another_group_keeps_its_own_group(section):
    _section, subpage = section
    mentors_page = StandardPageFactory(title="Mentorien sivu", parent=site_root())
    mentors_only = PageViewRestriction.objects.create(
        page=mentors_page, restriction_type=PageViewRestriction.GROUPS
    )
    mentors_only.groups.add(Group.objects.get(name="Mentors"))

    client_for("editor").post(
        reverse("wagtailadmin_pages:copy", args=[subpage.pk]),
        copy_form(subpage, mentors_page, "mentorien-kopio"),
    )

    copy = StandardPage.objects.get(slug="mentorien-kopio", locale=subpage.locale)
    assert client_for("mentor").get(copy.url).status_code == 403
    assert client_for("coordinator").get(copy.url).status_code == 403


def test_an_alias_made_into_a_page_of_its_own_keeps_its_readers(alias):
    response = client_for("editor").post(
        reverse("wagtailadmin_pages:convert_alias", args=[alias.pk])
    )

    assert response.status_code == 302
    alias.refresh_from_db()
    assert alias.alias_of_id is None
    assert client_for("staff").get(alias.url).status_code == 403
    assert client_for("coordinator").get(alias.url).status_code == 200


def test_the_admin_api_does_not_copy_a_restricted_page_past_its_privacy(section):
    _section, subpage = section
    url = reverse("wagtailadmin_api:pages:action", args=[subpage.pk, "copy"])

    response = client_for("editor").post(
        url,
        {"destination_page_id": site_root().pk, "slug": "api-kopio"},
        content_type="application/json",
    )

    assert response.status_code == 403
    assert not StandardPage.objects.filter(slug="api-kopio").exists()
