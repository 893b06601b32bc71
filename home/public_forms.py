"""What every public form shares: a honeypot for robots, a submission key so a double click
makes one record, and reCAPTCHA when it may be used.

reCAPTCHA is added only when its keys are set and the visitor has allowed optional cookies
(UK cookie law, PECR: see home.cookies); otherwise the honeypot and the rate limits
(home.ratelimit) stand alone. `home.public_post` handles the POST of such a form.

Imports only home.cookies: home is the core.
"""

import uuid

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV2Invisible

from .cookies import optional_cookies_allowed
from .text_limits import TOO_LONG

HONEYPOT_FIELD = "website"
SUBMISSION_KEY_FIELD = "submission_key"
CAPTCHA_FIELD = "captcha"
# What differs between two sendings of the same answers (a new reCAPTCHA response each time).
_NOT_THE_ANSWERS = {
    "csrfmiddlewaretoken",
    "g-recaptcha-response",
    CAPTCHA_FIELD,
    HONEYPOT_FIELD,
    SUBMISSION_KEY_FIELD,
}


def recaptcha_enabled(request):
    """reCAPTCHA only when keys are set and the visitor has allowed optional cookies."""
    return bool(
        settings.RECAPTCHA_PUBLIC_KEY
        and settings.RECAPTCHA_PRIVATE_KEY
        and optional_cookies_allowed(request)
    )


class PublicFormMixin(forms.Form):
    """Put it first among a public form's bases: `class JoinForm(PublicFormMixin,
    forms.ModelForm)`. Its fields come after the form's own.

    - `website`, a honeypot: hidden from people (see involve.css and the template
      `opportunities/register/honeypot.html`); robots fill every field they find, and
      `is_spam` says so.
    - `submission_key`, a hidden UUID given to each new form: the record it makes is saved
      against it (home.public_post.save_once), so sending the same form twice saves once.
      A page kept in the cache (home/page_cache/) gives many visitors the same UUID, so the
      key saved is the UUID combined with what was sent: a double click sends the same and
      saves once, two people sending their own answers save two.
    - `captcha`, an invisible reCAPTCHA, when `use_recaptcha` (see `recaptcha_enabled`).

    A form that needs no submission key (nothing is created twice by sending it again) sets
    `uses_submission_key = False`; one with nothing to hide a honeypot in (a single button)
    sets `uses_honeypot = False`.
    """

    uses_honeypot = True
    uses_submission_key = True

    website = forms.CharField(required=False, max_length=200, label=_("Leave this empty"))
    submission_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, use_recaptcha=False, **kwargs):
        super().__init__(*args, **kwargs)
        # After the form's own fields, whatever the order of its bases.
        for name in (HONEYPOT_FIELD, SUBMISSION_KEY_FIELD):
            self.fields[name] = self.fields.pop(name)
        if not self.uses_honeypot:
            del self.fields[HONEYPOT_FIELD]
        if not self.uses_submission_key:
            del self.fields[SUBMISSION_KEY_FIELD]
        elif not self.is_bound and SUBMISSION_KEY_FIELD not in self.initial:
            self.initial[SUBMISSION_KEY_FIELD] = uuid.uuid4()
        if use_recaptcha:
            self.fields[CAPTCHA_FIELD] = ReCaptchaField(widget=ReCaptchaV2Invisible)
        for field in self.fields.values():
            if getattr(field, "max_length", None):
                field.error_messages.setdefault("max_length", TOO_LONG)

    def clean_submission_key(self):
        sent = sorted(
            (name, self.data.getlist(name) if hasattr(self.data, "getlist") else [self.data[name]])
            for name in self.data
            if name not in _NOT_THE_ANSWERS
        )
        return uuid.uuid5(self.cleaned_data[SUBMISSION_KEY_FIELD], repr(sent))

    @classmethod
    def for_request(cls, request, **kwargs):
        """The form for this request: bound to the POST on a POST, else empty (with a fresh
        submission key); with reCAPTCHA when the request allows it."""
        kwargs.setdefault("use_recaptcha", recaptcha_enabled(request))
        if request.method == "POST":
            return cls(request.POST, request.FILES, **kwargs)
        return cls(**kwargs)

    @property
    def is_spam(self):
        """True when the honeypot was filled in: a robot. Say thank you and save nothing."""
        return self.uses_honeypot and bool(self.data.get(self.add_prefix(HONEYPOT_FIELD)))
