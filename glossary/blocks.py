"""The StreamField blocks of toolkits and the self-assessment: numbered steps, checklists,
downloadable resources, and the sections a team scores itself against.

Imports only home's blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import SHORT_TEXT_FEATURES, BodyBlock


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    body = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, label=_("What to do"))

    class Meta:
        label = _("Step")
        icon = "list-ol"


class StepsBlock(blocks.StructBlock):
    """Numbered steps, in the NHS.UK "contents list" style of a how-to guide."""

    heading = blocks.CharBlock(label=_("Heading"))
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        label = _("Steps")
        icon = "list-ol"
        template = "glossary/blocks/steps.html"


class ChecklistBlock(blocks.StructBlock):
    """Things to tick off, printed with an empty box beside each."""

    heading = blocks.CharBlock(label=_("Heading"))
    introduction = blocks.RichTextBlock(
        features=SHORT_TEXT_FEATURES, required=False, label=_("Introduction")
    )
    items = blocks.ListBlock(
        blocks.RichTextBlock(features=SHORT_TEXT_FEATURES), label=_("Things to check")
    )

    class Meta:
        label = _("Checklist")
        icon = "tasks"
        template = "glossary/blocks/checklist.html"


class ResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    document = DocumentChooserBlock(required=False, label=_("Document"))
    url = blocks.URLBlock(required=False, label=_("Or a web address"))
    description = blocks.CharBlock(required=False, label=_("What it is"))

    class Meta:
        label = _("Resource")
        icon = "doc-full"


class ResourcesBlock(blocks.StructBlock):
    """Files and links to download or follow, each saying what it is."""

    heading = blocks.CharBlock(label=_("Heading"), default=_("Resources"))
    resources = blocks.ListBlock(ResourceBlock(), label=_("Resources"))

    class Meta:
        label = _("Downloadable resources")
        icon = "download"
        template = "glossary/blocks/resources.html"


class ToolkitBlock(BodyBlock):
    """The page body blocks plus the ones a practical guide needs."""

    steps = StepsBlock()
    checklist = ChecklistBlock()
    resources = ResourcesBlock()


class LevelsBlock(blocks.StructBlock):
    level_0 = blocks.CharBlock(label=_("What a score of 0 looks like"))
    level_1 = blocks.CharBlock(label=_("What a score of 1 looks like"))
    level_2 = blocks.CharBlock(label=_("What a score of 2 looks like"))
    level_3 = blocks.CharBlock(label=_("What a score of 3 looks like"))


class AssessmentSectionBlock(blocks.StructBlock):
    """One part of the self-assessment: a question, what each score means, and the
    statements a team scores from 0 to 3."""

    heading = blocks.CharBlock(label=_("Heading"))
    question = blocks.CharBlock(
        label=_("Question"), help_text=_("e.g. Do people with lived experience…")
    )
    levels = LevelsBlock(label=_("Levels"))
    statements = blocks.ListBlock(blocks.CharBlock(label=_("Statement")), label=_("Statements"))

    class Meta:
        label = _("Section")
        icon = "form"
