from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from pages.common.access import open_documents
from pages.common.chosen_documents import (
    may_open_in_admin,
    unnamed_document,
    unnamed_image,
)
from pages.common.private_media import reader_may_open

# Rich text in page bodies: no headings (HeadingBlock keeps the outline) and
# no embeds (EmbedBlock has its own caption-less layout).
TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    # Levels start at 2: the page title is the only <h1>.
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "blocks/callout_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("who said it"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("link text"),
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link_block.html"

    def get_form_state(self, value) -> dict[str, Any]:
        # The editor of a page that links a document they may not open keeps
        # the link, unnamed.
        state = super().get_form_state(value)
        document = value.get("document")
        if document is not None and not may_open_in_admin(document):
            state["document"] = unnamed_document(document)
        return state

    def get_context(self, value, parent_context=None) -> dict[str, Any]:
        # A reader who may not open the document sees nothing of it: its
        # title and file name say what it is about.
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        document = value.get("document")
        context["may_open"] = (
            document is not None
            and request is not None
            and bool(open_documents(request, [document]))
        )
        return context


class ReaderImageBlock(ImageBlock):
    """Wagtail's image block, showing nothing of an image the reader may not
    open (one in a private collection): not its title, not its file; in the
    admin, the image stays, unnamed.

    Migrations know it as ImageBlock (ImageBlock.deconstruct)."""

    def render(self, value, context=None) -> str:
        if value is not None and not reader_may_open(value):
            return ""
        return super().render(value, context=context)

    def get_form_state(self, value) -> dict[str, Any]:
        state = super().get_form_state(value)
        if value is not None and not may_open_in_admin(value):
            state["image"] = unnamed_image(value)
        return state


class BodyBlock(blocks.StreamBlock):
    """Body content shared by the page types."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=TEXT_FEATURES)
    image = ReaderImageBlock(label=_("Image"))
    callout = CalloutBlock()


class NewsBodyBlock(BodyBlock):
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        help_text=_("A link to a video or other media, such as a YouTube address."),
        template="blocks/embed_block.html",
    )
    document = DocumentLinkBlock()


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("what to do"))
    text = blocks.RichTextBlock(label=_("how"), features=TEXT_FEATURES)
    image = ReaderImageBlock(label=_("screenshot"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "blocks/step_block.html"


class GuideBlock(blocks.StreamBlock):
    """A guide's instructions: numbered steps with tips and warnings between."""

    step = StepBlock()
    tip = blocks.RichTextBlock(
        label=_("Tip"),
        features=["bold", "italic", "link"],
        icon="help",
        template="blocks/tip_block.html",
    )
    warning = blocks.RichTextBlock(
        label=_("Warning"),
        features=["bold", "italic", "link"],
        icon="warning",
        template="blocks/warning_block.html",
    )
    video = EmbedBlock(
        label=_("Video"),
        help_text=_("A link to the video, such as a YouTube or Panopto address."),
        template="blocks/embed_block.html",
    )
    download = DocumentLinkBlock(label=_("Download"))


def headings(stream) -> str:
    """The text of a stream's headings, call-out titles and a guide's step
    titles (all shown as headings): they name what a page is about more than
    its paragraphs do, so search weighs them like a title."""
    return " ".join(
        block.value[HEADING_TEXT[block.block_type]]
        for block in stream
        if block.block_type in HEADING_TEXT
    )


# Block type: the value's key that holds its heading.
HEADING_TEXT = {"heading": "text", "callout": "title", "step": "title"}
