"""Finnish, Swedish and English: the right language, and the way between them."""

import re
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale, Page

from pages.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

SKIP_LINK = {
    "fi": "Siirry pääsisältöön",
    "sv": "Hoppa till huvudinnehållet",
    "en": "Skip to main content",
}
HOME_TITLE = {"fi": "Digimentorit", "sv": "Digimentorer", "en": "Digimentors"}


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        code: href for href, code in re.findall(r'href="([^"]+)" hreflang="(\w+)"', nav)
    }


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_home_page_speaks_the_readers_language(staff_client, language):
    html = staff_client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}">' in html
    assert SKIP_LINK[language] in html
    assert f"<h1>{HOME_TITLE[language]}</h1>" in html
    assert switcher_links(html) == {"fi": "/fi/", "sv": "/sv/", "en": "/en/"}
    for code in ("fi", "sv", "en"):
        assert f'<link rel="alternate" hreflang="{code}" href="/{code}/">' in html


def test_switcher_leads_to_the_same_page_in_the_other_language(staff_client):
    html = staff_client.get("/fi/osaamisalueet/").content.decode()
    links = switcher_links(html)
    assert links == {
        "fi": "/fi/osaamisalueet/",
        "sv": "/sv/kompetensomraden/",
        "en": "/en/competence-areas/",
    }
    for code, url in links.items():
        page = staff_client.get(url).content.decode()
        assert f'<html lang="{code}">' in page


def test_untranslated_alias_shows_a_notice_linking_the_finnish_page(staff_client):
    # seed_demo publishes the training page in Finnish only; wagtail-localize
    # keeps a Swedish alias of it in the synchronised tree.
    alias = Page.objects.get(slug="valmennus-2027", locale__language_code="sv")
    assert alias.alias_of is not None

    response = staff_client.get("/sv/valmennus-2027/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="sv">' in html
    assert "Den här sidan finns inte ännu på svenska." in html
    assert 'href="/fi/valmennus-2027/"' in html
    # The Finnish page's switcher sends Swedish readers to the notice, too.
    links = switcher_links(staff_client.get("/fi/valmennus-2027/").content.decode())
    assert links["sv"] == f"/sv/untranslated/{alias.alias_of_id}/"
    assert staff_client.get(links["sv"]).status_code == 200


def test_alias_in_navigation_is_marked_as_finnish(staff_client):
    html = staff_client.get("/sv/").content.decode()
    assert re.search(r'href="/sv/valmennus-2027/"[^>]*lang="fi"', html)


def test_page_without_any_swedish_version_gets_the_notice_not_a_404(staff_client):
    home = HomePage.objects.get(locale__language_code="fi")
    page = home.add_child(instance=StandardPage(title="Vain suomeksi", slug="vain"))
    page.save_revision().publish()

    links = switcher_links(staff_client.get("/fi/vain/").content.decode())
    response = staff_client.get(links["sv"])
    assert response.status_code == 200
    assert "Den här sidan finns inte ännu på svenska." in response.content.decode()


def test_notice_for_a_page_that_has_since_been_translated_redirects(staff_client):
    page = Page.objects.get(slug="osaamisalueet")
    response = staff_client.get(f"/sv/untranslated/{page.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/sv/kompetensomraden/"


def test_notice_for_an_unknown_page_is_a_404(staff_client):
    assert staff_client.get("/sv/untranslated/987654/").status_code == 404


def test_root_follows_saved_then_browser_language(client, staff_client):
    assert client.get("/")["Location"] == "/fi/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv-FI,sv;q=0.9")["Location"] == "/sv/"

    staff_client.get("/en/")  # reading in English remembers it
    assert staff_client.get("/", HTTP_ACCEPT_LANGUAGE="sv")["Location"] == "/en/"


def test_root_prefers_the_language_saved_in_the_users_profile(staff_client):
    staff_client.post("/fi/profile/", {"unit": "", "preferred_language": "sv"})
    assert staff_client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/sv/"


def test_finnish_page_created_in_admin_gets_aliases_until_translated(admin_client):
    """Pins wagtail-localize's synchronised trees (provisional on Wagtail 8):
    a new Finnish page gets an alias in sv and en, and translating it turns
    the alias into the translation."""
    from wagtail_localize.models import Translation, TranslationSource

    home = HomePage.objects.get(locale__language_code="fi")
    response = admin_client.post(
        f"/admin/pages/add/pages/standardpage/{home.pk}/",
        {
            "title": "Uusi ohje",
            "slug": "uusi-ohje",
            "lead": "",
            "body-count": "0",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    source_page = StandardPage.objects.get(slug="uusi-ohje", locale__language_code="fi")
    swedish = Locale.objects.get(language_code="sv")
    alias = source_page.get_translation(swedish)
    assert alias.alias_of_id == source_page.pk

    source, _ = TranslationSource.get_or_create_from_instance(source_page)
    Translation.objects.create(source=source, target_locale=swedish).save_target(
        publish=True
    )
    alias.refresh_from_db()
    assert alias.alias_of_id is None  # the same page, now a translation
    links = switcher_links(admin_client.get("/fi/uusi-ohje/").content.decode())
    assert links["sv"] == alias.url


def test_every_interface_string_is_translated_into_finnish_and_swedish():
    for language in ("fi", "sv"):
        po = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
        result = subprocess.run(
            ["msgfmt", "--statistics", "-o", "/dev/null", str(po)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "untranslated" not in result.stderr, result.stderr
        assert "fuzzy" not in result.stderr, result.stderr


def test_switching_language_on_the_login_page_keeps_the_destination(client):
    html = client.get("/fi/login/?next=/fi/osaamisalueet/").content.decode()
    links = switcher_links(html)
    assert links["sv"] == "/sv/login/?next=/sv/osaamisalueet/"
