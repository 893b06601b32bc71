from django.db import models
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from home.blocks import SHORT_TEXT_FEATURES, BodyBlock
from home.models import InvolvePage


def _lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """One word or phrase explained in plain English, in one language.

    Each language has its own terms (wagtail-localize translates them), and page text in
    that language is marked with them: see glossary/marking.py.
    """

    name = models.CharField(
        _("term"), max_length=120, help_text=_("As it is usually written, e.g. Co-production")
    )
    definition = models.CharField(
        _("plain definition"),
        max_length=300,
        help_text=_("One short sentence in plain English. Shown when someone selects the word."),
    )
    explanation = RichTextField(
        _("longer explanation"),
        features=SHORT_TEXT_FEATURES,
        blank=True,
        help_text=_("Optional. Shown on the glossary page under the definition."),
    )
    other_forms = models.TextField(
        _("other forms"),
        blank=True,
        help_text=_(
            "Other ways of writing it that mean the same, one a line, e.g. coproduction, "
            "co-produce. Capital letters do not matter."
        ),
    )
    abbreviations = models.TextField(
        _("abbreviations"),
        blank=True,
        help_text=_(
            "Short forms, one a line, e.g. CCG. Matched only with the same capital letters."
        ),
    )
    related_terms = models.ManyToManyField(
        "self", blank=True, symmetrical=False, verbose_name=_("related terms")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("definition"),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [FieldPanel("other_forms"), FieldPanel("abbreviations")],
            heading=_("Other forms and abbreviations"),
        ),
        FieldPanel("related_terms"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("definition"),
        index.SearchField("other_forms"),
        index.SearchField("abbreviations"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def anchor(self):
        """The id of the term's entry on the glossary page, e.g. `co-production`."""
        return slugify(self.name, allow_unicode=True) or f"term-{self.pk}"

    @property
    def other_form_list(self):
        return _lines(self.other_forms)

    @property
    def abbreviation_list(self):
        return _lines(self.abbreviations)

    @property
    def letter(self):
        """The A to Z heading the term sits under: its first letter, in capitals."""
        for character in self.name:
            if character.isalnum():
                return character.upper()
        return "#"


class PlainerWord(TranslatableMixin, models.Model):
    """A word the plain-English checks flag, with the plainer word to use instead (utilise:
    use). Editors extend the list; each language has its own."""

    word = models.CharField(_("word to avoid"), max_length=60)
    alternative = models.CharField(_("plainer alternative"), max_length=120)

    panels = [FieldPanel("word"), FieldPanel("alternative")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("plainer word")
        verbose_name_plural = _("plainer words")
        ordering = ["word"]

    def __str__(self):
        return f"{self.word}: {self.alternative}"


class GlossaryPage(InvolvePage):
    """The A to Z of glossary terms in the page's language, with a letter index and a filter
    box that works without JavaScript (a plain GET search)."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _("The A to Z of words we use, each explained in plain English.")
    # Its own words are the definitions: marking them would link each term to itself.
    marks_glossary_terms = False

    class Meta:
        verbose_name = _("glossary page")

    def get_context(self, request, *args, **kwargs):
        from .views import glossary_context

        context = super().get_context(request, *args, **kwargs)
        context.update(glossary_context(self, request))
        return context


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


class ToolkitIndexPage(InvolvePage):
    """Lists the toolkits: practical guides to involving people well."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["glossary.ToolkitPage", "glossary.SelfAssessmentPage"]
    max_count_per_parent = 1
    page_description = _("The list of toolkits. Toolkits and the self-assessment go under it.")

    class Meta:
        verbose_name = _("toolkit index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toolkits"] = (
            Page.objects.live().public().child_of(self).specific().order_by("path")
        )
        return context


class ToolkitPage(InvolvePage):
    """One practical guide: steps, checklists and resources, printable as a clean handout."""

    body = StreamField(ToolkitBlock(), verbose_name=_("body"))

    content_panels = InvolvePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = InvolvePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["glossary.ToolkitIndexPage"]
    subpage_types = []
    page_description = _("A practical guide with steps, checklists and things to download.")

    class Meta:
        verbose_name = _("toolkit page")


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


class SelfAssessmentPage(InvolvePage):
    """A team scores itself against statements from 0 to 3 and sees its average per section
    and what the next level up would look like. A plain GET form: nothing is stored, it
    works without JavaScript, and the result prints."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)
    sections = StreamField([("section", AssessmentSectionBlock())], verbose_name=_("sections"))
    reflection = RichTextField(
        _("after the scores"),
        features=SHORT_TEXT_FEATURES,
        blank=True,
        help_text=_("Questions for the team to talk about once they have their scores."),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("sections"),
        FieldPanel("reflection"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["glossary.ToolkitIndexPage"]
    subpage_types = []
    page_description = _("A form a team uses to score its own involvement work. Nothing is kept.")

    class Meta:
        verbose_name = _("self-assessment page")

    @cached_property
    def section_list(self):
        return [block.value for block in self.sections]

    def get_context(self, request, *args, **kwargs):
        from .forms import SelfAssessmentForm

        context = super().get_context(request, *args, **kwargs)
        form = SelfAssessmentForm(
            self.section_list, data=request.GET if "submitted" in request.GET else None
        )
        context["form"] = form
        context["results"] = form.results() if form.is_bound and form.is_valid() else None
        return context
