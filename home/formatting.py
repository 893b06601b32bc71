"""Dates, times, numbers and money in the reader's language: the one home for how the site
shows them. Templates use the filters in `home.templatetags.formatting_tags` (built in, so no
`{% load %}`); Python code calls these functions.

Django's own formats fall short for this site: it ships none for Punjabi and Urdu, gives
Bengali and Arabic 12-hour times, and its Portuguese month names are capitalised
("Dezembro"). So every language takes CLDR's forms through Babel (long and full dates,
the order of date and time, the words and dashes of a range, where the £ goes), with
three rules of the house on top:

- Digits are 0-9 in every language. The translators wrote their catalogues with 0-9;
  phone numbers, codes and times must stay dialable and copyable; and UK readers of Arabic,
  Urdu and Bengali meet Latin digits in every letter from the NHS. Babel writes dates with
  0-9 whatever the locale; numbers and money are asked for `numbering_system="latn"`
  (CLDR's `bn` would otherwise write ০১২). Month and day names stay in the language's words.
- Times are 24-hour (CLDR's `Hm` skeleton), as the site has always shown them.
- Money is pounds, written £ in every language: the reader lives in England, where every
  price says £ (CLDR would write "GBP" in Polish and "UK£" in Arabic). CLDR places the
  sign and the separators; whole pounds have no pence ("£25", as NHS and GOV.UK write it).

English keeps the house style of NHS.UK: "Friday 11 December 2026" (no comma after the
day) and ranges with "to", not a dash. A range is one message,
"%(start)s to %(end)s", so each translator can word it; until a
language's catalogue has it, CLDR's interval form ("10:00–12:30", "11–14 grudnia 2026")
is used, which is right in every language, right to left included.

Imports nothing of ours: home is the core.
"""

import datetime
import decimal
import functools
import numbers
import re

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import pgettext_lazy

# The site's language codes and the CLDR locale each reads in.
CLDR_LOCALES = {
    "en-gb": "en_GB",
    "pl": "pl",
    "ro": "ro",
    # The site's Punjabi is written in Gurmukhi (its name in the switcher is ਪੰਜਾਬੀ).
    "pa": "pa_Guru",
    # Most Urdu readers in England are of Pakistani heritage.
    "ur": "ur_PK",
    # The catalogue is European Portuguese in its spelling ("equipa", "planear").
    "pt": "pt_PT",
    # Modern Standard Arabic, no region: readers come from many countries.
    "ar": "ar",
    # Most Bengali readers in England are of Bangladeshi heritage.
    "bn": "bn_BD",
}

# Digits 0-9 everywhere (see the module's docstring).
NUMBERING_SYSTEM = "latn"
CURRENCY = "GBP"
CURRENCY_SIGN = "£"

# The forms a date can take. Each is a CLDR standard length or a skeleton (CLDR picks the
# order, words and punctuation of each language for it).
DATE_FORMS = {
    "long": "long",  # 8 December 2026
    "full": "full",  # Tuesday 8 December 2026
    "medium": "medium",  # 8 Dec 2026 (staff tables)
    "short": "short",  # 08/12/2026
    "day_month": "MMMMd",  # 8 December
    "weekday_day_month": "MMMMEEEEd",  # Tuesday 8 December
}
# The length of the date-and-time pattern that goes with each form of date.
DATETIME_LENGTHS = {"weekday_day_month": "full", "day_month": "long"}
# Skeletons for ranges between two dates, by form.
INTERVAL_SKELETONS = {
    "long": "yMMMMd",
    "full": "yMMMMEEEEd",
    "medium": "yMMMd",
    "short": "yMd",
    "day_month": "MMMMd",
    "weekday_day_month": "MMMMEEEEd",
}
TIME_SKELETON = "Hm"

# The house style where it differs from CLDR, as CLDR patterns.
HOUSE_STYLE = {
    "en_GB": {"full": "EEEE d MMMM y", "weekday_day_month": "EEEE d MMMM"},
}


@functools.cache
def _locale(code):
    return Locale.parse(CLDR_LOCALES.get(code.lower(), CLDR_LOCALES[settings.LANGUAGE_CODE]))


def cldr_locale(language=None):
    """The Babel locale for a site language code (the active language by default)."""
    return _locale(language or translation.get_language() or settings.LANGUAGE_CODE)


def _local(value):
    """An aware datetime in the site's time zone; anything else as it is."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _as_date(value):
    value = _local(value)
    return value.date() if isinstance(value, datetime.datetime) else value


def _date_text(value, form, locale):
    form = form if form in DATE_FORMS else "long"
    pattern = HOUSE_STYLE.get(str(locale), {}).get(form)
    if pattern:
        return babel_dates.format_date(value, pattern, locale=locale)
    spec = DATE_FORMS[form]
    if spec in ("long", "full", "medium", "short"):
        return babel_dates.format_date(value, spec, locale=locale)
    return babel_dates.format_date(value, _skeleton_pattern(spec, locale), locale=locale)


@functools.cache
def _skeleton_pattern(skeleton, locale):
    """CLDR's pattern for a skeleton. CLDR lists "MMMMEd" but not "MMMMEEEEd": the match
    is widened to the weekday's full name, as CLDR's matching rules say."""
    pattern = locale.datetime_skeletons[
        babel_dates.match_skeleton(skeleton, locale.datetime_skeletons)
    ].pattern
    if "EEEE" in skeleton:
        pattern = re.sub(r"E+", "EEEE", pattern)
    return pattern


def _time_text(value, locale):
    return babel_dates.format_skeleton(TIME_SKELETON, value, locale=locale)


def _join_date_and_time(date_text, time_text, form, locale):
    """The date and the time in the order and with the punctuation CLDR gives the locale
    (for example "{1}, {0}" in English, "{1}، {0}" in Arabic)."""
    length = DATETIME_LENGTHS.get(form, form if form in ("full", "long", "medium") else "short")
    pattern = str(locale.datetime_formats[length]).replace("'", "")
    return pattern.replace("{0}", time_text).replace("{1}", date_text)


RANGE = pgettext_lazy("a range of dates or times, from start to end", "%(start)s to %(end)s")


def _range(start_text, end_text, cldr_text=None):
    """From start to end. CLDR's interval where it has one ("8–11 grudnia 2026", with each
    language's own dash, order and shared parts), except in English, whose house style is
    "10:00 to 12:30"; the catalogue's wording of RANGE where CLDR has none (from a date and
    time to another date and time)."""
    english = (translation.get_language() or settings.LANGUAGE_CODE).lower().startswith("en")
    if cldr_text and not english:
        return cldr_text
    return RANGE % {"start": start_text, "end": end_text}


def local_date(value, form="long", language=None):
    """A date (or the date of a datetime, in the site's time zone) in the reader's
    language: "8 December 2026", pl "8 grudnia 2026", pt "8 de dezembro de 2026".
    `form`: long (the default), full (with the weekday), medium, short, day_month,
    weekday_day_month. Empty for no value."""
    if not value:
        return ""
    return _date_text(_as_date(value), form, cldr_locale(language))


def local_time(value, language=None):
    """A time of day, 24-hour: "10:00"."""
    if not value:
        return ""
    return _time_text(_local(value), cldr_locale(language))


def local_datetime(value, form="full", language=None):
    """A date and time: "Friday 11 December 2026, 10:00". `form` is the date's form."""
    if not value:
        return ""
    locale = cldr_locale(language)
    value = _local(value)
    return _join_date_and_time(
        _date_text(value.date(), form, locale), _time_text(value, locale), form, locale
    )


def local_date_range(start, end, form="long", language=None):
    """From one date to another as one phrase: "8 December 2026 to 11 December 2026",
    pl "8–11 grudnia 2026"."""
    if not start or not end:
        return local_date(start or end, form, language)
    start, end = _as_date(start), _as_date(end)
    if start == end:
        return local_date(start, form, language)
    with translation.override(language or translation.get_language()):
        locale = cldr_locale()
        skeleton = INTERVAL_SKELETONS.get(form, "yMMMMd")
        return _range(
            _date_text(start, form, locale),
            _date_text(end, form, locale),
            babel_dates.format_interval(start, end, skeleton, locale=locale),
        )


def local_time_range(start, end, language=None):
    """From one time to another: "10:00 to 12:30" (or CLDR's "10:00–12:30")."""
    if not start or not end:
        return local_time(start or end, language)
    with translation.override(language or translation.get_language()):
        locale = cldr_locale()
        start, end = _local(start), _local(end)
        start_time = start.time() if isinstance(start, datetime.datetime) else start
        end_time = end.time() if isinstance(end, datetime.datetime) else end
        return _range(
            _time_text(start_time, locale),
            _time_text(end_time, locale),
            babel_dates.format_interval(start_time, end_time, TIME_SKELETON, locale=locale),
        )


def local_datetime_range(start, end, form="full", language=None):
    """When something happens, as one phrase in the reader's word order: on one day,
    "Friday 11 December 2026, 10:00 to 12:30"; over several, both dates and times. With no
    end, just the start."""
    if not start:
        return ""
    if not end:
        return local_datetime(start, form, language)
    start, end = _local(start), _local(end)
    with translation.override(language or translation.get_language()):
        locale = cldr_locale()
        if start.date() == end.date():
            return _join_date_and_time(
                _date_text(start.date(), form, locale),
                local_time_range(start, end),
                form,
                locale,
            )
        start_text, end_text = local_datetime(start, form), local_datetime(end, form)
        return _range(start_text, end_text)


def local_number(value, language=None):
    """A number with the reader's separators and 0-9 digits: pl "1 234,5", en "1,234.5"."""
    if value is None or value == "":
        return ""
    if not isinstance(value, numbers.Number):
        try:
            value = decimal.Decimal(str(value))
        except decimal.InvalidOperation:
            return value
    return babel_numbers.format_decimal(
        value, locale=cldr_locale(language), numbering_system=NUMBERING_SYSTEM
    )


def local_money(amount, language=None):
    """An amount of pounds where the reader's language puts it: "£25", pl "25 £",
    pt "25 £", ar "‏25 £"; pence only when there are some ("£12.50")."""
    if amount is None or amount == "":
        return ""
    amount = decimal.Decimal(str(amount))
    locale = cldr_locale(language)
    pattern = locale.currency_formats["standard"].pattern
    # Only the number part of the pattern's first half (before any ";" for negatives) is
    # CLDR's; the sign is ours.
    pattern = pattern.split(";")[0].replace("¤", f"'{CURRENCY_SIGN}'")
    if amount == amount.to_integral_value():
        pattern = pattern.replace(".00", "")
    return babel_numbers.format_currency(
        amount,
        CURRENCY,
        format=pattern,
        locale=locale,
        currency_digits=False,
        numbering_system=NUMBERING_SYSTEM,
    )


def local_money_per(amount, message, language=None):
    """An amount of pounds for a unit of time in the reader's words: `message` (a
    `pgettext_lazy` with `%(amount)s`, one per unit) filled with the amount: "£25 an hour",
    pl "25 £ na godzinę". Every catalogue words each unit (tests/home/test_catalogues.py);
    CLDR has no "a session"."""
    if amount is None or amount == "":
        return ""
    with translation.override(language or translation.get_language()):
        return str(message) % {"amount": local_money(amount)}


# What a download is, in the reader's words, by its file extension: "TXT" or "DOCX" tells
# most people nothing. An extension not listed shows in capitals, as before.
FILE_KINDS = {
    "txt": translation.gettext_lazy("text file"),
    "doc": translation.gettext_lazy("Word document"),
    "docx": translation.gettext_lazy("Word document"),
    "odt": translation.gettext_lazy("Word document"),
    "rtf": translation.gettext_lazy("Word document"),
    "xls": translation.gettext_lazy("spreadsheet"),
    "xlsx": translation.gettext_lazy("spreadsheet"),
    "ods": translation.gettext_lazy("spreadsheet"),
    "csv": translation.gettext_lazy("spreadsheet"),
    "ppt": translation.gettext_lazy("slides"),
    "pptx": translation.gettext_lazy("slides"),
    "odp": translation.gettext_lazy("slides"),
    "pdf": "PDF",
}


def file_kind(extension):
    """A document's kind in plain words, from its file extension ("txt": "text file")."""
    extension = (extension or "").lower().lstrip(".")
    return str(FILE_KINDS.get(extension, extension.upper()))
