"""The forms of projects: filtering the list and following a project by email (public),
and the project's admin form, which keeps a target date from moving without a reason."""

from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from home.formatting import local_date
from home.public_forms import PublicFormMixin
from home.text_limits import TOO_LONG
from opportunities.models import Topic
from opportunities.taxonomy.forms import taxonomy_choices

from ..taxonomy import Service
from .models import Stage, promised_target_dates

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


class ProjectPageForm(WagtailAdminPageForm):
    """A project in the admin. A target date people have seen (the published one) moves
    only with a reason, which the project page then shows beside the old and new dates,
    and its action is never removed.
    The reason box starts empty unless a move is waiting to be published, so an old
    reason never stands for a new move."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.promised = promised_target_dates(self.instance)
        for form in self._action_forms():
            if self.promised.get(form.instance.translation_key) == form.instance.target_date:
                form.initial["date_change_reason"] = ""

    def _action_forms(self):
        formset = self.formsets.get("actions")
        return formset.forms if formset is not None else []

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("actions")
        if formset is None or not self.promised:
            return cleaned_data
        # The actions' own checks first, so their cleaned data can be read.
        formset.is_valid()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            promised = self.promised.get(form.instance.translation_key)
            moved_to = data.get("target_date")
            if promised and data.get("DELETE"):
                # Removing the action would take its date off the page with it.
                self.add_error(
                    None,
                    _(
                        "“%(action)s” has a target date people have seen, so it stays on "
                        "the page. To end it, set its status to Stopped and say why in a "
                        "challenge."
                    )
                    % {"action": form.instance.action},
                )
                continue
            if not promised or not moved_to or moved_to == promised:
                continue
            if not (data.get("date_change_reason") or "").strip():
                form.add_error(
                    "date_change_reason",
                    _(
                        "You moved the target date from %(date)s. Say why in plain words: "
                        "the project page keeps the old date and shows your reason."
                    )
                    % {"date": local_date(promised)},
                )
        return cleaned_data
