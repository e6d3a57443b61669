"""Serve a fresh SQLite site the production way and read it as a signed-in user.

Migrates, adds the demo content twice (the second run must change nothing),
collects the static files, starts gunicorn with `intranet.settings.production`
on loopback behind the headers nginx adds, signs in as the demo user `staff`
and reads the home page in each language and its stylesheet.

Usage: .venv/bin/python scripts/smoke_test.py
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _serve import (
    fetch,
    gunicorn,
    prepare_site,
    production_env,
    seed_demo,
    sign_in,
    stop_on_sigterm,
    workdir,
)

EXPECTED = {"fi": "Digimentorit", "sv": "Digimentorer", "en": "Digimentors"}


def main():
    stop_on_sigterm()
    with workdir("intranet-smoke-") as folder:
        env = production_env(f"sqlite:///{folder / 'db.sqlite3'}", folder)
        prepare_site(env)
        again = seed_demo(env)
        assert "(new)" not in again, f"a second seed_demo added users:\n{again}"
        print("seed_demo twice: the second run changes nothing")
        with gunicorn(env, folder) as base_url:
            check_site(base_url)


def check_site(base_url):
    server = fetch(base_url, "/healthz").headers["Server"]
    assert server.startswith("gunicorn"), f"served by {server}, not gunicorn"
    plain = fetch(base_url, "/fi/", headers={"X-Forwarded-Proto": "http"})
    assert plain.status == 301, f"plain HTTP answered {plain.status}, not 301"
    assert plain.headers["Location"].startswith("https://")
    print(f"{server}: /healthz answers, plain HTTP redirects to HTTPS")

    cookie = sign_in(base_url)
    for language, title in EXPECTED.items():
        page = fetch(base_url, f"/{language}/", headers={"Cookie": cookie})
        assert page.status == 200, f"/{language}/ answered {page.status}"
        html = page.body.decode()
        assert f'<html lang="{language}">' in html, f"/{language}/ has the wrong lang"
        assert f"<h1>{title}</h1>" in html, f"/{language}/ does not show {title}"
        print(f"/{language}/ renders '{title}'")

    # The manifest storage names each file by its content's hash.
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html)
    assert stylesheet, "the page links no hashed stylesheet"
    css = fetch(base_url, stylesheet.group(1))
    assert css.status == 200, f"{stylesheet.group(1)} answered {css.status}"
    print(f"{stylesheet.group(1)} is served")


if __name__ == "__main__":
    main()
