"""Wagtail's internals the project follows.

Written for Wagtail 8.0.1; check the named code on an upgrade, then widen
UPSTREAM.
"""

# Follows `wagtail.signal_handlers.disable_reference_index_auto_update`: a
# context manager that stops the reference index from updating on every save
# (seed_demo rebuilds it once at the end instead).
from wagtail.signal_handlers import disable_reference_index_auto_update

UPSTREAM = {"wagtail": ">=8.0.1,<8.1"}

__all__ = ["disable_reference_index_auto_update"]
