"""Spreadsheet-safe exports of what the public typed.

A value that starts with `=`, `+`, `-` or `@` is run as a formula when a spreadsheet opens a
CSV or XLSX file (`=HYPERLINK(...)` and friends). Every export of public input goes through
`escape_spreadsheet_formula`; Wagtail admin index views get it with
`SpreadsheetSafeExportMixin`.

Imports nothing of ours: home is the core.
"""

SPREADSHEET_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def escape_spreadsheet_formula(value):
    """The value as text, with a leading apostrophe when a spreadsheet would read it as a
    formula (the apostrophe makes it plain text and is not shown)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(SPREADSHEET_FORMULA_STARTS) else text


def escape_spreadsheet_list(items):
    """Several values in one cell, joined with "; ", escaped as one."""
    return escape_spreadsheet_formula("; ".join(str(item) for item in items))


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
        if isinstance(value, list):
            return escape_spreadsheet_list
        if isinstance(value, str):
            return escape_spreadsheet_formula
        return super().get_preprocess_function(field, value, export_format)
