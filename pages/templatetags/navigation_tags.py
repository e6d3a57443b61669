from django import template
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from pages.common.access import is_open, open_pages, reader_view
from pages.common.caching import freshness
from pages.common.paginator import numbered_links
from pages.common.translation import language_links
from pages.events.index_page import EventIndexPage
from pages.guides.index_page import GuideIndexPage
from pages.mentors.index_page import MentorIndexPage
from pages.news.index_page import NewsIndexPage

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


def localized_home(request: HttpRequest):
    """The site's home page in the reader's language, kept per generation."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = translation.get_language()
    return freshness.remembered_here(
        f"home:{site.pk}:{language}", lambda: site.root_page.localized
    )


def group_of(page):
    page_class = page.specific_class
    for page_type, group in GROUP_OF_TYPE:
        if page_class is not None and issubclass(page_class, page_type):
            return group
    return OTHER_GROUP


def menu_entry(page, request: HttpRequest):
    """One top-level page in the menu: its group, its tree path, its links.
    The mentor directory brings the nearest-mentor finder along, which staff
    otherwise found only from the directory."""
    # An untranslated page is an alias of the Finnish one: its title is Finnish.
    alias_locale = page.alias_of.locale if page.alias_of_id else None
    lang = (
        alias_locale.language_code
        if alias_locale and alias_locale.pk != page.locale_id
        else ""
    )
    url = page.get_url(request)
    finder_url = None
    if issubclass(page.specific_class or Page, MentorIndexPage):
        # The route from the class: no query for the specific page.
        finder_url = url + MentorIndexPage.get_resolver().reverse("nearest")
    return {
        "group": group_of(page),
        "path": page.path,
        "url": url,
        "title": page.title,
        "lang": lang,
        "finder_url": finder_url,
    }


def menu_entries(request: HttpRequest, home):
    """The top-level pages of the reader's language tree that the reader may
    open: the same for every reader with the same closed pages, so worked out
    once per generation for them."""

    def entries():
        pages = open_pages(request, home.get_children().live().in_menu())
        return [
            menu_entry(page, request)
            for page in pages.select_related("alias_of__locale")
        ]

    return freshness.remembered_here(f"menu:{home.pk}:{reader_view(request)}", entries)


def menu_links(entry, current, request: HttpRequest):
    on_page = current is not None and current.path.startswith(entry["path"])
    finder_url = entry["finder_url"]
    on_finder = on_page and finder_url is not None and request.path == finder_url
    links = [
        {
            "url": entry["url"],
            "title": entry["title"],
            "lang": entry["lang"],
            "is_current": on_page and not on_finder,
        }
    ]
    if finder_url is not None:
        links.append(
            {
                "url": finder_url,
                "title": _("Find the mentor nearest to your unit"),
                "lang": "",
                "is_current": on_finder,
            }
        )
    return links


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """Top-level pages of the reader's language tree that the reader may open,
    in groups."""
    request = context["request"]
    home = localized_home(request)
    if home is None:
        return {"groups": [], "home": None}
    current = current_page(context)
    links_by_group = {}
    for entry in menu_entries(request, home):
        links_by_group.setdefault(entry["group"], []).extend(
            menu_links(entry, current, request)
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


def ancestor_crumbs(request: HttpRequest, page, home):
    """The pages from the home page down to `page`'s parent that the reader
    may open, kept per generation for readers with the same closed pages."""

    def crumbs():
        ancestors = page.get_ancestors().filter(depth__gte=home.depth)
        return [
            {
                "url": ancestor.get_url(request),
                "title": ancestor.title,
                "is_home": ancestor.pk == home.pk,
            }
            for ancestor in ancestors
            if is_open(request, ancestor)
        ]

    return freshness.remembered_here(
        f"crumbs:{page.pk}:{home.pk}:{reader_view(request)}", crumbs
    )


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
    crumbs = list(ancestor_crumbs(request, page, home))
    # A page's own sub-view (the mentor finder under the directory) links the
    # page itself; the sub-view's heading says where the reader is.
    url = page.get_url(request)
    crumbs.append({"url": url, "title": page.title, "is_current": request.path == url})
    return {"crumbs": crumbs}


@register.simple_tag
def page_links(items):
    """Page numbers for a Paginator page, None where some are left out."""
    return numbered_links(items)
