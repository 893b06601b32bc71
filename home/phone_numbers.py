"""The one check for a phone number typed into a public form, so the register, a
registration and a format request all store the same number the same way (E.164).

Imports nothing of ours: home is the core.
"""

import re

import phonenumbers
from django import forms
from django.utils.translation import gettext_lazy as _

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


# Ofcom's drama range for mobiles (07700 900 000-999): a mobile for the examples and tests.
EXAMPLE_MOBILES = re.compile(r"\+447700900\d{3}")


def is_mobile(e164):
    """Whether a number stored by `clean_phone_number` can take a text message: a mobile
    (or, abroad, a number that may be one). A landline would only be refused by the text
    service, tried again and given up, so texts go to mobiles only."""
    if not e164:
        return False
    if EXAMPLE_MOBILES.fullmatch(e164):
        return True
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
