"""The page at an address, without walking the page tree.

Wagtail finds the site by host with a query, then walks down from the root
page, two queries a level. Here the site and the page found for an address
are kept until the site next changes (freshness.py): the next request for the
address loads the page by id, one query, and lets it route what remains of
the path (a routable page's own routes), as Wagtail would.
"""

import hashlib

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from wagtail.models import Page, Site

from adapters.wagtail import remember_route, remember_site, serve_page
from pages.common.caching import freshness


def serve(request: HttpRequest, path) -> HttpResponse:
    """Wagtail's page view, with the route from the cache when it is there."""
    key = route_key(request)
    if key is None or not use_known_route(request, path, cache.get(key)):
        learn_route(request, path, key)
    return serve_page(request, path)


def site_for(request: HttpRequest) -> Site | None:
    """`Site.find_for_request`, with the site for a host kept in the process
    until the site next changes: views other than pages' (search, the
    finder's answers, settings) asked for it with a query each time."""
    site = freshness.remembered_here(
        f"site:{request.get_host()}:{request.get_port()}",
        lambda: Site.find_for_request(request),
    )
    remember_site(request, site)
    return site


def route_key(request: HttpRequest) -> str | None:
    token = freshness.generation()
    if token is None:
        return None
    # The full path: the language prefix decides the tree.
    address = f"{request.get_host()}{request.path}".encode()
    return f"route:{token}:{hashlib.sha256(address).hexdigest()}"


def use_known_route(request: HttpRequest, path, known) -> bool:
    if known is None:
        return False
    site, model_label, pk, depth = known
    page = apps.get_model(model_label).objects.filter(pk=pk).first()
    if page is None:
        return False
    remember_site(request, site)
    components = [component for component in path.split("/") if component]
    try:
        remember_route(request, page.route(request, components[depth:]))
    except Http404:
        remember_route(request, None)
    return True


def learn_route(request: HttpRequest, path, key) -> None:
    route = Page.route_for_request(request, path)  # Wagtail's walk
    site = Site.find_for_request(request)
    if key is None or route is None or site is None:
        return
    page = route[0]
    home = site.root_page.localized
    # Each level below the language's home page takes one part of the path.
    cache.set(
        key,
        (site, page._meta.label, page.pk, page.depth - home.depth),
        settings.PAGE_CACHE_SECONDS,
    )
