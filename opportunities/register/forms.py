"""The register's public forms: joining (a minute), the optional questions after it, the
equality questions with their own consent, and asking for a fresh link."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.languages import default_locale
from home.phone_numbers import clean_phone_number
from home.public_forms import PublicFormMixin
from home.text_limits import TOO_LONG

from ..registrations.forms import ContactDetailsMixin
from ..registrations.models import Registration
from ..taxonomy.forms import taxonomy_choices
from ..taxonomy.models import FORMATS, Area, Topic
from .equality import EqualityMonitoring
from .models import ROLES, Person


class JoinForm(PublicFormMixin, ContactDetailsMixin, forms.ModelForm):
    """The first step: who you are and how to reach you. Nothing else is needed to join."""

    consent = forms.BooleanField(
        label=_(
            "I agree that the involvement team can keep these details and contact me "
            "about ways to get involved."
        ),
        error_messages={"required": _("Tick the box to agree, or we cannot add you")},
    )

    class Meta:
        model = Person
        fields = ["name", "email", "phone", "contact_method"]
        labels = {
            "name": _("Your name"),
            "email": _("Email address"),
            "phone": _("Phone number"),
            "contact_method": _("How would you like us to contact you?"),
        }
        help_texts = {
            "email": _("We will send you a link to confirm. Only then are you on the register."),
            "phone": _(
                "We need an email address or a phone number. If you give only a phone "
                "number, we will ring you to check."
            ),
        }
        widgets = {"contact_method": forms.RadioSelect}
        error_messages = {
            "name": {"required": _("Enter your name")},
            "email": {"invalid": _("Enter an email address like name@example.com")},
            "contact_method": {"required": _("Choose how you would like us to contact you")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_method"].choices = Registration.ContactMethod.choices

    def clean(self):
        cleaned = super().clean()
        self.clean_contact_details(cleaned)
        return cleaned


class PreferencesForm(forms.ModelForm):
    """The optional second step, and later the person's own changes: what they would like
    to hear about, how they like to take part, what they need and what they bring."""

    topics = forms.MultipleChoiceField(
        label=_("What are you interested in?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none to hear about everything."),
    )
    areas = forms.MultipleChoiceField(
        label=_("Where could you take part?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none if anywhere is fine, or if you only take part from home."),
    )
    ways = forms.MultipleChoiceField(
        label=_("How do you like to take part?"),
        choices=list(FORMATS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    roles = forms.MultipleChoiceField(
        label=_("What would you like to do?"),
        choices=list(ROLES.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Person
        fields = [
            "language",
            "relationship",
            "access_needs",
            "skills",
            "emergency_contact_name",
            "emergency_contact_phone",
        ]
        labels = {
            "language": _("Which language would you like us to write to you in?"),
            "relationship": _("Do you use mental health services, or care for someone who does?"),
            "access_needs": _("Is there anything you need to take part? (optional)"),
            "skills": _("What skills and experience do you bring? (optional)"),
            "emergency_contact_name": _("Emergency contact's name (optional)"),
            "emergency_contact_phone": _("Emergency contact's phone number (optional)"),
        }
        help_texts = {
            "language": _("If we have it in your language, we will use it."),
            "access_needs": _("For example: large print, step-free access, a quiet room."),
            "skills": _(
                "For example: you have sat on an interview panel, you speak Urdu, you are "
                "good with numbers. This helps us find the right role for you."
            ),
            "emergency_contact_name": _(
                "Only if you chose in person. We would call them only in an emergency while "
                "you are with us."
            ),
        }
        widgets = {
            "language": forms.RadioSelect,
            "relationship": forms.RadioSelect,
            "access_needs": forms.Textarea(attrs={"rows": 3}),
            "skills": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.get_active()
        self.fields["topics"].choices = taxonomy_choices(Topic, locale)
        self.fields["areas"].choices = taxonomy_choices(Area, locale)
        self.fields["language"].choices = settings.LANGUAGES
        self.fields["relationship"].choices = [
            choice for choice in self.fields["relationship"].choices if choice[0]
        ]
        self.fields["relationship"].required = False
        person = self.instance
        if person.pk and not self.is_bound:
            self.initial["topics"] = list(person.topics.values_list("slug", flat=True))
            self.initial["areas"] = list(person.areas.values_list("slug", flat=True))
            self.initial["ways"] = [name for name in FORMATS if getattr(person, name)]
            self.initial["roles"] = [name for name in ROLES if getattr(person, name)]

    def clean_emergency_contact_phone(self):
        return clean_phone_number(self.cleaned_data["emergency_contact_phone"])

    def clean(self):
        cleaned = super().clean()
        # An emergency contact is only needed, so only kept, for in-person activities.
        if "in_person" not in cleaned.get("ways", []):
            cleaned["emergency_contact_name"] = ""
            cleaned["emergency_contact_phone"] = ""
        return cleaned

    def save(self, commit=True):
        person = super().save(commit=False)
        for name in FORMATS:
            setattr(person, name, name in self.cleaned_data["ways"])
        for name in ROLES:
            setattr(person, name, name in self.cleaned_data["roles"])
        person.emergency_contact_name = self.cleaned_data["emergency_contact_name"]
        person.emergency_contact_phone = self.cleaned_data["emergency_contact_phone"]
        # Stored against the default language's topics: slugs are the same everywhere.
        # (Parental many-to-many fields are written by the save that follows.)
        default = default_locale()
        person.topics.set(
            Topic.objects.filter(locale=default, slug__in=self.cleaned_data["topics"])
        )
        person.areas.set(Area.objects.filter(locale=default, slug__in=self.cleaned_data["areas"]))
        if commit:
            person.save()
        return person


class ContactForm(ContactDetailsMixin, forms.ModelForm):
    """The person changes their own name, phone and how to contact them. Email is not here:
    a new address must be confirmed, so they join again with it."""

    class Meta:
        model = Person
        fields = ["name", "phone", "contact_method"]
        labels = JoinForm.Meta.labels
        widgets = JoinForm.Meta.widgets
        error_messages = JoinForm.Meta.error_messages

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_method"].choices = Registration.ContactMethod.choices

    def clean(self):
        cleaned = super().clean()
        cleaned["email"] = self.instance.email
        self.clean_contact_details(cleaned)
        return cleaned


PREFER_NOT_TO_SAY = (EqualityMonitoring.PREFER_NOT_TO_SAY, _("I would rather not say"))


class EqualityForm(forms.ModelForm):
    """Optional equality questions with their own consent. Blank answers store nothing."""

    consent = forms.BooleanField(
        label=_(
            "I agree that you can keep these answers, apart from my contact details, to "
            "check that you hear from everyone."
        ),
        required=False,
    )

    class Meta:
        model = EqualityMonitoring
        fields = list(EqualityMonitoring.QUESTIONS)
        labels = {
            "ethnicity": _("What is your ethnic group?"),
            "disability": _(
                "Do you have a physical or mental health condition or illness that has lasted "
                "or is expected to last 12 months or more?"
            ),
            "age_band": _("How old are you?"),
            "sex": _("What is your sex?"),
            "gender_identity": _(
                "Is the gender you identify with the same as your sex registered at birth?"
            ),
            "sexual_orientation": _("Which of these best describes your sexual orientation?"),
            "religion": _("What is your religion or belief?"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in EqualityMonitoring.QUESTIONS.items():
            self.fields[name] = forms.ChoiceField(
                label=self.fields[name].label,
                choices=[*choices.choices, PREFER_NOT_TO_SAY],
                required=False,
                widget=forms.RadioSelect,
            )
        if self.instance.pk and not self.is_bound:
            self.initial["consent"] = True

    @property
    def has_answers(self):
        return any(self.cleaned_data.get(name) for name in EqualityMonitoring.QUESTIONS)

    def clean(self):
        cleaned = super().clean()
        if self.has_answers and not cleaned.get("consent"):
            self.add_error(
                "consent",
                _("Tick the box to agree we can keep your answers, or leave the questions blank"),
            )
        return cleaned


class NewLinkForm(forms.Form):
    email = forms.EmailField(
        max_length=254,
        label=_("Email address"),
        help_text=_("The address you joined with."),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address like name@example.com"),
            "max_length": TOO_LONG,
        },
    )
