"""HTML from outside the site's templates, as readers get it: rich text
authors wrote and the HTML of embedded media, kept to what they need.

Rich text: the editor checks what it saves, but rich text reaches the
database other ways too (a translator rewrites a link's address in
wagtail-localize, an import or a script writes HTML). Readers get paragraphs,
lists, bold, italics, line breaks and links to web, mail and phone addresses
(Wagtail's own rules, `wagtail.whitelist`), and no script, style, frame,
image or attribute other than a link's address.

Embedded media: the provider's HTML, chosen by the address an author gave,
keeps its frame (to an https address), quotation, links and images, without
scripts, event attributes, refreshes or forms; the Content-Security-Policy
decides which frames load.
"""

from functools import lru_cache

from django import template
from django.utils.safestring import mark_safe
from wagtail.whitelist import (
    DEFAULT_ELEMENT_RULES,
    Whitelister,
    allow_without_attributes,
    attribute_rule,
    check_url,
)

register = template.Library()

# Elements whose content is no text for a reader either.
DROPPED_WITH_CONTENT = {"script", "style", "iframe", "object", "template", "noscript"}


def https_only(url):
    return url if url.strip().lower().startswith("https://") else None


frame_attributes = attribute_rule(
    {
        "src": https_only,
        "width": True,
        "height": True,
        "title": True,
        "allow": True,
        "allowfullscreen": True,
        "frameborder": True,
        "loading": True,
        "referrerpolicy": True,
    }
)


class ReaderWhitelister(Whitelister):
    dropped_with_content = DROPPED_WITH_CONTENT

    def clean_tag_node(self, doc, tag) -> None:
        if tag.name in self.dropped_with_content:
            tag.decompose()
        else:
            super().clean_tag_node(doc, tag)


class RichTextWhitelister(ReaderWhitelister):
    # No rich text feature of the site makes images.
    element_rules = {
        name: rule for name, rule in DEFAULT_ELEMENT_RULES.items() if name != "img"
    }


class EmbedWhitelister(ReaderWhitelister):
    dropped_with_content = DROPPED_WITH_CONTENT - {"iframe"}
    element_rules = {
        "[document]": allow_without_attributes,
        "iframe": frame_attributes,
        "blockquote": attribute_rule({"class": True, "cite": check_url}),
        "a": attribute_rule({"href": check_url}),
        "img": attribute_rule(
            {"src": https_only, "alt": True, "width": True, "height": True}
        ),
        **{
            name: allow_without_attributes
            for name in ["p", "br", "b", "strong", "i", "em", "div", "span"]
        },
    }


_rich_text = RichTextWhitelister()
_embed = EmbedWhitelister()


# Cleaning takes milliseconds a kilobyte of HTML, and the same rich text is
# rendered again and again (after each change of the site, in each list).
@lru_cache(maxsize=4096)
def clean_rich_text(html: str) -> str:
    return _rich_text.clean(html)


@register.filter
def readers_rich_text(html):
    """Rendered rich text (`html`) with only what the editor makes."""
    return mark_safe(clean_rich_text(str(html)))


@register.filter
def readers_embed(html):
    """An embed's HTML with its frame and text and nothing that runs."""
    return mark_safe(_embed.clean(str(html or "")))
