"""django-axes' database handler with a limit of its own for each thing it
counts: few failures for one account from one address, more for an account
from everywhere or for an address over every account
(settings.LOGIN_FAILURE_LIMITS).

Follows django-axes 8.3: the handler's `get_failures` is compared with one
`AXES_FAILURE_LIMIT`, both when a failure is recorded (`user_login_failed`)
and before a password is checked (`is_locked`); `get_user_attempts` returns a
queryset of `AccessAttempt` per entry of `AXES_LOCKOUT_PARAMETERS`, in its
order; `reset_user_attempts` is what `AXES_RESET_ON_SUCCESS` calls.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import (
    get_client_username,
    get_failure_limit,
    get_lockout_parameters,
)
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest

UPSTREAM = {"django-axes": ">=8.3,<8.4"}


class LoginLimitHandler(AxesDatabaseHandler):
    def get_failures(self, request: HttpRequest, credentials=None) -> int:
        """How near the nearest of its limits, on the scale of the one
        AXES_FAILURE_LIMIT axes compares with: that limit once any is
        reached, less before."""
        scale = get_failure_limit(request, credentials)
        counted = get_lockout_parameters(request, credentials)
        attempts = self.get_user_attempts(request, credentials)
        nearest = 0
        for parameters, queryset in zip(counted, attempts, strict=True):
            key = (parameters,) if isinstance(parameters, str) else tuple(parameters)
            limit = settings.LOGIN_FAILURE_LIMITS[key]
            failures = queryset.aggregate(sum=Sum("failures_since_start"))["sum"] or 0
            if failures >= limit:
                return scale
            nearest = max(nearest, failures * scale // limit)
        return nearest

    def reset_user_attempts(self, request: HttpRequest, credentials=None) -> int:
        """A success clears the account's failures from this address only:
        signing into one's own account must not clear the guesses made from
        the same address at others."""
        deleted, _by_model = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,  # type: ignore[attr-defined]
        ).delete()
        return deleted
