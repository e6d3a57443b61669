import os
import shutil

import pytest
from playwright.sync_api import sync_playwright

from tests.e2e.browsing import DESKTOP

# Playwright's sync API keeps an event loop running in the test thread, which
# makes Django refuse the (still synchronous) database calls of test set-up.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Debian's chromium: Playwright drives it and downloads no browser of its own.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh tab with no cookies, in Finnish, at desktop width."""
    context = browser.new_context(locale="fi-FI", viewport=DESKTOP)
    yield context.new_page()
    context.close()
