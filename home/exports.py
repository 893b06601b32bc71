"""Spreadsheet-safe exports of what the public typed.

A value that starts with `=`, `+`, `-` or `@` is run as a formula when a spreadsheet opens a
CSV or XLSX file (`=HYPERLINK(...)` and friends). Every export of public input goes through
`escape_spreadsheet_formula`; Wagtail admin index views get it with
`SpreadsheetSafeExportMixin`, which also writes yes-or-no fields as words and times in the
site's time zone to the minute.

Imports nothing of ours: home is the core.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext

SPREADSHEET_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def escape_spreadsheet_formula(value):
    """The value as text, with a leading apostrophe when a spreadsheet would read it as a
    formula (the apostrophe makes it plain text and is not shown)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(SPREADSHEET_FORMULA_STARTS) else text


def escape_spreadsheet_list(items):
    """Several values in one cell, joined with "; ", escaped as one."""
    return escape_spreadsheet_formula("; ".join(str(item) for item in items))


def yes_or_no(value):
    """A yes-or-no field as the word, in the language of the person exporting."""
    return gettext("Yes") if value else gettext("No")


def local_minute(value):
    """A time as people read it: the site's time zone, to the minute (2026-12-02 09:30)."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def local_naive(value):
    """For a spreadsheet cell (which has no time zone): the site's local time."""
    return timezone.make_naive(value).replace(microsecond=0) if timezone.is_aware(value) else value


# Excel reads a CSV file as the computer's old code page unless it starts with a byte-order
# mark: without it, every Urdu, Polish or Bengali name comes out garbled.
CSV_BYTE_ORDER_MARK = "\ufeff"


class SpreadsheetSafeExportMixin:
    """For a Wagtail `IndexView` with `list_export`: every text (and list of texts) in the
    CSV and XLSX exports is escaped, and the CSV starts with a byte-order mark; other values
    are exported as Wagtail does."""

    def stream_csv(self, queryset):
        yield CSV_BYTE_ORDER_MARK
        yield from super().stream_csv(queryset)

    def get_preprocess_function(self, field, value, export_format):
        # Before Wagtail's own, which write True, False and UTC times to the microsecond.
        if isinstance(value, bool):
            return yes_or_no
        if isinstance(value, datetime.datetime):
            return local_minute if export_format == "csv" else local_naive
        if isinstance(value, list):
            return escape_spreadsheet_list
        if isinstance(value, str):
            return escape_spreadsheet_formula
        return super().get_preprocess_function(field, value, export_format)
