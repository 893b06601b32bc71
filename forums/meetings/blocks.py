"""The blocks of a Development Group papers page: each paper is a document with a line
saying what it is about."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class PaperBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    description = blocks.CharBlock(label=_("What it is about"), max_length=250, required=False)
    document = DocumentChooserBlock(label=_("Document"))

    class Meta:
        label = _("Paper")
        icon = "doc-full"
        template = "forums/blocks/paper.html"
