import re

import phonenumbers
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .models import AUDIENCES, FORMATS, Area, Kind, Payment, Registration, TimeCommitment, Topic


def _taxonomy_choices(model, locale):
    """(slug, name) in the reader's language, or in the default language where the editors
    have not translated them yet. Slugs are the same in every language."""
    items = list(model.objects.filter(locale=locale).values_list("slug", "name"))
    if not items:
        items = list(model.objects.filter(locale=Locale.get_default()).values_list("slug", "name"))
    return sorted(items, key=lambda item: item[1])


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
        self.fields["topic"].choices = _taxonomy_choices(Topic, locale)
        self.fields["area"].choices = _taxonomy_choices(Area, locale)

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


# Ofcom keeps 07700 900 000-999 and 01632 960 000-999 for drama and examples (like the one in
# our error message): no phone has them, so phonenumbers calls them invalid. They are accepted,
# so the examples, the demo and the tests can use them without ever reaching a real person.
EXAMPLE_NUMBERS = re.compile(r"\+44(7700900|1632960)\d{3}")


def clean_phone_number(phone):
    """A UK or international number, however it is spaced or prefixed, in E.164 form:
    "07700 900123", "+44 (0)7700 900123" and "0044 7700 900123" are all "+447700900123".
    phonenumbers checks the number is one that can exist (length and prefixes, by country).
    Blank stays blank; the forms decide whether a number is needed."""
    phone = phone.strip()
    if not phone:
        return ""
    error = forms.ValidationError(_("Enter a phone number, like 07700 900 982"), code="phone")
    # phonenumbers reads letters as a keypad's ("0800 FLOWERS") and "ext" as an extension,
    # which E.164 cannot hold: a number with letters in it is asked for again.
    if any(char.isalpha() for char in phone):
        raise error
    try:
        number = phonenumbers.parse(phone, "GB")
    except phonenumbers.NumberParseException:
        raise error from None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not (phonenumbers.is_valid_number(number) or EXAMPLE_NUMBERS.fullmatch(e164)):
        raise error
    return e164


class ContactDetailsMixin:
    """Name, email, phone and how to contact: kind to people who are not online (a phone
    number is enough), and safe against robots (the honeypot) and double clicks (the
    submission key). Shared by registering interest and joining the register."""

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

    def add_recaptcha(self, use_recaptcha):
        if use_recaptcha:
            from django_recaptcha.fields import ReCaptchaField
            from django_recaptcha.widgets import ReCaptchaV2Invisible

            self.fields["captcha"] = ReCaptchaField(widget=ReCaptchaV2Invisible)

    @property
    def is_spam(self):
        return bool(self.data.get("website"))


PHONE_METHODS = {
    Registration.ContactMethod.PHONE,
    Registration.ContactMethod.TEXT,
    Registration.ContactMethod.PHONE_BACK,
}


class RegistrationForm(ContactDetailsMixin, forms.ModelForm):
    """Register interest in one opportunity: a minute's work, kind to people who are not
    online, and safe against robots and double clicks."""

    # Honeypot: hidden from people (see involve.css); robots fill every field they find.
    website = forms.CharField(required=False, label=_("Leave this empty"))
    submission_key = forms.UUIDField(widget=forms.HiddenInput)

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
            "access_needs": _("For example: step-free access, large print, a BSL interpreter."),
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

    def __init__(self, *args, use_recaptcha=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_method"].choices = Registration.ContactMethod.choices
        self.fields["consent"].required = True
        self.fields["consent"].error_messages["required"] = _(
            "Tick the box to say we can contact you, or we cannot reply"
        )
        self.add_recaptcha(use_recaptcha)

    def clean(self):
        cleaned = super().clean()
        self.clean_contact_details(cleaned)
        if (
            cleaned.get("needs_interpreter")
            and not cleaned.get("interpreter_language", "").strip()
        ):
            self.add_error("interpreter_language", _("Tell us which language you need"))
        return cleaned


def recaptcha_enabled(request):
    """reCAPTCHA only when keys are set and the visitor has allowed optional cookies."""
    from home.cookies import optional_cookies_allowed

    return bool(
        settings.RECAPTCHA_PUBLIC_KEY
        and settings.RECAPTCHA_PRIVATE_KEY
        and optional_cookies_allowed(request)
    )
