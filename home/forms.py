"""home's own forms: the cookie choice and the site search box (public forms that create
records build on home.public_forms). Imports only home.cookies."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .cookies import ACCEPTED, REJECTED


class CookieConsentForm(forms.Form):
    consent = forms.ChoiceField(
        label=_("Do you want to allow optional cookies?"),
        choices=[
            (ACCEPTED, _("Yes, allow optional cookies")),
            (REJECTED, _("No, use only the cookies the site needs to work")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether to allow optional cookies")},
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("What are you looking for?"),
        max_length=200,
        required=False,
        error_messages={"max_length": _("Search for 200 characters or fewer")},
    )
