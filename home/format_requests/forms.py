"""The public form: which page, what the visitor would like it in, and an optional way to
reply. The honeypot, submission key and reCAPTCHA are the core's
(`home.public_forms.PublicFormMixin`)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from ..phone_numbers import clean_phone_number
from ..public_forms import PublicFormMixin
from .models import ANOTHER_LANGUAGE, CONTACT_DAYS, Format, FormatRequest, other_languages

NO_PAGE = _(
    "We could not tell which page you were reading. Go back to the page and choose "
    "“Ask for this page in your language, or in another format” again."
)


def askable_pages():
    """The pages a request can be about: live pages the public can reach (not the root)."""
    return Page.objects.live().public().filter(depth__gt=1)


class FormatRequestForm(PublicFormMixin, forms.ModelForm):
    """Ask for one page in another language or format: one choice, and a way to reply only
    if the visitor wants one."""

    page = forms.ModelChoiceField(
        # Set per form (see __init__): `public()` asks the database.
        queryset=Page.objects.none(),
        widget=forms.HiddenInput,
        error_messages={"required": NO_PAGE, "invalid_choice": NO_PAGE},
    )

    class Meta:
        model = FormatRequest
        fields = ["page", "wanted", "other_language", "email", "phone"]
        labels = {
            "wanted": _("What would you like this page in?"),
            "other_language": _("Which language?"),
            "email": _("Email address (optional)"),
            "phone": _("Phone number (optional)"),
        }
        help_texts = {
            "other_language": _("Only if you chose another language."),
        }
        widgets = {"wanted": forms.RadioSelect}
        error_messages = {
            "wanted": {"required": _("Choose a language or a format")},
            "email": {"invalid": _("Enter an email address like name@example.com")},
        }

    contact_days = CONTACT_DAYS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = askable_pages()
        self.fields["wanted"].choices = self.fields["wanted"].choices[1:]  # no blank choice
        for name, length in (("other_language", 80), ("phone", 40)):
            self.fields[name].error_messages["max_length"] = _(
                "Use %(limit)d characters or fewer"
            ) % {"limit": length}

    def clean_phone(self):
        return clean_phone_number(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        # The page travels in a hidden field: its error is the form's, not a field's.
        if "page" in self._errors:
            for error in self._errors.pop("page"):
                self.add_error(None, error)
        wanted = cleaned.get("wanted")
        other = cleaned.get("other_language", "").strip()
        if wanted == ANOTHER_LANGUAGE and not other and "other_language" not in self.errors:
            self.add_error("other_language", _("Tell us which language you would like"))
        elif wanted and wanted != ANOTHER_LANGUAGE:
            cleaned["other_language"] = ""
        return cleaned

    def options(self):
        """The choices as the template shows them: (bound radio, the language's code and its
        own name for a language, else None and None), and whether a divider ("or") comes
        before it (the first format)."""
        languages = dict(other_languages())
        # settings.LANGUAGES names each language in its own words.
        own_names = dict(settings.LANGUAGES)
        first_format = Format.values[0]
        for choice in self["wanted"]:
            value = choice.data["value"]
            code = value if value in languages else None
            yield choice, code, own_names.get(code), value == first_format
