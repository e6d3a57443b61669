"""A chosen document or image in the admin's forms, as the person editing
sees it.

A page's editor may not open every document or image the page shows (one in
a collection whose privacy shuts them out): the document block, the image
field and the image block keep it, unnamed (a rich-text link too:
pages/common/editor_links.py).
"""

from typing import Any

from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from wagtail.documents.widgets import AdminDocumentChooser
from wagtail.images.widgets import AdminImageChooser

from pages.common.access import admin_reader, closed_collections_for

# Shown in place of an image the person editing may not open.
UNNAMED_IMAGE_PREVIEW = "wagtailadmin/images/transparency.svg"
PREVIEW_SIZE = 165


def may_open_in_admin(item) -> bool:
    """Whether the person reading the admin may open the document or image
    (anyone, outside the admin)."""
    user = admin_reader.get()
    return user is None or item.collection_id not in closed_collections_for(user)


def unnamed_document(document) -> dict[str, Any]:
    """A chosen document's state for a chooser, as the person editing a page
    that links it sees it when they may not open it: not its title."""
    return {"id": document.pk, "title": str(_("A document you may not open"))}


def unnamed_image(image) -> dict[str, Any]:
    """A chosen image's state for a chooser, for a person editing who may
    not open it: neither its title nor a picture of it."""
    return {
        "id": image.pk,
        "title": str(_("An image you may not open")),
        "edit_url": "",
        "default_alt_text": "",
        "preview": {
            "url": static(UNNAMED_IMAGE_PREVIEW),
            "width": PREVIEW_SIZE,
            "height": PREVIEW_SIZE,
        },
    }


class PrivateDocumentChooser(AdminDocumentChooser):
    """Wagtail's document chooser, naming a chosen document only to those who
    may open it."""

    def get_value_data_from_instance(self, instance) -> dict[str, Any]:
        if not may_open_in_admin(instance):
            return unnamed_document(instance)
        return super().get_value_data_from_instance(instance)


class PrivateImageChooser(AdminImageChooser):
    """Wagtail's image chooser, naming and showing a chosen image only to
    those who may open it."""

    def get_value_data_from_instance(self, instance) -> dict[str, Any]:
        if not may_open_in_admin(instance):
            return unnamed_image(instance)
        return super().get_value_data_from_instance(instance)
