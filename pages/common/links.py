"""Addresses authors give for readers to follow: Teams links, embedded
media.

A URL field checks what the admin's form saves, but a value may reach the
database another way (an import, a translation, a script); a link on a page,
in a vCard or in a calendar opens only an absolute web address, never a
`javascript:` or `data:` one.
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

_is_web_address = URLValidator(schemes=["http", "https"])


def web_address(value: str) -> str:
    """`value` if it is an absolute http(s) address, else ""."""
    try:
        _is_web_address(value)
    except ValidationError:
        return ""
    return value
