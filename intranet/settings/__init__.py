"""Local development: `intranet.settings` is the default settings module."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
# A throwaway key, only ever used with DEBUG on (production.py has no default).
SECRET_KEY = env("SECRET_KEY", default="django-insecure-local-development-only")
