"""A signed-in reader refused a page gets the site's own page saying so, in
their language, not a login form asking them to sign in as someone else."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def shared_with_coordinators(url_path):
    page = Page.objects.get(url_path=url_path)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    return page


@pytest.fixture
def coordinators_page():
    """The Finnish 'about' page, shared with the Coordinators group only."""
    return shared_with_coordinators("/digimentorit/tietoa/")


def test_staff_outside_the_group_get_the_sites_403_page(
    staff_client, coordinators_page
):
    response = staff_client.get(coordinators_page.url)
    html = response.content.decode()
    assert response.status_code == 403
    assert "Ei pääsyä tälle sivulle" in html
    assert 'href="/"' in html  # a way back
    assert 'id="main"' in html or "<main" in html  # the site's own layout
    assert 'name="password"' not in html  # no login form


def test_the_refusal_speaks_the_readers_language(staff_client):
    page = shared_with_coordinators("/digimentorer/om-verksamheten/")
    response = staff_client.get(page.url)
    assert response.status_code == 403
    assert "Ingen åtkomst till den här sidan" in response.content.decode()


def test_a_member_of_the_group_reads_the_page(coordinators_page):
    response = client_for("coordinator").get(coordinators_page.url)
    assert response.status_code == 200


def test_an_anonymous_reader_is_still_sent_to_sign_in(client, coordinators_page):
    response = client.get(coordinators_page.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/login/?next=")


def test_a_restriction_on_the_finnish_page_covers_its_translations(
    staff_client, coordinators_page
):
    for url in ["/sv/om-verksamheten/", "/en/about/"]:
        response = staff_client.get(url)
        assert response.status_code == 403, url
    assert client_for("coordinator").get("/sv/om-verksamheten/").status_code == 200
