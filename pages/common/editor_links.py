"""A rich-text link to a document as the editor (Draftail) gets it.

Wagtail gives the editor each linked document's address and file name. A
link to a document the person editing may not open (pages/common/chosen_documents.py)
keeps the document, without either. Imported by wagtail_hooks only: Wagtail's
converters need the models loaded.
"""

from typing import Any

from wagtail.documents import get_document_model
from wagtail.documents.rich_text.contentstate import (
    ContentstateDocumentLinkConversionRule,
    DocumentLinkElementHandler,
)

from pages.common.chosen_documents import may_open_in_admin, unnamed_document


class PrivateDocumentLinkElementHandler(DocumentLinkElementHandler):
    """A rich-text document link as the editor (Draftail) gets it: a link to
    a document the person editing may not open keeps the document, without
    its file name or address."""

    def get_attribute_data(self, attrs) -> dict[str, Any]:
        data = super().get_attribute_data(attrs)
        if "url" not in data:
            return data  # no such document
        document = get_document_model().objects.get(pk=data["id"])
        if may_open_in_admin(document):
            return data
        # Draftail shows a link without an address as a missing document.
        return {
            "id": document.pk,
            "url": "#",
            "filename": unnamed_document(document)["title"],
        }


# Wagtail's conversion between the database and Draftail for document links,
# reading the links with the handler above.
DOCUMENT_LINK_CONVERSION = {
    **ContentstateDocumentLinkConversionRule,
    "from_database_format": {
        'a[linktype="document"]': PrivateDocumentLinkElementHandler("DOCUMENT")
    },
}
