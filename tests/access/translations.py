"""Messages as the admin shows them: in the language of the person reading."""

import html

from django.conf import settings
from django.utils import translation


def in_some_language(message, text, **values):
    """Whether `text` holds `message` in one of the site's languages."""
    text = html.unescape(text)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            if translation.gettext(message) % values in text:
                return True
    return False
