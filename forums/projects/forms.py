"""The public forms of projects: filtering the list, and following a project by email."""

from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from home.public_forms import PublicFormMixin
from home.text_limits import TOO_LONG
from opportunities.models import Topic
from opportunities.taxonomy.forms import taxonomy_choices

from ..taxonomy import Service
from .models import Stage

SORTS = [
    ("updated", _("Latest update first")),
    ("title", _("Name, A to Z")),
]


# Projects with no update yet come last on every database (PostgreSQL puts nulls first).
NEWEST_UPDATE_FIRST = F("latest_update").desc(nulls_last=True)


class ProjectFilterForm(forms.Form):
    """Plain GET filters, so a filtered list works without JavaScript and can be shared.
    Within a group any ticked value matches; across groups every group must match."""

    stage = forms.MultipleChoiceField(
        label=_("Stage"),
        choices=Stage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    service = forms.MultipleChoiceField(
        label=_("Service"), required=False, widget=forms.CheckboxSelectMultiple
    )
    theme = forms.MultipleChoiceField(
        label=_("Theme"), required=False, widget=forms.CheckboxSelectMultiple
    )
    sort = forms.ChoiceField(
        label=_("Sort by"), choices=SORTS, required=False, widget=forms.RadioSelect
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = taxonomy_choices(Service, locale)
        self.fields["theme"].choices = taxonomy_choices(Topic, locale)

    def filter(self, projects):
        if not self.is_bound or not self.is_valid():
            return projects.order_by(NEWEST_UPDATE_FIRST, "title")
        data = self.cleaned_data
        if data["stage"]:
            projects = projects.filter(stage__in=data["stage"])
        if data["service"]:
            projects = projects.filter(service__slug__in=data["service"])
        if data["theme"]:
            projects = projects.filter(themes__slug__in=data["theme"]).distinct()
        if data["sort"] == "title":
            return projects.order_by("title")
        return projects.order_by(NEWEST_UPDATE_FIRST, "title")


class FollowForm(PublicFormMixin, forms.Form):
    """An email address, to hear about each new update. A honeypot catches robots."""

    email = forms.EmailField(
        max_length=254,
        label=_("Email address"),
        help_text=_("We will email you a link to confirm. Only then do we send updates."),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address like name@example.com"),
            "max_length": TOO_LONG,
        },
    )

    uses_submission_key = False
