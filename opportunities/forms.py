"""Old import path, kept until forums imports from the feature packages instead:
`opportunities.registrations.forms` (`ContactDetailsMixin`, `recaptcha_enabled`) and
`opportunities.taxonomy.forms` (`taxonomy_choices`, formerly `_taxonomy_choices`)."""

from .registrations.forms import ContactDetailsMixin, recaptcha_enabled
from .taxonomy.forms import _taxonomy_choices, taxonomy_choices

__all__ = ["ContactDetailsMixin", "_taxonomy_choices", "recaptcha_enabled", "taxonomy_choices"]
