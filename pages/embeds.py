"""Embedded media that a slow or dead provider never slows a page down twice.

Wagtail stores a fetched embed in the database, but a failed fetch is stored
nowhere, so each render of the page fetched again and waited for it. Here a
fetch gives up within FETCH_TIMEOUT seconds (Wagtail's oEmbed finder waits 10)
and a page remembers a failure for FAILURE_SECONDS, showing the link instead.
The admin's check of an embed block fetches afresh each time, and a
successful fetch there forgets the failure.
"""

import hashlib
from datetime import timedelta

import requests
from django.core.cache import cache
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.html import format_html
from urllib3.util import Timeout
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders import oembed
from wagtail.embeds.models import Embed

FETCH_TIMEOUT = 2
FAILURE_SECONDS = 60 * 60


class OEmbedFinder(oembed.OEmbedFinder):
    """Wagtail's oEmbed finder with a deadline for the whole fetch."""

    def __init__(self, providers=None, options=None, timeout=FETCH_TIMEOUT):
        super().__init__(providers=providers, options=options)
        self.timeout = timeout

    def find_embed(self, url, max_width=None, max_height=None):
        endpoint = self._get_endpoint(url)
        if endpoint is None:
            raise EmbedNotFoundException
        params = {**self.options, "url": url, "format": "json"}
        if max_width:
            params["maxwidth"] = max_width
        if max_height:
            params["maxheight"] = max_height
        try:
            response = requests.get(
                endpoint,
                params=params,
                headers={"User-agent": "Mozilla/5.0"},
                # total: connecting and answering together, not each in turn.
                timeout=Timeout(total=self.timeout),
            )
            response.raise_for_status()
            found = response.json()
        except (requests.RequestException, ValueError) as error:
            raise EmbedNotFoundException(f"Request failed: {error}") from error
        return embed_from_oembed(found)


def embed_from_oembed(found):
    """Wagtail's embed fields from an oEmbed answer, as its own finder makes
    them."""
    if not isinstance(found, dict) or "type" not in found:
        raise EmbedNotFoundException("Missing 'type' in response")
    if found["type"] == "photo":
        html = format_html('<img src="{}" alt="">', found.get("url", ""))
    else:
        html = found.get("html")
    embed = {
        "title": found.get("title") or "",
        "author_name": found.get("author_name") or "",
        "provider_name": found.get("provider_name") or "",
        "type": found["type"],
        "thumbnail_url": found.get("thumbnail_url"),
        "width": found.get("width"),
        "height": found.get("height"),
        "html": html,
    }
    try:
        embed["cache_until"] = timezone.now() + timedelta(
            seconds=int(found["cache_age"])
        )
    except (KeyError, TypeError, ValueError):
        pass
    return embed


def embed_html(value):
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
def forget_failure(sender, instance, **kwargs):
    # A fetch that works again (an editor saving the page) shows the media at
    # once. This module is loaded before any fetch: it is the finder.
    cache.delete(_failure_key(instance.url))


def _failure_key(url):
    return "embed-failed:" + hashlib.sha256(url.encode()).hexdigest()


embed_finder_class = OEmbedFinder
