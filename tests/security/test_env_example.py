"""A copied `.env.example` is safe on a server: the production settings
never run with Django's debug mode, which shows settings and code to anyone
who meets an error."""

import os
import subprocess
import sys

from django.conf import settings

from tests.test_settings import NOT_IN_PRODUCTION, PRODUCTION

PRINT_DEBUG = "from django.conf import settings; print(settings.DEBUG)"


def production(**variables):
    """`manage.py shell` printing DEBUG under the production settings."""
    env = {k: v for k, v in os.environ.items() if k not in NOT_IN_PRODUCTION}
    env.pop("DEBUG", None)
    env.update(variables)
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", PRINT_DEBUG],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )


def example_variables():
    """The variables a copy of `.env.example` sets (its lines not commented out)."""
    found = {}
    for line in (settings.BASE_DIR / ".env.example").read_text().splitlines():
        name, equals, value = line.partition("=")
        if equals and not name.startswith("#"):
            found[name.strip()] = value.split("#")[0].strip()
    return found


def test_a_copied_example_runs_production_without_debug():
    server = {name: value for name, value in PRODUCTION.items() if name != "DEBUG"}
    result = production(**{**example_variables(), **server})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_production_refuses_to_start_with_debug_on():
    result = production(**{**PRODUCTION, "DEBUG": "1"})
    assert result.returncode != 0
    assert "DEBUG" in result.stderr
