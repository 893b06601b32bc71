"""The glossary's GET forms: the A to Z filter box and the self-assessment's scores. Nothing
is stored. Imports only the core (home)."""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.languages import bdi

SCORES = [(str(score), str(score)) for score in range(4)]


class GlossaryFilterForm(forms.Form):
    """The glossary page's filter box: a plain GET search, so it works without JavaScript."""

    q = forms.CharField(
        label=_("Find a word"),
        help_text=_("Type a word or part of one, for example carer."),
        max_length=100,
        required=False,
        error_messages={"max_length": _("Type 100 characters or fewer")},
    )


class SelfAssessmentForm(forms.Form):
    """One radio group (0 to 3) for each statement of each section of a self-assessment.

    Sent by GET and never saved: the page shows the scores back with the averages.
    `language`: the language the statements are written in (an untranslated page's are
    English), so an error quoting one marks it.
    """

    submitted = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, sections, *args, language="", **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = sections
        self.section_fields = []
        for section_number, section in enumerate(sections, start=1):
            names = []
            for statement_number, statement in enumerate(section["statements"], start=1):
                name = f"s{section_number}_{statement_number}"
                self.fields[name] = forms.ChoiceField(
                    label=statement,
                    choices=SCORES,
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": mark_safe(
                            conditional_escape(
                                gettext("Choose a score from 0 to 3 for “%(statement)s”")
                            )
                            % {"statement": bdi(statement, language)}
                        )
                    },
                )
                names.append(name)
            self.section_fields.append(names)

    def grouped(self):
        """[(section, [bound fields])] in page order, for the template."""
        return [
            (section, [self[name] for name in names])
            for section, names in zip(self.sections, self.section_fields, strict=True)
        ]

    def results(self):
        """Per section: the average score (to one decimal place, halves rounded up), the level
        it reaches (the whole number below the average) and what the next level looks like."""
        results = []
        for section, names in zip(self.sections, self.section_fields, strict=True):
            scores = [int(self.cleaned_data[name]) for name in names]
            average = (
                (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.1"), ROUND_HALF_UP)
                if scores
                else Decimal("0.0")
            )
            level = int(average)
            levels = section["levels"]
            results.append(
                {
                    "heading": section["heading"],
                    "scores": scores,
                    "average": average,
                    "level": level,
                    "now": levels[f"level_{level}"],
                    "next_level": level + 1 if level < 3 else None,
                    "next": levels[f"level_{level + 1}"] if level < 3 else "",
                }
            )
        return results
