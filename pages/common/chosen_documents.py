"""A chosen document in the admin's forms, as the person editing sees it.

A page's editor may not open every document the page links (one in a
collection whose privacy shuts them out): the link stays, unnamed.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.documents.widgets import AdminDocumentChooser

from pages.common.access import admin_reader, closed_collections_for


def may_open_in_admin(item):
    """Whether the person reading the admin may open the document or image
    (anyone, outside the admin)."""
    user = admin_reader.get()
    return user is None or item.collection_id not in closed_collections_for(user)


def unnamed_document(document):
    """A chosen document's state for a chooser, as the person editing a page
    that links it sees it when they may not open it: not its title."""
    return {"id": document.pk, "title": str(_("A document you may not open"))}


class PrivateDocumentChooser(AdminDocumentChooser):
    """Wagtail's document chooser, naming a chosen document only to those who
    may open it."""

    def get_value_data_from_instance(self, instance):
        if not may_open_in_admin(instance):
            return unnamed_document(instance)
        return super().get_value_data_from_instance(instance)
