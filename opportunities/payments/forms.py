"""The claim form a person fills in through their private link, and the involvement team's
decision on a claim. The person is known by the link, so the claim form needs no honeypot,
no submission key and no rate limit: sending it twice changes one claim."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.text_limits import LONGEST_TEXT, TOO_LONG

from .models import ExpenseClaim
from .receipts import check_receipt

AMOUNT_ERROR = _("Enter an amount in pounds, for example: 4.50")
MILES_ERROR = _("Enter the number of miles, for example: 12")


def amount_field(label, help_text="", most=500):
    return forms.DecimalField(
        label=label,
        help_text=help_text,
        required=False,
        min_value=0,
        max_value=most,
        max_digits=8,
        decimal_places=2,
        error_messages={
            key: AMOUNT_ERROR
            for key in ("invalid", "min_value", "max_value", "max_digits", "max_decimal_places")
        },
    )


class ReceiptField(forms.FileField):
    """A JPEG, PNG or PDF of at most 5 MB (`receipts.check_receipt`)."""

    def __init__(self, label, **kwargs):
        super().__init__(
            label=label,
            required=False,
            help_text=_("A photo or a PDF, smaller than 5 MB."),
            error_messages={"invalid": _("The receipt must be a photo (JPEG or PNG) or a PDF.")},
            **kwargs,
        )

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload and upload is not initial:
            check_receipt(upload)
        return upload


class ClaimForm(forms.Form):
    """What a person claims for one activity. Costs that need a receipt are refused without
    one (a receipt sent before counts); a taxi only if it was agreed before, and by whom."""

    choice = forms.ChoiceField(
        label=_("How do you want to be paid for your time?"),
        choices=ExpenseClaim.Choice.choices,
        widget=forms.RadioSelect,
        help_text=_("Payments can affect benefits. A voucher or no payment may be safer."),
        error_messages={"required": _("Choose how you want to be paid for your time")},
    )
    miles = forms.DecimalField(
        label=_("Miles you drove, there and back (optional)"),
        required=False,
        min_value=0,
        max_value=1000,
        max_digits=6,
        decimal_places=1,
        error_messages={
            key: MILES_ERROR
            for key in ("invalid", "min_value", "max_value", "max_digits", "max_decimal_places")
        },
    )
    public_transport_cost = amount_field(_("Bus or train fares, in pounds (optional)"))
    public_transport_receipt = ReceiptField(_("Photo of your ticket or receipt"))
    taxi_cost = amount_field(
        _("Taxi fare, in pounds (optional)"),
        _("We pay for a taxi only if we agreed it with you before the activity."),
    )
    taxi_agreed = forms.BooleanField(
        label=_("We agreed the taxi with you before the activity"), required=False
    )
    taxi_agreed_by = forms.CharField(
        label=_("Who agreed it?"),
        required=False,
        max_length=120,
        error_messages={"max_length": TOO_LONG},
    )
    taxi_receipt = ReceiptField(_("Photo of the taxi receipt (optional)"))
    care_cost = amount_field(
        _("Care costs, in pounds (optional)"),
        _("For example, childcare, or care for someone you look after, while you took part."),
    )
    care_receipt = ReceiptField(_("Photo of the receipt or invoice for the care"))
    note = forms.CharField(
        label=_("Anything else we should know (optional)"),
        required=False,
        max_length=LONGEST_TEXT,
        widget=forms.Textarea,
        error_messages={"max_length": TOO_LONG},
    )
    confirm = forms.BooleanField(
        label=_("What I claim is true, and I have not claimed it from anyone else."),
        error_messages={"required": _("Tick the box to say what you claim is true")},
    )

    def __init__(self, *args, claim, **kwargs):
        self.claim = claim
        if claim.status == ExpenseClaim.Status.QUERIED:
            kwargs.setdefault("initial", initial_from(claim))
        super().__init__(*args, **kwargs)
        if not claim.time_rate:
            # Nothing to pay for time (a level for expenses only): nothing to choose.
            del self.fields["choice"]

    def clean_taxi_agreed_by(self):
        return " ".join(self.cleaned_data["taxi_agreed_by"].split())

    def clean(self):
        cleaned = super().clean()
        self._needs_receipt(
            cleaned,
            "public_transport_cost",
            "public_transport_receipt",
            _("Add a photo of your ticket or receipt, or leave the fares empty"),
        )
        self._needs_receipt(
            cleaned,
            "care_cost",
            "care_receipt",
            _("Add a photo of the receipt or invoice for the care, or leave the cost empty"),
        )
        if cleaned.get("taxi_cost"):
            if not cleaned.get("taxi_agreed"):
                self.add_error(
                    "taxi_agreed",
                    _(
                        "We can pay for a taxi only if we agreed it before. Tick the box if "
                        "we did."
                    ),
                )
            if not cleaned.get("taxi_agreed_by") and "taxi_agreed_by" not in self.errors:
                self.add_error("taxi_agreed_by", _("Say who agreed the taxi with you"))
        return cleaned

    def _needs_receipt(self, cleaned, cost, receipt, message):
        if receipt in self.errors or not cleaned.get(cost):
            return
        if not cleaned.get(receipt) and not getattr(self.claim, receipt):
            self.add_error(receipt, message)


def initial_from(claim):
    """A queried claim's answers, to change what we asked about and send it again."""
    return {
        "choice": claim.choice,
        "miles": claim.miles,
        "public_transport_cost": claim.public_transport_cost,
        "taxi_cost": claim.taxi_cost,
        "taxi_agreed": bool(claim.taxi_agreed_by),
        "taxi_agreed_by": claim.taxi_agreed_by,
        "care_cost": claim.care_cost,
        "note": claim.note,
    }


class DecisionForm(forms.Form):
    """The involvement team's decision: approve, ask a question, or reject, with the reason
    the person will read (needed unless approving). The time can be put right first."""

    DECISIONS = [
        (ExpenseClaim.Status.APPROVED, _("Approve")),
        (ExpenseClaim.Status.QUERIED, _("Ask a question")),
        (ExpenseClaim.Status.REJECTED, _("Reject")),
    ]

    decision = forms.ChoiceField(label=_("Decision"), choices=DECISIONS, widget=forms.RadioSelect)
    time_quantity = forms.DecimalField(
        label=_("Hours or sessions to pay"),
        min_value=0,
        max_value=100,
        max_digits=5,
        decimal_places=2,
    )
    reason = forms.CharField(
        label=_("Reason, in plain words"),
        required=False,
        max_length=LONGEST_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The person reads this. Needed to ask a question or to reject."),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") != ExpenseClaim.Status.APPROVED
            and not (cleaned.get("reason") or "").strip()
        ):
            self.add_error("reason", _("Give the reason, so the person knows what to do"))
        return cleaned
