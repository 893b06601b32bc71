"""How much the public may write: every public field is bounded in the form and the model.

Django bounds a CharField in both, but a TextField only in its form field (`max_length`),
never in the model or the database: 2.4 MB of "access needs" was once stored and emailed.
A public TextField takes `max_length=LONGEST_TEXT` (its form field and the textarea's
`maxlength`) and `validators=max_length_validators()` (the model's `full_clean`, which every
ModelForm runs). `TOO_LONG` is the error, in the reader's language, that public forms give.

Imports nothing of ours: home is the core.
"""

from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

# One box of text (access needs, a message, an idea): about a page.
LONGEST_TEXT = 2000
TOO_LONG = _("Write %(limit_value)s characters or fewer. You wrote %(show_value)s.")


def max_length_validators(limit=LONGEST_TEXT):
    return [MaxLengthValidator(limit)]
