"""What views and the shared page cache (intranet/shared_cache/) tell each
other: a view marks an answer that may be kept (`allow`), and the cache says
when it served a page without running its view (`served_from_cache`)."""

from django.dispatch import Signal
from django.http import HttpRequest

_ALLOWED = "_shared_cache_allowed"

# Sent with `request` when a page comes from the cache, its view not run;
# the sender is the view's URL name. The search counts its queries so.
served_from_cache = Signal()


def allow(request: HttpRequest) -> None:
    """Called by a view whose answer may be kept for readers like this one."""
    setattr(request, _ALLOWED, True)


def allowed(request: HttpRequest) -> bool:
    """Whether the view that answered `request` called `allow`."""
    return getattr(request, _ALLOWED, False)
