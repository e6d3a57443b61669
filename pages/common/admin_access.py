"""What the admin shows each person: no more than they may see.

Wagtail checks the right to act on a page (edit, publish, delete) but showed
titles, names and e-mails beyond it: a mentor exploring the news or
searching the admin listed every title, restricted ones too; its API, the
choosers' "chosen" answers and the bulk actions named any page, document or
topic by id; reports listed what their menu item hid. Here:

- a page shows in the admin to those who may open it on the site (a draft
  only to those who may edit it) and to those who may edit it: the page
  permission policy's explorable pages (the explorer, its search and menu,
  the admin API, page history) and its "pages with a permission" (reports)
  are narrowed to those;
- documents and images in a collection whose privacy shuts the person out
  do not show (pages/common/collection_privacy.py);
- a topic shows to those who keep the topics, and otherwise only if it is on
  a page the person may open;
- every admin address that names a page, a document, an image, a
  collection, a topic or a translation of one (in its path or as `id=`
  choices) answers 404 for one the person may not see;
- reports and lists that Wagtail opens to every admin user are for those
  whose work they serve (ADMIN_VIEW_RIGHTS).
"""

from http import HTTPStatus
from typing import Any

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag, TagBase
from wagtail.admin.auth import permission_denied
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import Translation, TranslationSource

from pages.common import topics
from pages.common.access import (
    admin_reader,
    closed_collections_for,
    closed_paths_for,
    covering_restrictions,
    without_paths,
)
from pages.common.own_pages import own_pages
from pages.common.topics import Topic

# Wagtail's own answer lists at most this many tags.
TAGS_LISTED = 10
# Where intranet/urls.py mounts the admin.
ADMIN_PREFIX = "/admin/"


def visible_pages(user, pages) -> QuerySet[Page]:
    """The pages of `pages` that `user` may see in the admin: those they may
    edit, and the live ones they may open on the site."""
    if user.is_superuser:
        return pages
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    readable = without_paths(Page.objects.live(), closed_paths_for(user), "")
    return pages.filter(
        Q(pk__in=editable.values("pk"))
        | own_pages(user)
        | Q(pk__in=readable.values("pk"))
    )


class VisiblePagesPolicy(PagePermissionPolicy):
    """Wagtail's page permission policy, its lists narrowed to the pages the
    user may see (`visible_pages`)."""

    def explorable_instances(self, user) -> QuerySet[Page]:
        return visible_pages(user, super().explorable_instances(user))

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet[Page]:
        return visible_pages(
            user, super().instances_user_has_any_permission_for(user, actions)
        )


def keeps_topics(user) -> bool:
    return any(user.has_perm(f"pages.{action}_topic") for action in ("add", "change"))


def visible_tags(request: HttpRequest, tags) -> QuerySet[Tag]:
    """The tags of `tags` the person may see: every one for those who keep
    the topics, otherwise those on a live page they may open."""
    if keeps_topics(request.user):
        return tags
    return tags.filter(pk__in=topics.tags_on_open_pages(request).values("pk"))


def edits_section(user, index_model) -> bool:
    """Whether `user` may change the pages of a section (below one of its
    index pages, in any language)."""
    return (
        user.is_superuser
        or page_permission_policy.instances_user_has_permission_for(user, "change")
        .type(index_model)
        .exists()
    )


def edits_every_page(user) -> bool:
    return user.is_superuser or page_permission_policy.user_has_permission_for_instance(
        user, "change", Page.get_first_root_node()
    )


def may_pin_search_results(user) -> bool:
    return any(
        user.has_perm(f"wagtailsearchpromotions.{action}_searchpromotion")
        for action in ("add", "change", "delete")
    )


def may_keep_snippet(user, model) -> bool:
    return any(
        user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}")
        for action in ("add", "change", "delete", "view")
    )


# Admin views that Wagtail opens to everyone with admin access, or to anyone
# holding some page permission, and who may use them: by view name.
ADMIN_VIEW_RIGHTS = {
    # Every change to every object, users and documents included.
    "wagtailadmin_reports:site_history": lambda user: user.is_superuser,
    "wagtailadmin_reports:site_history_results": lambda user: user.is_superuser,
    # Pages by type over the whole tree: the editors'.
    "wagtailadmin_reports:page_types_usage": edits_every_page,
    "wagtailadmin_reports:page_types_usage_results": edits_every_page,
    "wagtailadmin_pages:type_use": edits_every_page,
    "wagtailadmin_pages:type_use_results": edits_every_page,
    # What everybody searched for: for those who pin results to searches.
    "wagtailsearchpromotions:chooser": may_pin_search_results,
    "wagtailsearchpromotions:chooserresults": may_pin_search_results,
}


def may_use_view(request: HttpRequest, match) -> bool:
    """Whether the person may use the admin view `match` resolved to."""
    rule = ADMIN_VIEW_RIGHTS.get(match.view_name)
    if rule is not None:
        return rule(request.user)
    model = snippet_model(match)
    if model is Topic or match.view_name.startswith("wagtail_localize:snippets_api"):
        # The snippet API of translations lists every row of a model.
        return may_keep_snippet(request.user, model or Topic)
    return True


def snippet_model(match) -> type[Model] | None:
    """The snippet model of a snippet chooser or of wagtail-localize's
    snippet API, or None."""
    kwargs = match.kwargs
    if "app_label" in kwargs and "model_name" in kwargs and "localize" in match.route:
        return model_named(kwargs)
    if match.namespace.startswith("wagtailsnippetchoosers_"):
        return getattr(match.func, "view_initkwargs", {}).get("model")
    return None


# The arguments of an admin address that name an object, by the kind of
# object its route is about (the route's beginning after "admin/").
PAGE_ARGUMENTS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk"}
NAMED_OBJECTS = [
    ("pages/", Page, PAGE_ARGUMENTS | {"pk", "destination_id"}),
    ("choose-page/", Page, PAGE_ARGUMENTS),
    ("api/main/^pages/", Page, {"pk"}),
    ("workflows/remove/", Page, PAGE_ARGUMENTS),
    ("localize/submit/page/", Page, PAGE_ARGUMENTS),
    ("localize/page/", Page, PAGE_ARGUMENTS),
    ("forms/", Page, PAGE_ARGUMENTS),
    ("documents/", Document, {"document_id", "doc_id", "pk"}),
    ("api/main/^documents/", Document, {"pk"}),
    ("images/", Image, {"image_id", "pk"}),
    ("api/main/^images/", Image, {"pk"}),
    ("collections/", Collection, {"pk", "collection_id"}),
]


def named_objects(match, request: HttpRequest) -> list[tuple[type[Model], list[Any]]]:
    """(model, ids) of the objects the admin address names: in its path, as
    `id=` choices (bulk actions, the choosers' "chosen" answers), or as
    the source of a translation."""
    route = match.route.removeprefix("admin/")
    kwargs = match.kwargs
    choices = request.GET.getlist("id") + request.POST.getlist("id")
    found = translated_objects(kwargs)
    if route.startswith("bulk/"):
        model = model_named(kwargs)
        return [*found, (model, choices)] if model else found
    view_model = getattr(match.func, "view_initkwargs", {}).get("model")
    if (snippet_model(match) or view_model) is Topic:
        return [*found, (Topic, [kwargs.get("pk"), *choices])]
    for start, model, arguments in sorted(NAMED_OBJECTS, key=lambda e: -len(e[0])):
        if route.startswith(start):
            ids = [value for name, value in kwargs.items() if name in arguments]
            return [*found, (model, ids + choices)]
    return found


def model_named(kwargs) -> type[Model] | None:
    """The model an address names by app label and model name, or None (the
    view answers 404 for it)."""
    try:
        return apps.get_model(kwargs["app_label"], kwargs["model_name"])
    except LookupError:
        return None


def translated_objects(kwargs) -> list[tuple[type[Model], list[Any]]]:
    """(model, [id]) of the object a wagtail-localize address translates."""
    sources = TranslationSource.objects.none()
    if "translation_id" in kwargs:
        sources = TranslationSource.objects.filter(
            pk__in=Translation.objects.filter(pk=kwargs["translation_id"]).values(
                "source_id"
            )
        )
    elif "translation_source_id" in kwargs:
        sources = TranslationSource.objects.filter(pk=kwargs["translation_source_id"])
    found = []
    for source in sources:
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist:
            continue  # translated from something deleted since
        found.append((type(instance), [instance.pk]))
    return found


def hidden(request: HttpRequest, model, ids) -> bool:
    """Whether any of the objects is one the person may not see."""
    ids = {str(each) for each in ids if each is not None and str(each).isdigit()}
    if not ids:
        return False
    user = request.user
    if model is None:
        return False
    if issubclass(model, Page):
        pages = Page.objects.filter(pk__in=ids)
        return visible_pages(user, pages).count() < pages.count()
    if issubclass(model, Document | Image):
        closed = closed_collections_for(user)
        return model.objects.filter(pk__in=ids, collection__in=closed).exists()
    if issubclass(model, Collection):
        return bool(ids & {str(pk) for pk in closed_collections_for(user)})
    if issubclass(model, Topic):
        named = Topic.objects.filter(pk__in=ids)
        seen = named.filter(tag__in=visible_tags(request, Tag.objects.all()))
        return seen.count() < named.count()
    return False


def tag_autocomplete(
    request: HttpRequest, app_name=None, model_name=None
) -> JsonResponse:
    """Wagtail's tag autocompletion (wagtail.admin.views.tags.autocomplete),
    suggesting only the tags the person may see."""
    if app_name and model_name:
        # Any: taggit's models carry no types.
        tag_model: Any = model_named({"app_label": app_name, "model_name": model_name})
        if tag_model is None or not issubclass(tag_model, TagBase):
            raise Http404
    else:
        tag_model = Tag
    term = request.GET.get("term")
    tags = tag_model.objects.none()
    if term:
        tags = tag_model.objects.filter(name__istartswith=term)
        if tag_model is Tag:
            tags = visible_tags(request, tags)
    names = tags.order_by("name").values_list("name", flat=True)[:TAGS_LISTED]
    return JsonResponse(list(names), safe=False)


# Wagtail's views replaced by ones that show less, by view name.
REPLACED_VIEWS = {
    "wagtailadmin_tag_autocomplete": tag_autocomplete,
    "wagtailadmin_tag_model_autocomplete": tag_autocomplete,
}


# The admin API's copy and alias conversion skip the hooks that keep a copy's
# readers (pages/wagtail_hooks.py): for a restricted page they are refused,
# and made from the page's own menu.
UNHOOKED_PAGE_ACTIONS = {"copy", "convert_alias"}
COPY_FROM_THE_MENU = _(
    "This page is private: copy it from its own menu, where the copy keeps its privacy."
)


def copies_past_the_hooks(match) -> bool:
    kwargs = match.kwargs
    if (
        match.view_name != "wagtailadmin_api:pages:action"
        or kwargs.get("action_name") not in UNHOOKED_PAGE_ACTIONS
    ):
        return False
    page = Page.objects.filter(pk=kwargs["pk"]).first()
    return page is not None and bool(covering_restrictions(page))


class AdminAccessMiddleware:
    """Every admin view checks what it names and who may use it, besides the
    rights Wagtail's own view checks."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        reading = admin_reader.set(request.user)
        try:
            return self.get_response(request)
        finally:
            admin_reader.reset(reading)

    def process_view(
        self, request: HttpRequest, view_func, view_args, view_kwargs
    ) -> HttpResponse | None:
        match = request.resolver_match
        assert match is not None  # process_view runs once the address resolved
        user = request.user
        if copies_past_the_hooks(match):
            return JsonResponse(
                {"message": str(COPY_FROM_THE_MENU)}, status=HTTPStatus.FORBIDDEN
            )
        if (
            not match.route.startswith("admin/")
            or not user.is_authenticated
            or user.is_superuser
            or not user.has_perm("wagtailadmin.access_admin")
        ):
            return None  # Wagtail's own checks send them to the login
        if not may_use_view(request, match):
            return permission_denied(request)
        for model, ids in named_objects(match, request):
            if hidden(request, model, ids):
                raise Http404
        replacement = REPLACED_VIEWS.get(match.view_name)
        if replacement is not None:
            return replacement(request, *view_args, **view_kwargs)
        return None
