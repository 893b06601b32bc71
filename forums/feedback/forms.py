"""The public "Tell us about a service" form: which service, how it went, what would make it
better, and (only if the person wants a reply) how to reach them. Anonymous by default."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.phone_numbers import clean_phone_number
from home.public_forms import PublicFormMixin

from ..taxonomy import service_choices
from .models import ServiceFeedback

# The choice for "I do not know which service".
NOT_SURE = "not-sure"


class PublicFeedbackForm(PublicFormMixin, forms.ModelForm):
    """The services are offered in the reader's language, by slug (the same in every
    language; the list usually holds "Across the trust"); "Not sure" saves no service. A
    way to reply is asked for only when the box is ticked, and kept only then."""

    service = forms.ChoiceField(
        label=_("Which service is it about?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the service, or choose “Not sure”"),
            "invalid_choice": _("Choose a service from the list, or choose “Not sure”"),
        },
    )

    class Meta:
        model = ServiceFeedback
        fields = ["experience", "improvement", "wants_reply", "name", "email", "phone"]
        labels = {
            "experience": _("How did it go?"),
            "improvement": _("What would have made it better? (optional)"),
            "wants_reply": _("I would like a reply"),
            "name": _("Your name (optional)"),
            "email": _("Email address"),
            "phone": _("Phone number"),
        }
        help_texts = {
            "experience": _(
                "Tell us in your own words what happened and how it felt. Please do not "
                "name anyone."
            ),
            "wants_reply": _(
                "We do not need your name. Tick this only if you want us to contact you."
            ),
            "email": _("Give an email address or a phone number, or both."),
        }
        widgets = {
            "experience": forms.Textarea(attrs={"rows": 6}),
            "improvement": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "experience": {"required": _("Tell us how it went")},
            "email": {"invalid": _("Enter an email address like name@example.com")},
        }

    # As the page shows them, so the error summary lists the errors in the same order.
    field_order = ["service", "experience", "improvement", "wants_reply", "name", "email", "phone"]

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = [
            *service_choices(locale),
            (NOT_SURE, _("Not sure")),
        ]

    def clean_phone(self):
        return clean_phone_number(self.cleaned_data.get("phone", ""))

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("wants_reply"):
            # Anonymous unless a reply is wanted: nothing typed in the reply boxes is kept.
            for name in ("name", "email", "phone"):
                cleaned[name] = ""
                self.errors.pop(name, None)
        elif not (cleaned.get("email") or cleaned.get("phone")) and not (
            {"email", "phone"} & set(self.errors)
        ):
            self.add_error(
                "email", _("Enter an email address or a phone number, or untick the box")
            )
        return cleaned
