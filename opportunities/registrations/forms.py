"""Registering interest in one opportunity, and the contact details that joining the
register asks for too. The honeypot, submission key and reCAPTCHA are the core's
(`home.public_forms.PublicFormMixin`)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.phone_numbers import clean_phone_number
from home.public_forms import PublicFormMixin

from .models import Registration


class ContactDetailsMixin:
    """Name, email, phone and how to contact: kind to people who are not online (a phone
    number is enough). Shared by registering interest and joining the register."""

    def clean_phone(self):
        return clean_phone_number(self.cleaned_data["phone"])

    def clean_contact_details(self, cleaned):
        email, phone = cleaned.get("email"), cleaned.get("phone")
        method = cleaned.get("contact_method")
        if not email and not phone and "email" not in self.errors and "phone" not in self.errors:
            self.add_error("email", _("Enter an email address or a phone number"))
        elif (
            method == Registration.ContactMethod.EMAIL and not email and "email" not in self.errors
        ):
            self.add_error(
                "email", _("Enter an email address, or choose another way to contact you")
            )
        elif method in PHONE_METHODS and not phone and "phone" not in self.errors:
            self.add_error(
                "phone", _("Enter a phone number, or choose another way to contact you")
            )


PHONE_METHODS = {
    Registration.ContactMethod.PHONE,
    Registration.ContactMethod.TEXT,
    Registration.ContactMethod.PHONE_BACK,
}


class RegistrationForm(PublicFormMixin, ContactDetailsMixin, forms.ModelForm):
    """Register interest in one opportunity: a minute's work, kind to people who are not
    online, and safe against robots and double clicks."""

    class Meta:
        model = Registration
        fields = [
            "name",
            "email",
            "phone",
            "contact_method",
            "needs_interpreter",
            "interpreter_language",
            "bringing_supporter",
            "needs_quiet_room",
            "needs_travel_help",
            "access_needs",
            "message",
            "consent",
        ]
        labels = {
            "name": _("Your name"),
            "email": _("Email address"),
            "phone": _("Phone number"),
            "contact_method": _("How would you like us to contact you?"),
            "needs_interpreter": _("An interpreter"),
            "interpreter_language": _("Which language?"),
            "bringing_supporter": _("A carer or supporter coming with me"),
            "needs_quiet_room": _("A quiet room"),
            "needs_travel_help": _("Help with travel"),
            "access_needs": _("Anything else you need to take part (optional)"),
            "message": _("Anything you would like to tell us or ask (optional)"),
            "consent": _("I agree that the involvement team can contact me about this."),
        }
        help_texts = {
            "email": _("We will send a confirmation here."),
            "phone": _("We need an email address or a phone number. You can give both."),
            "access_needs": _(
                "For example: step-free access, large print, a British Sign Language (BSL) "
                "interpreter."
            ),
        }
        widgets = {
            "contact_method": forms.RadioSelect,
            "access_needs": forms.Textarea(attrs={"rows": 3}),
            "message": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "name": {"required": _("Enter your name")},
            "email": {"invalid": _("Enter an email address like name@example.com")},
            "contact_method": {"required": _("Choose how you would like us to contact you")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_method"].choices = Registration.ContactMethod.choices
        self.fields["consent"].required = True
        self.fields["consent"].error_messages["required"] = _(
            "Tick the box to say we can contact you, or we cannot reply"
        )

    def clean(self):
        cleaned = super().clean()
        self.clean_contact_details(cleaned)
        if (
            cleaned.get("needs_interpreter")
            and not cleaned.get("interpreter_language", "").strip()
        ):
            self.add_error("interpreter_language", _("Tell us which language you need"))
        return cleaned
