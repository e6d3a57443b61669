from django import template

from pages.common import topics

register = template.Library()


@register.inclusion_tag("components/topic_list.html")
def topic_list(items):
    """Topics named in the reader's language; `items` are tags, or tagged
    items (a listing's prefetched `tagged_items`)."""
    return {"topics": topics.named([getattr(item, "tag", item) for item in items])}
