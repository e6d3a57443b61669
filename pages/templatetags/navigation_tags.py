from django import template
from wagtail.models import Page, Site

from pages.access import open_pages
from pages.translation import language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def get_language_links(context):
    page = context.get("page")
    return language_links(context["request"], page if isinstance(page, Page) else None)


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """Top-level pages of the reader's language tree that the reader may open."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {"items": [], "home": None}
    home = site.root_page.localized
    items = open_pages(request, home.get_children().live().in_menu()).select_related(
        "alias_of__locale"
    )
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "home": home,
        "items": [
            {"page": item, "is_current": current_path.startswith(item.path)}
            for item in items
        ],
        "home_is_current": isinstance(current, Page) and current.pk == home.pk,
        "request": request,
    }
