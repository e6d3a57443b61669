"""Serve a fresh SQLite site the production way and read it as a signed-in user.

Checks that the production settings have no seed_demo, then migrates, adds
the demo content twice with --force under the demonstration settings (the
second run must change nothing; without --force they refuse), collects the
static files, starts gunicorn with `intranet.settings.production` on loopback
behind the headers nginx adds, signs in as the demo user `staff` and reads the
home page in each language, with its privacy headers, and its stylesheet.

Usage: .venv/bin/python scripts/smoke_test.py
"""

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _serve import (
    DEMONSTRATION_SETTINGS,
    ROOT,
    fetch,
    gunicorn,
    manage,
    prepare_site,
    production_env,
    sign_in,
    stop_on_sigterm,
    workdir,
)

EXPECTED = {"fi": "Digimentorit", "sv": "Digimentorer", "en": "Digimentors"}


def main():
    stop_on_sigterm()
    with workdir("intranet-smoke-") as folder:
        env = production_env(f"sqlite:///{folder / 'db.sqlite3'}", folder)
        unknown = run_manage(env, "seed_demo", "--force")
        assert unknown.returncode != 0, "the production settings have seed_demo"
        assert "Unknown command" in unknown.stderr, unknown.stderr
        print("the production settings have no seed_demo")
        prepare_site(env)
        demonstration = {**env, "DJANGO_SETTINGS_MODULE": DEMONSTRATION_SETTINGS}
        refused = run_manage(demonstration, "seed_demo")
        assert refused.returncode != 0, "seed_demo ran without --force"
        assert "--force" in refused.stderr, refused.stderr
        again = manage(demonstration, "seed_demo", "--force")
        assert "(new)" not in again, f"a second seed_demo added users:\n{again}"
        print("seed_demo needs --force; twice, the second run changes nothing")
        with gunicorn(env, folder) as base_url:
            check_site(base_url)


def run_manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


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
    check_privacy_headers(page.headers)

    # The manifest storage names each file by its content's hash.
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html)
    assert stylesheet, "the page links no hashed stylesheet"
    css = fetch(base_url, stylesheet.group(1))
    assert css.status == 200, f"{stylesheet.group(1)} answered {css.status}"
    print(f"{stylesheet.group(1)} is served")


def check_privacy_headers(headers):
    cache_control = {part.strip() for part in headers["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control, headers["Cache-Control"]
    assert "Cookie" in headers["Vary"], headers["Vary"]
    assert "camera=()" in headers["Permissions-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    print("signed-in pages: private, no-store; Permissions-Policy; nosniff")


if __name__ == "__main__":
    main()
