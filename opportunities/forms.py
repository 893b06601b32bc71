"""Old import path, kept until forums imports from the feature packages and the core
instead: `opportunities.registrations.forms.ContactDetailsMixin`,
`opportunities.taxonomy.forms.taxonomy_choices` (formerly `_taxonomy_choices`) and
`home.public_forms.recaptcha_enabled`; `clean_phone_number` lives in
`opportunities.registrations.forms`. The `ContactDetailsMixin` here keeps the reCAPTCHA and
honeypot helpers forms not yet on `home.public_forms.PublicFormMixin` use."""

from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV2Invisible

from home.public_forms import HONEYPOT_FIELD, recaptcha_enabled

from .registrations import forms as registrations_forms
from .registrations.forms import clean_phone_number
from .taxonomy.forms import _taxonomy_choices, taxonomy_choices


class ContactDetailsMixin(registrations_forms.ContactDetailsMixin):
    def add_recaptcha(self, use_recaptcha):
        if use_recaptcha:
            self.fields["captcha"] = ReCaptchaField(widget=ReCaptchaV2Invisible)

    @property
    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD))


__all__ = [
    "ContactDetailsMixin",
    "_taxonomy_choices",
    "clean_phone_number",
    "recaptcha_enabled",
    "taxonomy_choices",
]
