from django import template
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from pages.access import is_open, open_pages
from pages.events.index_page import EventIndexPage
from pages.guides.index_page import GuideIndexPage
from pages.mentors.index_page import MentorIndexPage
from pages.news.index_page import NewsIndexPage
from pages.paginator import numbered_links
from pages.translation import language_links

register = template.Library()

# The main menu shows a handful of groups, not every top-level page: eleven
# items took three rows on a desktop and most of a phone's screen. A page type
# names its group; any other menu page (about pages, minutes, a training
# programme) belongs to the network's own pages.
GROUPS = (
    ("mentors", _("Mentors")),
    ("news", _("News and events")),
    ("guides", _("Guides")),
    ("network", _("Network")),
)
GROUP_OF_TYPE = (
    (MentorIndexPage, "mentors"),
    (NewsIndexPage, "news"),
    (EventIndexPage, "news"),
    (GuideIndexPage, "guides"),
)
OTHER_GROUP = "network"


@register.simple_tag(takes_context=True)
def get_language_links(context):
    page = context.get("page")
    return language_links(context["request"], page if isinstance(page, Page) else None)


def current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def localized_home(request):
    site = Site.find_for_request(request)
    return site.root_page.localized if site is not None else None


def group_of(page):
    page_class = page.specific_class
    for page_type, group in GROUP_OF_TYPE:
        if page_class is not None and issubclass(page_class, page_type):
            return group
    return OTHER_GROUP


def menu_links(page, current, request):
    """The menu's links for one top-level page: the mentor directory brings
    the nearest-mentor finder along, which staff otherwise found only from
    the directory."""
    # An untranslated page is an alias of the Finnish one: its title is Finnish.
    alias_locale = page.alias_of.locale if page.alias_of_id else None
    lang = (
        alias_locale.language_code
        if alias_locale and alias_locale.pk != page.locale_id
        else ""
    )
    on_page = current is not None and current.path.startswith(page.path)
    url = page.get_url(request)
    if not issubclass(page.specific_class or Page, MentorIndexPage):
        return [{"url": url, "title": page.title, "lang": lang, "is_current": on_page}]
    # The route from the class: no query for the specific page.
    finder_url = url + MentorIndexPage.get_resolver().reverse("nearest")
    on_finder = on_page and request.path == finder_url
    return [
        {
            "url": url,
            "title": page.title,
            "lang": lang,
            "is_current": on_page and not on_finder,
        },
        {
            "url": finder_url,
            "title": _("Find the mentor nearest to your unit"),
            "lang": "",
            "is_current": on_finder,
        },
    ]


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """Top-level pages of the reader's language tree that the reader may open,
    in groups."""
    request = context["request"]
    home = localized_home(request)
    if home is None:
        return {"groups": [], "home": None}
    pages = open_pages(request, home.get_children().live().in_menu()).select_related(
        "alias_of__locale"
    )
    current = current_page(context)
    links_by_group = {}
    for page in pages:
        links_by_group.setdefault(group_of(page), []).extend(
            menu_links(page, current, request)
        )
    groups = [
        {
            "key": key,
            "label": label,
            "links": links_by_group[key],
            "is_current": any(link["is_current"] for link in links_by_group[key]),
        }
        for key, label in GROUPS
        if key in links_by_group
    ]
    return {
        "home": home,
        "home_url": home.get_url(request),
        "groups": groups,
        "home_is_current": current is not None and current.pk == home.pk,
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The way from the home page down to the page, through pages the reader
    may open: a page they may not open is never named."""
    request = context["request"]
    page = current_page(context)
    home = localized_home(request)
    if page is None or home is None or not page.path.startswith(home.path):
        return {"crumbs": []}
    if page.depth <= home.depth:
        return {"crumbs": []}
    ancestors = page.get_ancestors().filter(depth__gte=home.depth)
    crumbs = [
        {
            "url": ancestor.get_url(request),
            "title": ancestor.title,
            "is_home": ancestor.pk == home.pk,
        }
        for ancestor in ancestors
        if is_open(request, ancestor)
    ]
    # A page's own sub-view (the mentor finder under the directory) links the
    # page itself; the sub-view's heading says where the reader is.
    url = page.get_url(request)
    crumbs.append({"url": url, "title": page.title, "is_current": request.path == url})
    return {"crumbs": crumbs}


@register.simple_tag
def page_links(items):
    """Page numbers for a Paginator page, None where some are left out."""
    return numbered_links(items)
