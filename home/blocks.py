"""The NHS.UK blocks every page body is built from.

Wraps wagtail-nhsuk-frontend's blocks, limiting headings to levels 2 to 4 (the page title is
the only h1, and deeper levels confuse screen-reader users). Templates that carry English text
are overridden in templates/wagtailnhsukfrontend/ so their words go through gettext.

Imports nothing of ours: home is the core.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtailnhsukfrontend import blocks as nhsuk

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
SHORT_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


def heading_level_block(default=3):
    return blocks.IntegerBlock(
        min_value=2,
        max_value=4,
        default=default,
        label=_("Heading level"),
        help_text=_("2 for a main section, 3 inside a section, 4 inside that."),
    )


class WarningCalloutBlock(nhsuk.WarningCalloutBlock):
    title = blocks.CharBlock(default=_("Important"), label=_("Title"))
    heading_level = heading_level_block()
    body = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, label=_("Text"))

    class Meta:
        label = _("Warning callout")
        icon = "warning"
        template = "wagtailnhsukfrontend/warning_callout.html"


class InsetTextBlock(nhsuk.InsetTextBlock):
    body = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, label=_("Text"))

    class Meta:
        label = _("Inset text")
        icon = "pick"
        template = "wagtailnhsukfrontend/inset_text.html"


class DoListBlock(nhsuk.DoBlock):
    heading_level = heading_level_block()
    label = blocks.CharBlock(
        label=_("Heading"), required=False, help_text=_("Leave blank for “Do”.")
    )
    do = blocks.ListBlock(blocks.RichTextBlock(features=SHORT_TEXT_FEATURES), label=_("Do"))

    class Meta:
        label = _("Do list")
        icon = "tick"
        template = "wagtailnhsukfrontend/do_list.html"


class DontListBlock(nhsuk.DontBlock):
    heading_level = heading_level_block()
    label = blocks.CharBlock(
        label=_("Heading"), required=False, help_text=_("Leave blank for “Don't”.")
    )
    dont = blocks.ListBlock(blocks.RichTextBlock(features=SHORT_TEXT_FEATURES), label=_("Don't"))

    class Meta:
        label = _("Don't list")
        icon = "cross"
        template = "wagtailnhsukfrontend/dont_list.html"


class CardBlock(nhsuk.CardClickableBlock):
    heading_level = heading_level_block()

    class Meta:
        label = _("Card")
        icon = "doc-full"
        template = "wagtailnhsukfrontend/card.html"


class CardFeatureBlock(nhsuk.CardFeatureBlock):
    heading_level = heading_level_block()

    class Meta:
        label = _("Feature card")
        icon = "doc-full"
        template = "wagtailnhsukfrontend/card.html"


class CardGroupBlock(nhsuk.CardGroupBlock):
    class BodyStreamBlock(blocks.StreamBlock):
        card = CardBlock()
        card_feature = CardFeatureBlock()

    body = BodyStreamBlock(required=True)

    class Meta:
        label = _("Card group")
        icon = "table"
        template = "wagtailnhsukfrontend/card_collection.html"


class ExpanderBlock(nhsuk.ExpanderBlock):
    class BodyStreamBlock(blocks.StreamBlock):
        richtext = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, label=_("Text"))
        inset_text = InsetTextBlock()
        warning_callout = WarningCalloutBlock()

    body = BodyStreamBlock(required=True)

    class Meta:
        label = _("Expander")
        icon = "plus-inverse"
        template = "wagtailnhsukfrontend/expander.html"


class ImageBlock(nhsuk.ImageBlock):
    class Meta:
        label = _("Image")
        icon = "image"
        template = "wagtailnhsukfrontend/image.html"


class ActionLinkBlock(nhsuk.ActionLinkBlock):
    class Meta:
        label = _("Action link")
        icon = "link"
        template = "wagtailnhsukfrontend/action_link.html"


class NHSTableBlock(TableBlock):
    """A table with a caption and header cells, in NHS.UK table styles."""

    class Meta:
        label = _("Table")
        icon = "table"
        template = "home/blocks/table.html"


class BodyBlock(blocks.StreamBlock):
    """Everything an editor can put in a page body, in the order they reach for it."""

    rich_text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))
    inset_text = InsetTextBlock()
    warning_callout = WarningCalloutBlock()
    action_link = ActionLinkBlock()
    expander = ExpanderBlock()
    card_group = CardGroupBlock()
    image = ImageBlock()
    table = NHSTableBlock()
    do_list = DoListBlock()
    dont_list = DontListBlock()
