"""Bank holidays in England and Wales, and the demo's dates on every day it could be loaded:
its meetings and opportunities fall on working days, outside the Christmas break, at hours
people can come, whatever the day (the demo once loaded fine one day and not the next)."""

import datetime

from django.utils import timezone

from forums.meetings import demo as meetings_demo
from home.demo_data import demo_path, event_day, in_christmas_break, read_yaml
from home.working_days import bank_holidays, is_working_day, next_working_day
from opportunities.listing import demo as listing_demo


def test_bank_holidays_of_england_and_wales():
    assert bank_holidays(2026) == {
        datetime.date(2026, 1, 1),
        datetime.date(2026, 4, 3),  # Good Friday
        datetime.date(2026, 4, 6),  # Easter Monday
        datetime.date(2026, 5, 4),
        datetime.date(2026, 5, 25),
        datetime.date(2026, 8, 31),
        datetime.date(2026, 12, 25),
        datetime.date(2026, 12, 28),  # Boxing Day falls on a Saturday
    }
    # Christmas on a Saturday: both days move to the Monday and Tuesday.
    assert {datetime.date(2027, 12, 27), datetime.date(2027, 12, 28)} <= bank_holidays(2027)
    # New Year's Day on a Saturday (2028 starts on one) moves to the Monday.
    assert datetime.date(2028, 1, 3) in bank_holidays(2028)
    assert not is_working_day(datetime.date(2026, 12, 28))
    assert next_working_day(datetime.date(2026, 12, 24)) == datetime.date(2026, 12, 24)
    assert next_working_day(datetime.date(2026, 12, 25)) == datetime.date(2026, 12, 29)
    assert event_day(datetime.date(2026, 12, 23)) == datetime.date(2026, 12, 23)
    assert event_day(datetime.date(2026, 12, 24)) == datetime.date(2027, 1, 4)


def _sensible(starts_at, ends_at, young=False):
    start = timezone.localtime(starts_at)
    day = start.date()
    ok = is_working_day(day) and not in_christmas_break(day)
    ok = ok and datetime.time(9) <= start.time() <= datetime.time(20)
    if young:
        ok = ok and start.time() >= datetime.time(15, 30)
    if ends_at:
        end = timezone.localtime(ends_at)
        ok = ok and start < end and end.date() == day and end.time() <= datetime.time(21, 30)
    return ok


def test_demo_dates_are_sensible_on_whichever_day_it_is_loaded():
    opportunities = read_yaml(demo_path("opportunities", "listing", "opportunities.yaml"))[
        "opportunities"
    ]
    forums = meetings_demo.demo.FORUMS
    first = datetime.date(2026, 1, 1)
    wrong = []
    for offset in range(2 * 366):
        today = first + datetime.timedelta(days=offset)
        for number, item in enumerate(opportunities):
            starts_at, ends_at = listing_demo.event_times(item, today, number)
            if starts_at and not _sensible(starts_at, ends_at, item.get("for_young_people")):
                wrong.append((today, item["slug"], starts_at, ends_at))
        for round_start in meetings_demo.round_starts(today):
            for number, forum in enumerate(forums):
                day = meetings_demo.meeting_day(round_start, number)
                if not _sensible(*meetings_demo.meeting_times(forum, day)):
                    wrong.append((today, forum["slug"], day))
    assert wrong[:5] == []
