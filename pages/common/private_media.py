"""Documents and images of private collections, where pages show them.

A collection's privacy covers its documents (Wagtail's document view) and
its images (pages/common/access.py), but pages showed them to every reader: a
rich-text link named a document's file and address, an image block, a news
item's picture or a mentor's photo its title and file. Here a reader who may
not open one gets nothing of it: a rich-text link keeps the text its author
wrote, without an address; an image is left out.

Wagtail's rich-text rewriters, and components rendered once for many
readers, get no request: they ask pages.common.access.current_request. Without one
(a background task, an e-mail) nobody is signed in, and every private
collection is closed.
"""

from django.utils.html import escape
from wagtail.documents.rich_text import DocumentLinkHandler

from pages.common.access import (
    closed_collection_paths,
    collection_item_is_open,
    current_request,
)


def reader_may_open(item) -> bool:
    """Whether the reader of the request being answered may open the
    document or image `item`."""
    return collection_item_is_open(current_request.get(), item)


def closed_to_reader() -> str:
    """What decides which documents and images the reader may open, as a
    short string for the key of HTML kept for many readers: empty for most."""
    return "|".join(closed_collection_paths(current_request.get()))


class ReaderDocumentLinkHandler(DocumentLinkHandler):
    """Wagtail's rich-text document link, without an address for a reader
    who may not open the document: `<a>` without `href`, as Wagtail writes a
    link to a document that is gone; the author's link text stays."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        return [
            f'<a href="{escape(document.url)}">'
            if document is not None and reader_may_open(document)
            else "<a>"
            for document in cls.get_many(attrs_list)
        ]
