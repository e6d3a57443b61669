"""Embedded media that a slow or dead provider never slows a page down twice.

Wagtail stores a fetched embed in the database, but a failed fetch is stored
nowhere, so each render of the page fetched again and waited for it. Here a
fetch gives up within FETCH_TIMEOUT seconds (Wagtail's oEmbed finder waits 10)
and a page remembers a failure for FAILURE_SECONDS, showing the link instead.
The admin's check of an embed block fetches afresh each time, and a
successful fetch there forgets the failure.
"""

import hashlib
from functools import partial

from django.core.cache import cache
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.embeds.models import Embed

from adapters.wagtail import OEmbedFinder

FETCH_TIMEOUT = 2
FAILURE_SECONDS = 60 * 60


def embed_html(value) -> str:
    """The embed's HTML for a page, or "" when the media cannot be fetched.

    value: an EmbedValue (an embed block's value).
    """
    key = _failure_key(value.url)
    if cache.get(key):
        return ""
    html = value.html
    if not html:
        cache.set(key, True, FAILURE_SECONDS)
    return html


@receiver(post_save, sender=Embed)
def forget_failure(sender, instance, **kwargs) -> None:
    # A fetch that works again (an editor saving the page) shows the media at
    # once. This module is loaded before any fetch: it is the finder.
    cache.delete(_failure_key(instance.url))


def _failure_key(url) -> str:
    return "embed-failed:" + hashlib.sha256(url.encode()).hexdigest()


# What WAGTAILEMBEDS_FINDERS names: Wagtail's oEmbed finder with a deadline.
embed_finder_class = partial(OEmbedFinder, timeout=FETCH_TIMEOUT)
