"""A session signed in by the provider names its backend by its dotted path,
which moved from intranet/adapters/ to accounts/sso/ (docs/structure.md).
Under the old path the session would sign its reader out, and
mozilla-django-oidc's renewal would fail on every page with an ImportError:
sessions are rewritten to name the new one."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY
from django.core.cache import caches
from django.db import migrations

BEFORE = "intranet.adapters.mozilla_django_oidc.SignOnBackend"
AFTER = "accounts.sso.oidc.SignOnBackend"


def renamed(old, new):
    def rename(apps, schema_editor):
        # The site's own session store: its encoding, and its cache.
        engine = import_module(settings.SESSION_ENGINE)
        Session = apps.get_model("sessions", "Session")
        for session in Session.objects.iterator():
            store = engine.SessionStore(session.session_key)
            data = store.decode(session.session_data)
            if data.get(BACKEND_SESSION_KEY) != old:
                continue
            data[BACKEND_SESSION_KEY] = new
            session.session_data = store.encode(data)
            session.save(update_fields=["session_data"])
            if hasattr(store, "cache_key"):  # read from the cache first
                caches[settings.SESSION_CACHE_ALIAS].delete(store.cache_key)

    return rename


class Migration(migrations.Migration):
    dependencies = [
        ("sso", "0001_initial"),
        ("sessions", "0001_initial"),
    ]

    operations = [migrations.RunPython(renamed(BEFORE, AFTER), renamed(AFTER, BEFORE))]
