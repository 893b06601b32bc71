"""The filters on the list of opportunities."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from ..taxonomy.forms import taxonomy_choices
from ..taxonomy.models import AUDIENCES, FORMATS, Area, Kind, Payment, TimeCommitment, Topic


class OpportunityFilterForm(forms.Form):
    """Filters a reader can combine. Within a group any ticked value matches (online or by
    phone); across groups every group must match (online and for carers)."""

    topic = forms.MultipleChoiceField(
        label=_("Topic"), required=False, widget=forms.CheckboxSelectMultiple
    )
    kind = forms.MultipleChoiceField(
        label=_("Kind of activity"),
        choices=Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    format = forms.MultipleChoiceField(
        label=_("How you take part"),
        choices=list(FORMATS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    area = forms.MultipleChoiceField(
        label=_("Area"), required=False, widget=forms.CheckboxSelectMultiple
    )
    payment = forms.ChoiceField(
        label=_("Payment"),
        choices=[("", _("Any"))] + Payment.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    time = forms.MultipleChoiceField(
        label=_("Time it takes"),
        choices=TimeCommitment.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    audience = forms.MultipleChoiceField(
        label=_("Who it is for"),
        choices=list(AUDIENCES.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.get_active()
        self.fields["topic"].choices = taxonomy_choices(Topic, locale)
        self.fields["area"].choices = taxonomy_choices(Area, locale)

    def filter(self, opportunities):
        """The opportunities matching every chosen group; all of them if nothing is chosen or
        the choices are not valid."""
        if not self.is_valid():
            return opportunities
        data = self.cleaned_data
        if data["topic"]:
            opportunities = opportunities.filter(topics__slug__in=data["topic"])
        if data["area"]:
            opportunities = opportunities.filter(areas__slug__in=data["area"])
        if data["kind"]:
            opportunities = opportunities.filter(kind__in=data["kind"])
        if data["time"]:
            opportunities = opportunities.filter(time_commitment__in=data["time"])
        if data["payment"]:
            opportunities = opportunities.filter(payment=data["payment"])
        opportunities = _any_flag(opportunities, data["format"])
        opportunities = _any_flag(opportunities, data["audience"])
        # Filtering through topics and areas can repeat a page.
        return opportunities.distinct() if data["topic"] or data["area"] else opportunities


def _any_flag(opportunities, flags):
    """Keep the opportunities with at least one of these boolean fields set."""
    if not flags:
        return opportunities
    condition = Q()
    for flag in flags:
        condition |= Q(**{flag: True})
    return opportunities.filter(condition)
