"""Signed in by the provider before the sign-on's code moved (from
intranet/adapters/ to accounts/sso/), a reader stays signed in after the
upgrade: the session names its backend by that code's dotted path, which
the upgrade's migration rewrites."""

from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth import BACKEND_SESSION_KEY

from tests.accounts.sso.conftest import sign_in

pytestmark = pytest.mark.django_db

MIGRATION = import_module(
    "accounts.sso.migrations.0002_sessions_name_the_moved_backend"
)
EDITORS_PAGE = "/admin/pages/"


def test_a_session_signed_in_before_the_move_stays_signed_in(browser, provider):
    provider.add_user("sub-eino", email="eino@example.fi", groups=["grp-editors"])
    sign_in(browser, provider, "sub-eino")
    session = browser.session
    assert session[BACKEND_SESSION_KEY] == MIGRATION.AFTER
    # As the release before the move saved it.
    session[BACKEND_SESSION_KEY] = MIGRATION.BEFORE
    session.save()

    MIGRATION.renamed(MIGRATION.BEFORE, MIGRATION.AFTER)(apps, None)

    assert browser.session[BACKEND_SESSION_KEY] == MIGRATION.AFTER
    assert browser.get(EDITORS_PAGE).status_code == 200
