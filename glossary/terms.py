"""The glossary's data: its terms and the plainer-word list, one set per language
(translatable snippets). Page text is marked with the terms (glossary/marking.py); the
plain-English checks use both (glossary/checks.py, glossary/plain_english.py).

Imports only home and Django/Wagtail."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SHORT_TEXT_FEATURES


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
    not_inside = models.TextField(
        _("names it is never marked inside"),
        blank=True,
        help_text=_(
            "Names that hold the word but are not about it, one a line, e.g. Step-free "
            "access. The glossary never marks a word inside them."
        ),
    )
    related_terms = models.ManyToManyField(
        "self", blank=True, symmetrical=False, verbose_name=_("related terms")
    )

    # A translation starts with the English names, which its translator may change: a name
    # is a name in every language, and it needs no translation to keep the marking out.
    override_translatable_fields = [SynchronizedField("not_inside", overridable=True)]

    panels = [
        FieldPanel("name"),
        FieldPanel("definition"),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [FieldPanel("other_forms"), FieldPanel("abbreviations"), FieldPanel("not_inside")],
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
    def not_inside_list(self):
        return _lines(self.not_inside)

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
