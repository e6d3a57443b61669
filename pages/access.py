"""Which pages a reader may see listed: Wagtail's view restrictions (login,
groups, password) applied to lists, for the reader of a request.

Every list, menu, feed and search result asks here, so one place decides. The
restrictions are loaded once per request in one query; lists then leave out
the closed subtrees by tree path, so a list costs no query per item.

A restriction covers the page and everything below it in every language: a
restriction on a Finnish page closes its Swedish and English translations and
aliases at once (matched by `translation_key`), whatever wagtail-localize has
synced so far. A password restriction counts as closed: its form is for the
page itself, a list has no way to ask for it.
"""

from django.db.models import Exists, OuterRef, Q
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)

from pages.caching import freshness

# Cached on the request, with the user it was computed for: the feeds' key
# switches a request's user before the view runs.
_CACHE_ATTRIBUTE = "_closed_page_paths"


def closed_paths(request):
    """Tree paths of the pages, in every locale, that the request's user may
    not open: each closes the subtree below it."""
    user = getattr(request, "user", None) if request is not None else None
    cached = getattr(request, _CACHE_ATTRIBUTE, None)
    if cached is not None and cached[0] is user:
        return cached[1]
    paths = closed_paths_for(user)
    if request is not None:
        setattr(request, _CACHE_ATTRIBUTE, (user, paths))
    return paths


def closed_paths_for(user):
    """Closed tree paths for `user` (None: nobody signed in), in one query,
    kept in the shared cache until the site next changes."""
    if user is not None and user.is_superuser:
        return []
    reader = user.pk if user is not None and user.is_authenticated else "anonymous"
    return freshness.remembered(
        f"closed-paths:{reader}", lambda: _closed_paths_for(user)
    )


def _closed_paths_for(user):
    restrictions = closed_restrictions(user)
    restricted = Page.objects.filter(view_restrictions__in=restrictions)
    paths = Page.objects.filter(
        Q(translation_key__in=restricted.values("translation_key"))
        | Q(alias_of__in=restricted.values("pk"))
    ).values_list("path", flat=True)
    return outermost(paths)


def closed_restrictions(user, kinds=None):
    """The restrictions that shut `user` out, of the given kinds (all)."""
    restrictions = PageViewRestriction.objects.exclude(
        restriction_type=PageViewRestriction.NONE
    )
    if kinds is not None:
        restrictions = restrictions.filter(restriction_type__in=kinds)
    if user is None or not user.is_authenticated:
        return restrictions
    in_group = PageViewRestriction.groups.through.objects.filter(
        pageviewrestriction_id=OuterRef("pk"), group__user=user
    )
    return restrictions.exclude(restriction_type=PageViewRestriction.LOGIN).exclude(
        Exists(in_group), restriction_type=PageViewRestriction.GROUPS
    )


def reader_view(request):
    """The site and the pages closed to the reader, as a short string: what
    a menu or a page's links depend on besides the page, so that readers
    alike share them (freshness.remembered_here)."""
    site = Site.find_for_request(request)
    return f"{site.pk if site else '-'}:{'|'.join(closed_paths(request))}"


def outermost(paths):
    """The paths without those below another one: fewer conditions to test."""
    kept = []
    for path in sorted(set(paths)):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return kept


def open_pages(request, queryset, through=""):
    """The queryset without pages the reader may not open.

    `through` leads from the queryset's model to a page (for example
    "owner__" for action items and their owner's profile); rows without a
    page stay.
    """
    return without_paths(queryset, closed_paths(request), through)


def open_pages_for(user, queryset, through=""):
    """open_pages for a user outside their request (a background task)."""
    return without_paths(queryset, closed_paths_for(user), through)


def without_paths(queryset, paths, through):
    if not paths:
        return queryset
    closed = Q()
    for path in paths:
        closed |= Q(**{f"{through}path__startswith": path})
    return queryset.exclude(closed)


def is_open(request, page):
    """Whether the reader may open `page` (a page already loaded: no query
    beyond the request's one)."""
    return not any(page.path.startswith(path) for path in closed_paths(request))


def paths_above_or_self(page):
    steplen = Page.steplen
    return [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]


def shut_out_by_groups(request, page):
    """Whether a group restriction shuts the signed-in reader out of `page`:
    one on the page or a page above it, in any language. Wagtail checks the
    page's own restrictions only, so a Swedish translation would stay open
    until wagtail-localize copies the Finnish page's restriction to it."""
    if is_open(request, page):
        return False  # the common case: no query of its own
    restrictions = closed_restrictions(request.user, kinds=[PageViewRestriction.GROUPS])
    restricted = Page.objects.filter(view_restrictions__in=restrictions)
    return (
        Page.objects.filter(path__in=paths_above_or_self(page))
        .filter(
            Q(translation_key__in=restricted.values("translation_key"))
            | Q(alias_of__in=restricted.values("pk"))
        )
        .exists()
    )


def may_open(request, page):
    """Whether the reader may open `page` now: unlike in lists (`is_open`),
    a password they have entered opens the page and its translations."""
    if is_open(request, page):
        return True  # the common case: no query of its own
    above_or_self = Page.objects.filter(path__in=paths_above_or_self(page))
    restrictions = PageViewRestriction.objects.filter(
        Q(page__in=above_or_self)
        | Q(page__translation_key__in=above_or_self.values("translation_key"))
        | Q(page__in=above_or_self.values("alias_of"))
    )
    return all(restriction.accept_request(request) for restriction in restrictions)


def closed_collection_paths(request):
    """Tree paths of the collections whose documents the reader may not open
    (Wagtail's collection privacy: the same check its document view makes);
    each closes the collections below it."""
    return outermost(
        restriction.collection.path
        for restriction in CollectionViewRestriction.objects.select_related(
            "collection"
        )
        if not restriction.accept_request(request)
    )


def open_collection_items(request, queryset):
    """Documents or images without those in a collection the reader may not
    open. By collection id, a filter the search backends can apply too."""
    paths = closed_collection_paths(request)
    if not paths:
        return queryset
    closed = Q()
    for path in paths:
        closed |= Q(path__startswith=path)
    return queryset.exclude(collection__in=Collection.objects.filter(closed))


def open_documents(request, documents):
    """The documents whose collection the reader may open."""
    if not documents:
        return []  # most minutes have no attachments: no query for them
    closed = closed_collection_paths(request)
    return [
        document
        for document in documents
        if not any(document.collection.path.startswith(path) for path in closed)
    ]


def unpassed_password_of_other_versions(request, page):
    """A password restriction on another language's version of `page`, or of
    a page above it, that the reader has not entered yet (the outermost).

    Wagtail asks for the passwords on the page and the pages above it itself;
    this one covers the Swedish and English translations and aliases of a
    restricted Finnish page before wagtail-localize copies the restriction.
    """
    if is_open(request, page):
        return None  # the common case: no query of its own
    above_or_self = Page.objects.filter(path__in=paths_above_or_self(page))
    restrictions = (
        PageViewRestriction.objects.filter(
            restriction_type=PageViewRestriction.PASSWORD
        )
        .filter(
            Q(page__translation_key__in=above_or_self.values("translation_key"))
            | Q(page__in=above_or_self.values("alias_of"))
        )
        .exclude(page__in=above_or_self)
        .order_by("page__depth", "pk")
    )
    for restriction in restrictions:
        if not restriction.accept_request(request):
            return restriction
    return None
