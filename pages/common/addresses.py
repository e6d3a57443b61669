"""The client's address, as the site's own proxies report it."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str | None:
    """The address the outermost of the TRUSTED_PROXY_COUNT proxies saw.

    Each proxy appends the address it saw to X-Forwarded-For (nginx's
    `$proxy_add_x_forwarded_for`), after whatever the client sent: only the
    last TRUSTED_PROXY_COUNT entries are the proxies' own, anything to their
    left is the client's to invent. Without proxies, or without the header,
    the address that connected.
    """
    connected = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if not proxies or not forwarded:
        return connected
    candidate = forwarded[-min(proxies, len(forwarded))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return connected
