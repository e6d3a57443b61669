import subprocess
import sys

from django.conf import settings


def test_health_check_answers_503_when_the_database_is_down():
    # A real unreachable database: nothing listens on port 1.
    script = (
        "from django.test import Client;"
        "r = Client(HTTP_HOST='127.0.0.1').get('/healthz');"
        "print(r.status_code, r.json()['database'])"
    )
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
    assert result.stdout.strip().splitlines()[-1] == "503 unavailable", result.stderr
