"""Small numbers are never shown: a count under `SMALLEST_SHOWN` reads "fewer than 5"
everywhere (chart, table, comparison), so nobody can pick out a person from a small group or
work a hidden number out by subtraction."""

from django.utils.translation import gettext as _

SMALLEST_SHOWN = 5


def is_suppressed(count):
    return 0 < count < SMALLEST_SHOWN


def suppress(count):
    """What the page shows for `count`: the number, or "fewer than 5"."""
    if is_suppressed(count):
        return _("fewer than %(number)s") % {"number": SMALLEST_SHOWN}
    return count


def change(this, last):
    """How this quarter's count compares with last quarter's, or "not shown" when either is
    hidden (the difference would give the hidden number away)."""
    if is_suppressed(this) or is_suppressed(last):
        return _("not shown")
    difference = this - last
    if difference > 0:
        return _("up %(number)s") % {"number": difference}
    if difference < 0:
        return _("down %(number)s") % {"number": -difference}
    return _("no change")
