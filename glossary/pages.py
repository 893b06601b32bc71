"""The glossary's page types: the A to Z page, the toolkits and the self-assessment.

Each page reads its GET form (imported at the top, never inside a method) in `get_context`:
nothing here takes a POST or stores anything.

Imports terms, blocks and forms of this app, and home."""

import string

from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import SHORT_TEXT_FEATURES
from home.models import InvolvePage
from home.translation import content_languages

from .blocks import AssessmentSectionBlock, ToolkitBlock
from .forms import GlossaryFilterForm, SelfAssessmentForm
from .terms import GlossaryTerm


def terms_language(page):
    """The language of the terms a glossary page lists: its own, or for an alias (a copy
    shown in English until translated) the language of the page it copies."""
    return content_languages([page])[page.pk] if page.alias_of_id else page.locale.language_code


def glossary_context(page, request):
    """The letters, the terms under each, and the filter form. Three queries, whatever the
    number of terms: the terms, their related terms, and (for an alias) the source's locale."""
    form = GlossaryFilterForm(request.GET or None)
    language = terms_language(page)
    terms = GlossaryTerm.objects.filter(locale__language_code=language)
    query = ""
    if form.is_bound and form.is_valid():
        query = form.cleaned_data["q"].strip()
    if query:
        terms = terms.filter(
            Q(name__icontains=query)
            | Q(other_forms__icontains=query)
            | Q(abbreviations__icontains=query)
            | Q(definition__icontains=query)
        )
    terms = list(terms.prefetch_related("related_terms").order_by("name"))
    by_anchor = {term.anchor for term in terms}
    groups = {}
    for term in terms:
        term.related_here = [
            related for related in term.related_terms.all() if related.locale_id == term.locale_id
        ]
        groups.setdefault(term.letter, []).append(term)
    letters = sorted(groups)
    # The index shows A to Z whatever the filter, with letters that have no terms greyed out;
    # other scripts show the letters their terms start with.
    latin = language.split("-")[0] in {"en", "pl", "ro", "pt"}
    alphabet = list(string.ascii_uppercase) if latin else []
    index = [(letter, letter in groups) for letter in alphabet] or [
        (letter, True) for letter in letters
    ]
    index += [(letter, True) for letter in letters if letter not in alphabet and alphabet]
    return {
        "filter_form": form,
        "query": query,
        "letter_groups": [(letter, groups[letter]) for letter in letters],
        "letter_index": index,
        "term_count": len(terms),
        "anchors": by_anchor,
    }


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
        context = super().get_context(request, *args, **kwargs)
        context.update(glossary_context(self, request))
        return context


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
        context = super().get_context(request, *args, **kwargs)
        form = SelfAssessmentForm(
            self.section_list,
            data=request.GET if "submitted" in request.GET else None,
            language=terms_language(self),
        )
        context["form"] = form
        context["results"] = form.results() if form.is_bound and form.is_valid() else None
        return context
