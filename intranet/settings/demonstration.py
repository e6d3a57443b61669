"""A demonstration server: the production settings with the demo app, whose
seed_demo still asks for --force (it creates admin with the published demo
password)."""

from .production import *  # noqa: F403
from .production import INSTALLED_APPS

INSTALLED_APPS = ["demo", *INSTALLED_APPS]
