"""Working days in England and Wales: weekdays that are not bank holidays.

The trust plans meetings on working days only (staff, venues and the advice service are not
there on a bank holiday), and the demo dates its events from the day it is loaded, so it
needs to know them for any year. The regular bank holidays are computed here, Easter with
dateutil; the one-off ones a government announces (a coronation, a jubilee) are not known
in advance and are left out.

Imports nothing from the apps.
"""

import datetime
from functools import lru_cache

from dateutil.easter import easter

ONE_DAY = datetime.timedelta(days=1)


def _first_monday(year, month):
    day = datetime.date(year, month, 1)
    return day + datetime.timedelta(days=(7 - day.weekday()) % 7)


def _last_monday(year, month):
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    day = following - ONE_DAY
    return day - datetime.timedelta(days=day.weekday())


def _substitute(day, taken):
    """A bank holiday that falls at a weekend moves to the next weekday not already taken."""
    while day.weekday() >= 5 or day in taken:
        day += ONE_DAY
    return day


@lru_cache(maxsize=64)
def bank_holidays(year):
    """The bank holidays of England and Wales in `year`, as a frozenset of dates."""
    sunday = easter(year)
    days = {
        _substitute(datetime.date(year, 1, 1), set()),
        sunday - 2 * ONE_DAY,  # Good Friday
        sunday + ONE_DAY,  # Easter Monday
        _first_monday(year, 5),  # early May
        _last_monday(year, 5),  # spring
        _last_monday(year, 8),  # summer
    }
    christmas = _substitute(datetime.date(year, 12, 25), set())
    boxing_day = _substitute(datetime.date(year, 12, 26), {christmas})
    return frozenset(days | {christmas, boxing_day})


def is_bank_holiday(day):
    return day in bank_holidays(day.year)


def is_working_day(day):
    return day.weekday() < 5 and not is_bank_holiday(day)


def next_working_day(day):
    """`day` itself if it is a working day, or the first working day after it."""
    while not is_working_day(day):
        day += ONE_DAY
    return day
