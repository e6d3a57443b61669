"""The environment switches single sign-on on, and password management off."""

import json
import os
import subprocess
import sys

from django.conf import settings

PRINT = (
    "import json; from django.conf import settings as s; print(json.dumps(["
    "s.SSO_ENABLED, s.WAGTAIL_PASSWORD_RESET_ENABLED, "
    "s.WAGTAIL_PASSWORD_MANAGEMENT_ENABLED, s.OIDC_GROUP_MAP, s.OIDC_USE_PKCE]))"
)


def settings_with(**variables):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OIDC_")} | {
        "DJANGO_SETTINGS_MODULE": "intranet.settings.test",
        **variables,
    }
    result = subprocess.run(
        [sys.executable, "-c", PRINT],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_single_sign_on_is_off_without_a_provider():
    assert settings_with() == [False, True, True, {}, True]


def test_an_issuer_and_a_client_turn_it_on():
    assert settings_with(
        OIDC_ISSUER="https://login.example.fi/tenant/v2.0",
        OIDC_RP_CLIENT_ID="intranet",
        OIDC_GROUP_MAP="a1=Editors,b2=Mentors",
    ) == [True, False, False, {"a1": "Editors", "b2": "Mentors"}, True]
