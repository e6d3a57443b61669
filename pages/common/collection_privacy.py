"""A collection's privacy binds the admin too.

Wagtail applies a collection's view restriction to the document download
only: its admin listed, showed and offered the documents of a collection
shared with the Coordinators to every editor, and moving one to the root
collection made it public without a word. Here:

- the permission policy of documents and images leaves out, for each user,
  the collections whose privacy shuts them out (with those below them) and
  what is in them: listings, edit and usage pages, choosers, bulk actions,
  upload forms' collection choices;
- moving a document or an image to a collection that fewer restrictions
  cover asks the editor to confirm it, and the move is logged.
"""

import logging
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtail.log_actions import log
from wagtail.models import CollectionViewRestriction
from wagtail.permission_policies.collections import (
    CollectionOwnershipPermissionPolicy,
)

from pages.common.access import closed_collections_for, readers_of

logger = logging.getLogger(__name__)

# Logged on the document or image moved (register_log_actions).
OPENED_ACTION = "pages.collection_opened"


class PrivateCollectionsPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for documents and images, without the collections
    whose privacy shuts the user out."""

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        if instance.collection_id in closed_collections_for(user):
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet[Any]:
        return (
            super()
            .instances_user_has_any_permission_for(user, actions)
            .exclude(collection__in=closed_collections_for(user))
        )

    def collections_user_has_any_permission_for(self, user, actions) -> QuerySet[Any]:
        return (
            super()
            .collections_user_has_any_permission_for(user, actions)
            .exclude(pk__in=closed_collections_for(user))
        )


def restrictions_above(collection) -> set[tuple[str, str, frozenset[int]]]:
    """What decides who may open the collection's items: its restrictions
    and those of the collections above it, each once."""
    return {
        readers_of(restriction)
        for restriction in CollectionViewRestriction.objects.filter(
            collection__in=collection.get_ancestors(inclusive=True)
        )
        .exclude(restriction_type=CollectionViewRestriction.NONE)
        .prefetch_related("groups")
    }


def opens_to_more_readers(source, target) -> bool:
    """Whether moving an item from the collection `source` to `target`
    lifts a restriction that covered it."""
    return bool(restrictions_above(source) - restrictions_above(target))


class ConfirmOpeningMixin(forms.Form):
    """Moving an item of a private collection to one that fewer restrictions
    cover opens it to more readers: the form asks to confirm it (a field
    shown only for items of a private collection), and the move is logged."""

    open_to_more_readers = forms.BooleanField(
        label=_("Open to more readers"),
        help_text=_(
            "The collection this is in is private. Tick this to move it to a "
            "collection where more people may open it."
        ),
        required=False,
    )
    # Set by the model form (a document's or an image's) it is mixed into.
    instance: Any

    def __init__(self, *args, **kwargs) -> None:
        self.for_user = kwargs.get("user")
        super().__init__(*args, **kwargs)
        self.source_collection = self.instance.collection if self.instance.pk else None
        if self.source_collection is None or not restrictions_above(
            self.source_collection
        ):
            del self.fields["open_to_more_readers"]

    def clean(self) -> dict[str, Any]:
        # Django's Form.clean returns cleaned_data; its types let an override
        # return None.
        cleaned_data: dict[str, Any] = super().clean()  # type: ignore[assignment]
        if self.opens_item() and not cleaned_data.get("open_to_more_readers"):
            self.add_error(
                "open_to_more_readers",
                _(
                    "%(collection)s is open to more readers than the private "
                    "collection this is in. Tick the box to move it there anyway."
                )
                % {"collection": cleaned_data["collection"].name},
            )
        return cleaned_data

    def opens_item(self) -> bool:
        target = self.cleaned_data.get("collection")
        return (
            "open_to_more_readers" in self.fields
            and target is not None
            and target != self.source_collection
            and opens_to_more_readers(self.source_collection, target)
        )

    def save(self, commit: bool = True) -> Any:
        opened = self.opens_item()
        instance = super().save(commit=commit)  # type: ignore[misc]
        if opened:
            log_opening(instance, self.source_collection, self.for_user)
        return instance


def log_opening(item, source, user) -> None:
    data = {
        "from": {"id": source.pk, "name": source.name},
        "to": {"id": item.collection_id, "name": item.collection.name},
    }
    log(instance=item, action=OPENED_ACTION, user=user, data=data)
    logger.info(
        "%s %s moved out of the private collection %s to %s by user %s",
        item._meta.verbose_name,
        item.pk,
        source.pk,
        item.collection_id,
        getattr(user, "pk", None),
    )


class DocumentForm(ConfirmOpeningMixin, BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE."""


class ImageForm(ConfirmOpeningMixin, BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE."""
