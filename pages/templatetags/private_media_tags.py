"""Documents and images of private collections in templates
(pages/common/private_media.py)."""

from django import template

from pages.common.private_media import reader_may_open

register = template.Library()


@register.filter
def open_to_reader(item):
    """The document or image if the reader may open it, otherwise None."""
    return item if item is not None and reader_may_open(item) else None
