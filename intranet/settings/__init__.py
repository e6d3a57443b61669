"""Local development: `intranet.settings` is the default settings module."""

import os
import secrets

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS, env

DEBUG = env.bool("DEBUG", default=True)
# `make run` seeds the demo network (demo/); the production and test settings
# go without it.
INSTALLED_APPS = ["demo", *INSTALLED_APPS]


def checkout_secret_key(path):
    """The checkout's own key, created at its first run in a git-ignored file:
    sessions outlive a restart, and no two checkouts share a key."""
    if not path.exists():
        draft = path.with_name(f"{path.name}.{os.getpid()}")
        with open(draft, "w", opener=private_file) as file:
            file.write(secrets.token_urlsafe(50))
        try:
            # Two processes starting at once both keep the first one's key.
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


def private_file(path, flags):
    return os.open(path, flags, 0o600)


# Python runs this package before production.py and test.py too; those bring
# keys of their own, and a server's checkout may be read-only.
if os.environ.get("DJANGO_SETTINGS_MODULE", __name__) == __name__:
    SECRET_KEY = env("SECRET_KEY", default="") or checkout_secret_key(
        BASE_DIR / ".secret_key"
    )
