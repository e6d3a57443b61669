"""Which pages a reader may see listed: Wagtail's view restrictions (login,
groups, password) applied to lists, for the reader of a request.

Every list, menu, feed and search result asks here, so one place decides.
Where each restriction reaches is worked out once per generation for every
reader, and the restrictions that shut a reader out in one query; lists then
leave out the closed subtrees by tree path, so a list costs no query per item.

A restriction covers the page and everything below it, and every version of
anything in that subtree wherever it sits: a restriction on a Finnish page
closes its Swedish and English translations and aliases at once (matched by
`translation_key`), whatever wagtail-localize has synced so far, and an alias
of a page below it made on the home page is as closed as its source. Wagtail
itself checks an alias by its source's own restrictions, not by those above
the source. A password restriction counts as closed: its form is for the page
itself, a list has no way to ask for it.
"""

import logging
from contextvars import ContextVar
from typing import Any, NamedTuple, TypeVar

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, IntegerField, Model, OuterRef, Q, QuerySet, Value
from django.http import HttpRequest, HttpResponse
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)

from pages.common.caching import freshness

logger = logging.getLogger(__name__)

# A queryset keeps its model through the filters below.
_M = TypeVar("_M", bound=Model)

# Cached on the request, with the user it was computed for: the feeds' key
# switches a request's user before the view runs.
_CACHE_ATTRIBUTE = "_closed_page_paths"
_COLLECTIONS_ATTRIBUTE = "_closed_collections"

# The person an admin answer is made for (pages/common/admin_access.py sets it):
# the admin's form widgets render without the request.
admin_reader: ContextVar[AbstractBaseUser | AnonymousUser | None] = ContextVar(
    "admin_reader", default=None
)

# The request being answered, for what runs without it: Wagtail's rich-text
# rewriters, components rendered once for many readers, the signals of a
# page move (CurrentRequestMiddleware sets it).
current_request: ContextVar[HttpRequest | None] = ContextVar(
    "current_request", default=None
)


class CurrentRequestMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest | None) -> HttpResponse:
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)


def closed_paths(request: HttpRequest | None) -> list[str]:
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


def closed_paths_for(user) -> list[str]:
    """Closed tree paths for `user` (None: nobody signed in), in one query,
    kept in the shared cache until the site next changes."""
    if user is not None and user.is_superuser:
        return []
    reader = user.pk if user is not None and user.is_authenticated else "anonymous"
    return freshness.remembered(
        f"closed-paths:{reader}", lambda: _closed_paths_for(user)
    )


def _closed_paths_for(user) -> list[str]:
    reach = restriction_reach()
    closed = closed_restrictions(user).values_list("pk", flat=True)
    return outermost(path for pk in closed if pk in reach for path in reach[pk].paths)


class Reach(NamedTuple):
    """What one restriction covers: the page it is set on and the outermost
    tree paths of every page it closes."""

    kind: str
    page_id: int
    translation_key: object
    paths: list


def restriction_reach() -> dict[int, Reach]:
    """{restriction id: Reach} of every page restriction. The same for every
    reader, so worked out once per generation (a few queries); a reader's
    closed pages then cost one query."""
    return freshness.remembered_here(
        "restriction-reach",
        lambda: freshness.remembered("restriction-reach", _restriction_reach),
    )


def _restriction_reach() -> dict[int, Reach]:
    restrictions = PageViewRestriction.objects.exclude(
        restriction_type=PageViewRestriction.NONE
    ).values_list(
        "pk", "restriction_type", "page_id", "page__translation_key", "page__path"
    )
    found = {pk: (kind, page, key) for pk, kind, page, key, _path in restrictions}
    paths = {pk: [path] for pk, *_rest, path in restrictions}
    # First the versions of the restricted pages themselves (their subtrees
    # hold the versions of most pages below), then versions of any page
    # below, wherever they sit, until nothing new turns up.
    whole_subtrees = False
    while True:
        reached = versions_outside(paths, whole_subtrees)
        if not reached and whole_subtrees:
            break
        whole_subtrees = not reached
        for pk, path in reached:
            paths[pk] = outermost([*paths[pk], path])
    return {pk: Reach(*found[pk], paths[pk]) for pk in found}


# SQLite takes at most 500 terms in one compound SELECT.
UNION_TERMS = 200


def versions_outside(paths, whole_subtrees) -> list[tuple[int, str]]:
    """(restriction id, path) of the pages outside each restriction's paths
    that are a translation or an alias of a page at those paths (or, with
    `whole_subtrees`, of any page below them): one query."""
    parts = []
    for pk, outer in paths.items():
        inside = Page.objects.filter(
            under(outer) if whole_subtrees else Q(path__in=outer)
        ).order_by()
        parts.append(
            Page.objects.exclude(under(outer))
            .filter(
                Q(translation_key__in=inside.values("translation_key"))
                | Q(alias_of__in=inside.values("pk"))
            )
            .annotate(restriction=Value(pk, output_field=IntegerField()))
            .order_by()
            .values_list("restriction", "path")
        )
    reached = []
    for start in range(0, len(parts), UNION_TERMS):
        first, *others = parts[start : start + UNION_TERMS]
        reached += first.union(*others, all=True)
    return reached


def under(paths) -> Q:
    """Pages at or below any of the paths."""
    below = Q(pk__in=[])
    for path in paths:
        below |= Q(path__startswith=path)
    return below


def covering_restrictions(page) -> list[int]:
    """The ids of the restrictions that cover `page` (no query beyond the
    generation's one reach)."""
    return [
        pk
        for pk, reach in restriction_reach().items()
        if any(page.path.startswith(path) for path in reach.paths)
    ]


def closed_restrictions(user, kinds=None) -> QuerySet[PageViewRestriction]:
    """The restrictions that shut `user` out, of the given kinds (all)."""
    restrictions = PageViewRestriction.objects.exclude(
        restriction_type=PageViewRestriction.NONE
    )
    if kinds is not None:
        restrictions = restrictions.filter(restriction_type__in=kinds)
    return shutting_out(restrictions, user)


def shutting_out(restrictions, user) -> QuerySet[Any]:
    """Of `restrictions` (of pages or of collections), those `user` does not
    pass where no password can be entered."""
    if user is None or not user.is_authenticated:
        return restrictions
    model = restrictions.model
    in_group = model.groups.through.objects.filter(
        **{f"{model.groups.field.m2m_field_name()}_id": OuterRef("pk")},
        group__user=user,
    )
    return restrictions.exclude(restriction_type=model.LOGIN).exclude(
        Exists(in_group), restriction_type=model.GROUPS
    )


def reader_view(request: HttpRequest | None) -> str:
    """The site and the pages closed to the reader, as a short string: what
    a menu or a page's links depend on besides the page, so that readers
    alike share them (freshness.remembered_here)."""
    site = Site.find_for_request(request)
    return f"{site.pk if site else '-'}:{'|'.join(closed_paths(request))}"


def outermost(paths) -> list[str]:
    """The paths without those below another one: fewer conditions to test."""
    kept: list[str] = []
    for path in sorted(set(paths)):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return kept


def open_pages(
    request: HttpRequest | None, queryset: QuerySet[_M], through: str = ""
) -> QuerySet[_M]:
    """The queryset without pages the reader may not open.

    `through` leads from the queryset's model to a page (for example
    "owner__" for action items and their owner's profile); rows without a
    page stay.
    """
    return without_paths(queryset, closed_paths(request), through)


def open_pages_for(user, queryset: QuerySet[_M], through: str = "") -> QuerySet[_M]:
    """open_pages for a user outside their request (a background task)."""
    return without_paths(queryset, closed_paths_for(user), through)


def without_paths(
    queryset: QuerySet[_M], paths: list[str], through: str
) -> QuerySet[_M]:
    if not paths:
        return queryset
    closed = Q()
    for path in paths:
        closed |= Q(**{f"{through}path__startswith": path})
    return queryset.exclude(closed)


def is_open(request: HttpRequest | None, page) -> bool:
    """Whether the reader may open `page` (a page already loaded: no query
    beyond the request's one)."""
    return not any(page.path.startswith(path) for path in closed_paths(request))


def paths_above_or_self(page) -> list[str]:
    steplen = Page.steplen
    return [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]


def shut_out_by_groups(request: HttpRequest, page) -> bool:
    """Whether a group restriction shuts the signed-in reader out of `page`:
    one that covers it (a page above it, in any language, or above the page
    it is an alias of). Wagtail checks the page's own restrictions only, so a
    Swedish translation would stay open until wagtail-localize copies the
    Finnish page's restriction to it."""
    if is_open(request, page):
        return False  # the common case: no query of its own
    restrictions = closed_restrictions(request.user, kinds=[PageViewRestriction.GROUPS])
    return restrictions.filter(pk__in=covering_restrictions(page)).exists()


def may_open(request: HttpRequest | None, page) -> bool:
    """Whether the reader may open `page` now: unlike in lists (`is_open`),
    a password they have entered opens the page and its translations."""
    if is_open(request, page):
        return True  # the common case: no query of its own
    restrictions = PageViewRestriction.objects.filter(
        pk__in=covering_restrictions(page)
    )
    return all(restriction.accept_request(request) for restriction in restrictions)


def unpassed_password_elsewhere(
    request: HttpRequest | None, page
) -> PageViewRestriction | None:
    """A password restriction covering `page` that the reader has not entered
    and that neither Wagtail nor `unpassed_password_of_other_versions` asks
    for: one above the page an alias stands for, or on a version of such a
    page (the outermost)."""
    if is_open(request, page):
        return None  # the common case: no query of its own
    reach = restriction_reach()
    covering = [
        pk
        for pk in covering_restrictions(page)
        if reach[pk].kind == PageViewRestriction.PASSWORD
    ]
    if not covering:
        return None
    asked_pages, asked_keys = set(), set()
    for pk, key, alias_of in Page.objects.filter(
        path__in=paths_above_or_self(page)
    ).values_list("pk", "translation_key", "alias_of"):
        asked_pages.update([pk, alias_of])
        asked_keys.add(key)
    left = [
        pk
        for pk in covering
        if reach[pk].page_id not in asked_pages
        and reach[pk].translation_key not in asked_keys
    ]
    for restriction in PageViewRestriction.objects.filter(pk__in=left).order_by(
        "page__depth", "pk"
    ):
        if not restriction.accept_request(request):
            return restriction
    return None


def restrictions_to_carry(source_restrictions, copy) -> list[PageViewRestriction]:
    """Of the restrictions that covered a copy's source (ids), those that
    nothing alike covers on `copy`: a copy made out of a restricted subtree
    (or an alias made into a page of its own, or a page moved out of one) is
    for the same readers as its source."""
    return restrictions_not_alike(source_restrictions, covering_restrictions(copy))


def restrictions_lifted_by_move(page, destination) -> list[PageViewRestriction]:
    """The restrictions that cover `page` through a page above it and that
    nothing alike would cover below `destination`: moved there, the page
    would open to more readers. Its own restrictions, and those that reach
    it as a version of a restricted page, move with it."""
    reach = restriction_reach()
    covering = covering_restrictions(page)
    moving_along = [pk for pk in covering if page.path in reach[pk].paths]
    left_behind = [pk for pk in covering if pk not in moving_along]
    if not left_behind:
        return []  # the common case: no query of its own
    return restrictions_not_alike(
        left_behind, moving_along + covering_restrictions(destination)
    )


def restrictions_not_alike(restrictions, others) -> list[PageViewRestriction]:
    """Of `restrictions` (ids), each kind of readers that nothing alike among
    `others` (ids) lets in, once."""
    with_groups = PageViewRestriction.objects.prefetch_related("groups")
    kept = {
        readers_of(restriction) for restriction in with_groups.filter(pk__in=others)
    }
    different = []
    for restriction in with_groups.filter(pk__in=restrictions).order_by("pk"):
        if readers_of(restriction) not in kept:
            kept.add(readers_of(restriction))
            different.append(restriction)
    return different


def carry_restrictions(source_restrictions, copy, user) -> list[PageViewRestriction]:
    """Give `copy` a restriction alike to each of `source_restrictions` (ids)
    that nothing covers it with yet; returns those made. Each is logged in
    the copy's history, as setting its privacy by hand would be."""
    made = []
    for restriction in restrictions_to_carry(source_restrictions, copy):
        equivalent = PageViewRestriction(
            page=copy,
            restriction_type=restriction.restriction_type,
            password=restriction.password,
        )
        equivalent.save(user=user)
        equivalent.groups.set(restriction.groups.all())
        logger.info(
            "Page %s copied or moved out of a restricted page: restriction %s "
            "carried over as %s",
            copy.pk,
            restriction.pk,
            equivalent.pk,
        )
        made.append(equivalent)
    return made


def copied_pages(source, copy) -> list[tuple[Page, Page]]:
    """(page, its copy) for `source` and each page copied with it, parents
    first: a copy's sub-pages keep their slugs below it."""
    copies = {
        page.url_path[len(copy.url_path) :]: page
        for page in Page.objects.descendant_of(copy, inclusive=True)
    }
    return [
        (page, copies[page.url_path[len(source.url_path) :]])
        for page in Page.objects.descendant_of(source, inclusive=True).order_by("path")
        if page.url_path[len(source.url_path) :] in copies
    ]


def readers_of(restriction) -> tuple[str, str, frozenset[int]]:
    """What decides who may pass a restriction: two restrictions alike in it
    are one."""
    return (
        restriction.restriction_type,
        restriction.password,
        frozenset(group.pk for group in restriction.groups.all()),
    )


def closed_collection_paths(request: HttpRequest | None) -> list[str]:
    """Tree paths of the collections whose documents the reader may not open
    (Wagtail's collection privacy: the same check its document view makes);
    each closes the collections below it. No query when no collection is
    private; with `request` None (no reader: a background task, an e-mail),
    every private collection is closed."""
    return _closed_collections(request)["paths"]


def closed_collection_ids(request: HttpRequest | None) -> set[int]:
    """Ids of the collections closed_collection_paths closes, with those
    below them."""
    closed = _closed_collections(request)
    if "ids" not in closed:
        below = Collection.objects.filter(under(closed["paths"]))
        closed["ids"] = (
            set(below.values_list("pk", flat=True)) if closed["paths"] else set()
        )
    return closed["ids"]


def _closed_collections(request: HttpRequest | None) -> dict[str, Any]:
    """{"paths": …, and "ids" once asked}, kept on the request for its user."""
    if not private_collection_paths():
        return {"paths": [], "ids": set()}  # the common case: no query
    if request is None:
        return {"paths": private_collection_paths()}
    user = getattr(request, "user", None)
    cached = getattr(request, _COLLECTIONS_ATTRIBUTE, None)
    if cached is not None and cached[0] is user:
        return cached[1]
    closed = {
        "paths": outermost(
            restriction.collection.path
            for restriction in CollectionViewRestriction.objects.select_related(
                "collection"
            )
            if not restriction.accept_request(request)
        )
    }
    setattr(request, _COLLECTIONS_ATTRIBUTE, (user, closed))
    return closed


def private_collection_paths() -> list[str]:
    """Tree paths of the collections with privacy: the same for everyone,
    kept per generation in the process."""
    return freshness.remembered_here(
        "private-collections",
        lambda: outermost(
            CollectionViewRestriction.objects.exclude(
                restriction_type=CollectionViewRestriction.NONE
            ).values_list("collection__path", flat=True)
        ),
    )


def collection_item_is_open(request: HttpRequest | None, item) -> bool:
    """Whether the reader may open a document or an image (`request` None:
    nobody signed in). No query when no collection is private, one a
    request when some are."""
    return item.collection_id not in closed_collection_ids(request)


def closed_collections_for(user) -> list[int]:
    """Ids of the collections, with those below them, whose privacy shuts
    `user` out in the admin: there a password counts as closed, as in lists.
    Kept per generation for each user."""
    if user.is_superuser:
        return []

    def closed() -> list[int]:
        restrictions = shutting_out(
            CollectionViewRestriction.objects.exclude(
                restriction_type=CollectionViewRestriction.NONE
            ),
            user,
        )
        paths = outermost(restrictions.values_list("collection__path", flat=True))
        if not paths:
            return []
        return list(
            Collection.objects.filter(under(paths)).values_list("pk", flat=True)
        )

    return freshness.remembered_here(f"closed-collections:{user.pk}", closed)


def image_file_is_open(request: HttpRequest | None, path) -> bool:
    """Whether the reader may open the media file at `path`: not the file of
    an image, or of a rendition of one, in a collection whose privacy shuts
    them out. Wagtail gives images no privacy of their own; a collection's
    restriction covers its images as it does its documents."""
    private = private_collection_paths()
    if not private:
        return True  # the common case: no query of its own
    collection = (
        get_image_model()
        .objects.filter(Q(file=path) | Q(renditions__file=path))
        .values_list("collection__path", flat=True)
        .first()
    )
    if collection is None or not any(collection.startswith(p) for p in private):
        return True
    return not any(collection.startswith(p) for p in closed_collection_paths(request))


def open_collection_items(
    request: HttpRequest | None, queryset: QuerySet[_M]
) -> QuerySet[_M]:
    """Documents or images without those in a collection the reader may not
    open. By collection id, a filter the search backends can apply too."""
    paths = closed_collection_paths(request)
    if not paths:
        return queryset
    closed = Q()
    for path in paths:
        closed |= Q(path__startswith=path)
    return queryset.exclude(collection__in=Collection.objects.filter(closed))


def open_documents(request: HttpRequest | None, documents) -> list[Any]:
    """The documents whose collection the reader may open."""
    if not documents:
        return []  # most minutes have no attachments: no query for them
    closed = closed_collection_paths(request)
    return [
        document
        for document in documents
        if not any(document.collection.path.startswith(path) for path in closed)
    ]


def unpassed_password_of_other_versions(
    request: HttpRequest | None, page
) -> PageViewRestriction | None:
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
