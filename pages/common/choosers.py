"""What the admin's choosers offer: what the person choosing may read.

The page chooser (links in rich text, page fields) would otherwise list every
page's title to anyone who reaches the admin, mentors included: restricted
pages and drafts. The document and image choosers list what someone holds a
"choose" permission for; mentors hold it on every collection, restricted
ones too.
"""

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from pages.common.access import open_collection_items, open_pages
from pages.common.own_pages import own_pages


def choosable_pages(request: HttpRequest, pages) -> QuerySet[Page]:
    """Pages the reader may open, and of those not published (drafts, pages
    taken down) only the ones they may edit: as the explorer shows them, and
    the pages they keep as their own, such as their mentor profile
    (pages/common/own_pages.py)."""
    user = request.user
    if user.is_superuser:
        return pages
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return open_pages(request, pages).filter(
        Q(live=True) | Q(pk__in=editable.values("pk")) | own_pages(user)
    )


def refuse_unchoosable_parent(request: HttpRequest) -> None:
    """Browsing into a page shows its title above its children: someone may
    browse only into a page they could choose."""
    match = request.resolver_match
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id is None:
        return
    if not choosable_pages(request, Page.objects.filter(pk=parent_id)).exists():
        raise Http404


def choosable_collection_items(request: HttpRequest, items) -> QuerySet[Any]:
    """Documents or images in collections the reader may open."""
    if request.user.is_superuser:
        return items
    return open_collection_items(request, items)
