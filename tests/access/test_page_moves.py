"""A page moved out of a restricted subtree keeps its readers unless the
editor chooses to open it.

A general page is shared with the Coordinators and has a sub-page. An editor
moves the sub-page to the home page: the move view asks who may read it
after the move and keeps it private unless told otherwise; the bulk move and
the admin API keep it private. Each move is logged in the page's history.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageLogEntry, PageViewRestriction

from pages.factories import StandardPageFactory, site_root
from tests.access.translations import in_some_language
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

SUBPAGE = "Siirrettävä lokeroalasivu"
KEPT_MESSAGE = (
    "The moved page stays private as it was (%(readers)s). Change this under "
    "Privacy if it is meant for the readers of its new place."
)


def restrict(page, **options):
    restriction = PageViewRestriction.objects.create(page=page, **options)
    if options["restriction_type"] == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get(name="Coordinators"))
    return restriction


@pytest.fixture
def section():
    section = StandardPageFactory(
        title="Koordinaattorien siirtolokero", slug="siirtolokero", parent=site_root()
    )
    restrict(section, restriction_type=PageViewRestriction.GROUPS)
    subpage = StandardPageFactory(title=SUBPAGE, slug="siirrettava", parent=section)
    StandardPageFactory(title="Alasivun alasivu", slug="syvempi", parent=subpage)
    return section, subpage


def move_url(page, destination):
    return reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])


def readers(page):
    """Whether staff and coordinators may open the page."""
    page.refresh_from_db()
    return {
        role: client_for(role).get(page.url).status_code == 200
        for role in ("staff", "coordinator")
    }


PRIVATE = {"staff": False, "coordinator": True}
OPEN = {"staff": True, "coordinator": True}


def test_moving_a_page_out_of_a_restricted_page_asks_who_may_read_it(section):
    _section, subpage = section

    response = client_for("editor").get(move_url(subpage, site_root()))

    text = response.content.decode()
    assert response.status_code == 200
    assert in_some_language("Who may read it after the move?", text)
    assert 'name="privacy" value="keep" checked' in text
    assert 'name="privacy" value="open"' in text
    assert "Coordinators" in text
    subpage.refresh_from_db()
    assert subpage.get_parent().pk == section[0].pk


@pytest.mark.parametrize("choice", [{"privacy": "keep"}, {}])
def test_a_page_moved_out_of_a_restricted_page_stays_private(section, choice):
    _section, subpage = section

    response = client_for("editor").post(
        move_url(subpage, site_root()), choice, follow=True
    )

    subpage.refresh_from_db()
    assert subpage.get_parent().pk == site_root().pk
    assert readers(subpage) == PRIVATE
    below = subpage.get_children().get()
    assert client_for("staff").get(below.url).status_code == 403
    restriction = subpage.view_restrictions.get()
    assert list(restriction.groups.values_list("name", flat=True)) == ["Coordinators"]
    entry = PageLogEntry.objects.get(page=subpage, action="pages.move_kept_private")
    assert entry.user.username == "editor"
    assert entry.data["readers"] == ["Coordinators"]
    assert in_some_language(
        KEPT_MESSAGE, response.content.decode(), readers="Coordinators"
    )


def test_the_editor_may_choose_to_open_the_moved_page(section):
    _section, subpage = section

    client_for("editor").post(move_url(subpage, site_root()), {"privacy": "open"})

    subpage.refresh_from_db()
    assert subpage.get_parent().pk == site_root().pk
    assert readers(subpage) == OPEN
    assert not subpage.view_restrictions.exists()
    entry = PageLogEntry.objects.get(page=subpage, action="pages.move_opened")
    assert entry.user.username == "editor"
    assert not PageLogEntry.objects.filter(action="pages.move_kept_private").exists()


def test_a_move_within_the_restricted_page_asks_nothing(section):
    restricted, subpage = section
    sibling = StandardPageFactory(title="Toinen alasivu", parent=restricted)
    editor = client_for("editor")

    asked = editor.get(move_url(subpage, sibling)).content.decode()
    editor.post(move_url(subpage, sibling))

    assert 'name="privacy"' not in asked
    subpage.refresh_from_db()
    assert subpage.get_parent().pk == sibling.pk
    assert not subpage.view_restrictions.exists()
    assert readers(subpage) == PRIVATE
    assert not PageLogEntry.objects.filter(
        action__in=["pages.move_kept_private", "pages.move_opened"]
    ).exists()


def test_a_move_of_an_open_page_asks_nothing():
    page = StandardPageFactory(title="Avoin siirrettävä", parent=site_root())
    destination = StandardPageFactory(title="Avoin kohde", parent=site_root())

    asked = client_for("editor").get(move_url(page, destination)).content.decode()

    assert 'name="privacy"' not in asked


def test_a_page_keeps_a_password_when_moved():
    section = StandardPageFactory(title="Salasanasiirtolokero", parent=site_root())
    restrict(section, restriction_type=PageViewRestriction.PASSWORD, password="avain")
    subpage = StandardPageFactory(title="Salasanan alasivu", parent=section)

    client_for("editor").post(move_url(subpage, site_root()))

    restriction = PageViewRestriction.objects.get(page=subpage)
    assert restriction.restriction_type == PageViewRestriction.PASSWORD
    assert restriction.password == "avain"


def test_a_bulk_move_keeps_the_page_private(section):
    _section, subpage = section
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"])

    response = client_for("editor").post(
        f"{url}?id={subpage.pk}",
        {"chooser": site_root().pk, "next": "/admin/"},
        follow=True,
    )

    subpage.refresh_from_db()
    assert subpage.get_parent().pk == site_root().pk
    assert readers(subpage) == PRIVATE
    assert PageLogEntry.objects.filter(
        page=subpage, action="pages.move_kept_private"
    ).exists()
    assert in_some_language(
        KEPT_MESSAGE, response.content.decode(), readers="Coordinators"
    )


def test_the_admin_api_move_keeps_the_page_private(section):
    _section, subpage = section
    url = reverse("wagtailadmin_api:pages:action", args=[subpage.pk, "move"])

    response = client_for("editor").post(
        url,
        {"destination_page_id": site_root().pk, "position": "last-child"},
        content_type="application/json",
    )

    assert response.status_code == 200
    assert readers(subpage) == PRIVATE
    entry = PageLogEntry.objects.get(page=subpage, action="pages.move_kept_private")
    assert entry.user.username == "editor"
