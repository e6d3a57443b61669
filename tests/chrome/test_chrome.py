"""The site's frame around every page: the grouped menu, the breadcrumbs, the
numbered pages of a list, the icon and the site's own error pages."""

import gzip
import re

import PIL.Image
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from pages.common.paginator import numbered_links
from pages.factories import StandardPageFactory, site_root
from pages.models import MentorPage, NewsPage
from pages.templatetags.navigation_tags import breadcrumbs
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def trail(html):
    """The breadcrumbs' items as text, and which one is the current page."""
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S)
    if nav is None:
        return []
    items = re.findall(r"<li>\s*(.*?)\s*</li>", nav.group(0), re.S)
    return [re.sub(r"<[^>]+>", "", item).strip() for item in items]


def main_menu(html):
    return re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)


def test_the_menu_has_a_few_groups_with_every_section_in_them(staff_client):
    html = main_menu(staff_client.get("/fi/").content.decode())
    groups = re.findall(r"<summary[^>]*>(.*?)</summary>", html)
    assert groups == ["Mentorit", "Uutiset ja tapahtumat", "Verkosto"]
    top_level = re.findall(r'<a class="main-nav__link"[^>]*>(.*?)</a>', html)
    assert top_level == ["Etusivu", "Ohjeet"]
    for title in (
        "Löydä digimentori",
        "Löydä yksikköäsi lähin mentori",
        "Uutiset",
        "Tapahtumat",
        "Kokousmuistiot",
        "Tietoa digimentoritoiminnasta",
    ):
        assert f">{title}</a>" in html


def test_the_menu_marks_the_current_page_and_its_group(staff_client):
    html = main_menu(staff_client.get("/fi/tapahtumat/").content.decode())
    assert 'aria-current="page">Tapahtumat</a>' in html
    assert "main-nav__link--current" in html
    assert html.count("aria-current") == 1


def test_the_menu_leaves_out_a_page_the_reader_may_not_open(staff_client):
    page = Page.objects.get(url_path="/digimentorit/keskitetyt-palvelut/")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    html = main_menu(staff_client.get("/fi/").content.decode())
    assert "Keskitetyt palvelut" not in html
    assert "Keskitetyt palvelut" in main_menu(
        client_for("coordinator").get("/fi/").content.decode()
    )


def test_a_menu_kept_for_one_reader_is_not_shown_to_another(staff_client):
    """Menus are kept per generation for readers with the same closed pages:
    the coordinator's, with a page shared with coordinators, is not the one
    a member of staff gets next, on a page rendered afresh or from the cache."""
    page = Page.objects.get(url_path="/digimentorit/keskitetyt-palvelut/")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    coordinator = client_for("coordinator")
    for address in ["/fi/", "/fi/tapahtumat/"]:
        assert "Keskitetyt palvelut" in main_menu(
            coordinator.get(address).content.decode()
        )
        html = staff_client.get(address).content.decode()
        assert "Keskitetyt palvelut" not in main_menu(html)
        assert "keskitetyt-palvelut" not in html


def test_a_page_published_to_the_menu_shows_in_it_at_once(staff_client):
    assert "Työhyvinvointi" not in main_menu(staff_client.get("/fi/").content.decode())
    StandardPageFactory(title="Työhyvinvointi", parent=site_root(), show_in_menus=True)
    for address in ["/fi/", "/fi/tapahtumat/"]:
        html = main_menu(staff_client.get(address).content.decode())
        assert "Työhyvinvointi" in html


def test_a_news_item_has_breadcrumbs_back_to_its_list(staff_client):
    news = Page.objects.filter(url_path__startswith="/digimentorit/uutiset/", depth=4)
    item = news.live().first()
    html = staff_client.get(item.url).content.decode()
    assert trail(html) == ["Etusivu", "Uutiset", item.title]
    assert f'<span aria-current="page">{item.title}</span>' in html
    assert '<a href="/fi/uutiset/">Uutiset</a>' in html


def test_the_home_page_has_no_breadcrumbs(staff_client):
    assert trail(staff_client.get("/fi/").content.decode()) == []


def test_breadcrumbs_speak_swedish_on_swedish_pages(staff_client):
    html = staff_client.get("/sv/kompetensomraden/").content.decode()
    assert trail(html)[0] == "Hem"
    assert 'aria-label="Brödsmulor"' in html


def test_breadcrumbs_never_name_a_page_the_reader_may_not_open(db):
    parent = StandardPageFactory(title="Koordinaattorien työtila", parent=site_root())
    child = StandardPageFactory(title="Julkinen alasivu", parent=parent)
    restriction = PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    request = RequestFactory().get(child.url)

    def titles(username):
        request.user = get_user_model().objects.get(username=username)
        with translation.override("fi"):
            crumbs = breadcrumbs({"request": request, "page": child})["crumbs"]
        return [crumb["title"] for crumb in crumbs]

    assert titles("staff") == ["Digimentorit", "Julkinen alasivu"]
    assert titles("coordinator") == [
        "Digimentorit",
        "Koordinaattorien työtila",
        "Julkinen alasivu",
    ]


def test_page_numbers_keep_the_ends_and_the_neighbours():
    pages = Paginator(range(100), 10)
    assert numbered_links(pages.page(5)) == [1, None, 4, 5, 6, None, 10]
    assert numbered_links(pages.page(1)) == [1, 2, None, 10]
    assert numbered_links(Paginator(range(30), 10).page(2)) == [1, 2, 3]


def test_the_directory_links_its_pages_by_number(staff_client):
    html = staff_client.get("/fi/mentorit/?page=2").content.decode()
    nav = re.search(r'<nav class="pagination".*?</nav>', html, re.S).group(0)
    assert 'aria-label="Sivut"' in nav
    assert re.search(r'aria-label="Sivu 2" aria-current="page">2</a>', nav)
    assert re.search(r'href="\?page=1"[^>]*aria-label="Sivu 1"', nav)
    assert 'rel="prev"' in nav and 'rel="next"' in nav


def test_the_icon_is_served_at_the_address_browsers_ask_for(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert "max-age" in response["Cache-Control"]
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"


def test_pages_link_the_icons(staff_client):
    html = staff_client.get("/fi/").content.decode()
    assert '<link rel="icon" href="/favicon.ico"' in html
    assert 'rel="apple-touch-icon" href="/static/icons/apple-touch-icon.png"' in html


def test_the_404_page_speaks_swedish_and_leads_home(staff_client):
    response = staff_client.get("/sv/finns-inte/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="sv">' in html
    assert "Sidan hittades inte" in html
    assert 'href="/"' in html


def test_the_403_page_speaks_swedish(staff_client):
    page = Page.objects.get(url_path="/digimentorer/om-verksamheten/")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Coordinators"))
    html = staff_client.get(page.url).content.decode()
    assert '<html lang="sv">' in html
    assert "Ingen åtkomst till den här sidan" in html
    assert "Tillbaka till startsidan" in html


def test_the_500_page_speaks_swedish_and_fits_a_phone():
    with translation.override("sv"):
        html = render_to_string("500.html")
    assert '<html lang="sv">' in html
    assert (
        '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    )
    assert "Något gick fel" in html
    assert 'href="/"' in html


@pytest.mark.parametrize("kind", ["css", "js"])
def test_stylesheets_and_scripts_stay_within_their_budget(kind):
    # A Lighthouse-style budget: under 50 kB compressed for a phone on a slow line.
    files = list((settings.BASE_DIR / "static" / kind).glob(f"*.{kind}"))
    assert files
    assert sum(len(gzip.compress(path.read_bytes())) for path in files) < 50_000


def test_images_hold_their_place_and_come_sized_for_it(staff_client):
    """Every image declares its width and height (no layout shift as it
    loads) and is a rendition of that size, not the original scaled down."""
    news = NewsPage.objects.live().filter(
        locale__language_code="fi", image__isnull=False
    )
    mentor = MentorPage.objects.filter(locale__language_code="fi", photo__isnull=False)
    pages = ["/fi/", news[0].get_parent().url, news[0].url, mentor[0].url]
    pages.append(mentor[0].get_parent().url)
    seen = 0
    for url in pages:
        soup = BeautifulSoup(staff_client.get(url).content, "html.parser")
        for img in soup.find_all("img"):
            width, height = int(img["width"]), int(img["height"])
            if img["src"].endswith(".svg"):  # the logo: drawn at any size
                continue
            assert img["src"].startswith(settings.MEDIA_URL), img
            path = settings.MEDIA_ROOT / img["src"].removeprefix(settings.MEDIA_URL)
            with PIL.Image.open(path) as picture:
                assert picture.size == (width, height), img["src"]
            seen += 1
    assert seen >= 4
