"""The site while its database is unreachable: a 503 that says so, in the
reader's language, and a health check that says why."""

import json
import subprocess
import sys

import pytest
from django.conf import settings

# A session cookie makes every page read the database (the session) first.
SIGNED_IN = "sessionid=abcdefghijklmnopqrstuvwxyz012345"

# Each request: path, headers; the answer: status, Retry-After, the <html
# lang>, the page's heading, or the health check's JSON.
REQUESTS_SCRIPT = """
import json, logging, re
from django.test import Client
logging.disable(logging.CRITICAL)
client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
for path, headers in json.loads(INPUT):
    response = client.get(path, headers=headers)
    text = response.content.decode()
    lang = re.search(r'<html lang="([^"]+)"', text)
    heading = re.search(r"<h1>([^<]+)</h1>", text)
    is_json = response.get("Content-Type") == "application/json"
    print(json.dumps({
        "status": response.status_code,
        "retry_after": response.get("Retry-After"),
        "lang": lang and lang.group(1),
        "heading": heading and heading.group(1),
        "json": response.json() if is_json else None,
    }))
"""


def requests_without_database(requests):
    """The answers of a server whose database does not answer: a real
    unreachable PostgreSQL (nothing listens on port 1)."""
    script = REQUESTS_SCRIPT.replace("INPUT", repr(json.dumps(requests)))
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=settings.BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "intranet.settings.test",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == len(requests), result.stdout + result.stderr
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def answers():
    return requests_without_database(
        [
            ["/healthz", {}],
            ["/healthz", {"Cookie": SIGNED_IN}],
            ["/sv/login/", {}],
            ["/fi/search/?q=mentor", {"Cookie": SIGNED_IN}],
            ["/", {"Cookie": f"{SIGNED_IN}; django_language=en"}],
            ["/", {"Cookie": SIGNED_IN, "Accept-Language": "sv-FI,sv;q=0.9"}],
        ]
    )


def test_health_check_answers_503_and_why_when_the_database_is_down(answers):
    for answer in answers[:2]:
        assert answer["status"] == 503
        assert answer["json"] == {
            "database": "unavailable",
            "reason": "Connection refused",
        }


def test_pages_answer_the_translated_unavailable_page_when_the_database_is_down(
    answers,
):
    swedish, finnish, english, swedish_browser = answers[2:]
    for answer in answers[2:]:
        assert answer["status"] == 503
        assert answer["retry_after"] == "30"
    assert swedish["lang"] == "sv"
    assert swedish["heading"] == "Intranätet är tillfälligt otillgängligt"
    assert finnish["lang"] == "fi"
    assert finnish["heading"] == "Intranet on tilapäisesti poissa käytöstä"
    # Without a language in the URL: the language cookie, then the browser's.
    assert english["lang"] == "en"
    assert english["heading"] == "The intranet is temporarily unavailable"
    assert swedish_browser["lang"] == "sv"


@pytest.mark.django_db
def test_health_check_answers_ok_with_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok"}
