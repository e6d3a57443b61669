"""Sign in to a running site as a demo user and read the home page in each
language. Usage: python scripts/smoke_test.py http://127.0.0.1:8000"""

import http.cookiejar
import re
import sys
import time
import urllib.parse
import urllib.request

EXPECTED = {"fi": "Digimentorit", "sv": "Digimentorer", "en": "Digimentors"}


def main(base_url):
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    wait_for(opener, base_url + "/healthz")

    login_url = base_url + "/fi/login/"
    form = opener.open(login_url).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": "staff",
            "password": "digimentor-demo",
            "next": "/fi/",
        }
    ).encode()
    request = urllib.request.Request(login_url, data, headers={"Referer": login_url})
    opener.open(request)

    for language, title in EXPECTED.items():
        html = opener.open(f"{base_url}/{language}/").read().decode()
        assert f'<html lang="{language}">' in html, f"/{language}/ has the wrong lang"
        assert f"<h1>{title}</h1>" in html, f"/{language}/ does not show {title}"
        print(f"/{language}/ renders '{title}'")


def wait_for(opener, url, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        try:
            opener.open(url)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))
