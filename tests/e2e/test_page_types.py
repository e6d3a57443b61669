"""Every type of page in Finnish, Swedish and English, at 1280 and 390 px:
axe finds no WCAG 2.2 AA violation, and a full-page screenshot of each is
kept (under SCREENSHOTS_DIR, by default .artefacts/screenshots) for people
to look at."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.utils.text import slugify

from tests.e2e.browsing import DESKTOP, PHONE, WCAG_22_AA, sign_in
from tests.publishing.test_page_languages import page_type_urls

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]

SCREENSHOTS = Path(
    os.environ.get("SCREENSHOTS_DIR", settings.BASE_DIR / ".artefacts" / "screenshots")
)


def screenshot_name(url, width):
    parts = urlsplit(url)
    name = slugify(f"{parts.path} {parts.query}".replace("/", " ")) or "root"
    return f"{name}-{width}.png"


# One test per language and width, so that parallel workers share them out.
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=lambda size: size["width"])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_page_type_passes_axe_in_each_language_at_each_width(
    live_server, page, language, viewport
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    sign_in(page, live_server)
    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": WCAG_22_AA}}
    urls = page_type_urls(language)
    problems = []
    page.set_viewport_size(viewport)
    for url in urls:
        page.goto(live_server.url + url)
        page.screenshot(
            path=SCREENSHOTS / screenshot_name(url, viewport["width"]),
            full_page=True,
        )
        results = axe.run(page, options=options)
        if results.violations_count:
            problems.append(
                f"{url} at {viewport['width']} px:\n{results.generate_report()}"
            )
    print(f"\n{len(urls)} pages checked; screenshots in {SCREENSHOTS}")
    assert not problems, "\n".join(problems)
