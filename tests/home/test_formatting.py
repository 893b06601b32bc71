"""Dates, times, numbers and money in each language's own form (home.formatting and its
template filters): CLDR's month and day names, 0-9 digits everywhere, 24-hour times, a range
as one phrase."""

import datetime
import re
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from home.formatting import (
    local_date,
    local_date_range,
    local_datetime,
    local_datetime_range,
    local_money,
    local_money_per,
    local_number,
    local_time,
)
from opportunities.taxonomy.models import RATE_MESSAGES, PaymentUnit

DAY = datetime.date(2026, 12, 8)
# Any digit that is not 0-9: Arabic-Indic, Extended (Urdu, Persian), Bengali, Gurmukhi.
OTHER_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef\u0a66-\u0a6f]")


def at(hour, minute=0, day=11):
    return timezone.make_aware(datetime.datetime(2026, 12, day, hour, minute))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-gb", "8 December 2026"),
        ("pl", "8 grudnia 2026"),  # the genitive, not Django's "8 Grudzień 2026"
        ("ro", "8 decembrie 2026"),
        ("pa", "8 ਦਸੰਬਰ 2026"),
        ("ur", "8 دسمبر، 2026"),
        ("pt", "8 de dezembro de 2026"),  # not Django's "8 Dezembro 2026"
        ("ar", "8 ديسمبر 2026"),
        ("bn", "8 ডিসেম্বর, 2026"),
    ],
)
def test_each_language_writes_a_date_in_its_own_words_with_0_to_9(language, expected):
    assert local_date(DAY, language=language) == expected
    assert not OTHER_DIGITS.search(local_date(DAY, "full", language=language))


@pytest.mark.parametrize(
    ("language", "weekday"),
    [
        ("en-gb", "Tuesday 8 December 2026"),
        ("pl", "wtorek, 8 grudnia 2026"),
        ("pt", "terça-feira, 8 de dezembro de 2026"),
        ("ar", "الثلاثاء، 8 ديسمبر 2026"),
        ("ur", "منگل، 8 دسمبر، 2026"),
        ("bn", "মঙ্গলবার, 8 ডিসেম্বর, 2026"),
        ("pa", "ਮੰਗਲਵਾਰ, 8 ਦਸੰਬਰ 2026"),
    ],
)
def test_a_date_with_its_weekday_keeps_the_weekday(language, weekday):
    assert local_date(DAY, "full", language=language) == weekday


def test_times_are_24_hour_in_every_language_and_in_the_site_time_zone():
    summer = timezone.make_aware(datetime.datetime(2026, 7, 1, 14, 5))
    for language in ["en-gb", "pl", "ro", "pa", "ur", "pt", "ar", "bn"]:
        assert local_time(summer.astimezone(datetime.UTC), language=language) == "14:05"


def test_a_date_and_time_in_english_keeps_the_house_style():
    assert local_datetime(at(10)) == "Friday 11 December 2026, 10:00"
    assert local_datetime(at(10), "weekday_day_month") == "Friday 11 December, 10:00"
    assert local_date(at(10), "day_month") == "11 December"


def test_a_time_range_is_one_phrase_in_each_language():
    with translation.override("en-gb"):
        assert (
            local_datetime_range(at(10), at(12, 30)) == "Friday 11 December 2026, 10:00 to 12:30"
        )
    # Without a translation of the range, CLDR's own form.
    with translation.override("pl"):
        assert local_datetime_range(at(10), at(12, 30)) == "piątek, 11 grudnia 2026 10:00–12:30"
    with translation.override("ar"):
        text = local_datetime_range(at(10), at(12, 30))
    # Arabic: the weekday first (it reads right to left), the Arabic comma, 0-9, no English.
    assert text == "الجمعة، 11 ديسمبر 2026، 10:00–12:30"
    assert "to" not in text


def test_a_range_over_two_days_names_both():
    with translation.override("en-gb"):
        assert local_datetime_range(at(10), at(12, 30, day=12)) == (
            "Friday 11 December 2026, 10:00 to Saturday 12 December 2026, 12:30"
        )
    assert local_datetime_range(at(10), None, language="pl") == "piątek, 11 grudnia 2026 10:00"


def test_a_date_range_is_one_phrase_in_each_language():
    end = datetime.date(2026, 12, 11)
    with translation.override("en-gb"):
        assert local_date_range(DAY, end) == "8 December 2026 to 11 December 2026"
    with translation.override("pl"):
        assert local_date_range(DAY, end) == "8–11 grudnia 2026"
    with translation.override("ar"):
        assert local_date_range(DAY, end) == "8–11 ديسمبر 2026"


def test_numbers_take_the_languages_separators_and_0_to_9():
    assert local_number(1234.5, language="en-gb") == "1,234.5"
    assert local_number(1234.5, language="pl") == "1\xa0234,5"
    assert local_number(1234, language="ro") == "1.234"
    for language in ["ar", "bn", "ur", "pa"]:
        assert not OTHER_DIGITS.search(local_number(1234567, language=language)), language
    assert local_number(None) == ""


@pytest.mark.parametrize(
    ("language", "whole", "pence"),
    [
        ("en-gb", "£25", "£12.50"),
        ("pl", "25\xa0£", "12,50\xa0£"),
        ("pt", "25\xa0£", "12,50\xa0£"),
        ("ar", "\u200f25\xa0£", "\u200f12.50\xa0£"),
        ("bn", "25£", "12.50£"),
    ],
)
def test_money_is_pounds_where_each_language_puts_the_sign(language, whole, pence):
    assert local_money(Decimal("25.00"), language=language) == whole
    assert local_money("12.5", language=language) == pence


def test_a_rate_of_pay_is_worded_by_each_language():
    hour = RATE_MESSAGES[PaymentUnit.HOUR]
    assert local_money_per(25, hour, language="en-gb") == "£25 an hour"
    assert local_money_per(25, hour, language="pl") == "25\xa0£ na godzinę"
    session = RATE_MESSAGES[PaymentUnit.SESSION]
    assert local_money_per(40, session, language="en-gb") == "£40 a session"
    for language in ["pt", "ar", "ur", "bn"]:
        worded = local_money_per(40, session, language=language)
        assert local_money(40, language=language) in worded
        assert "session" not in worded


def test_the_filters_are_in_every_template_without_a_load():
    template = Template(
        "{{ day|local_date }} | {{ day|local_date:'full' }} | {{ start|local_datetime }} | "
        "{{ start|local_datetime_range:end }} | {{ votes|local_number }} | {{ pay|local_money }}"
    )
    context = Context(
        {"day": DAY, "start": at(10), "end": at(12, 30), "votes": 1234, "pay": Decimal(25)}
    )
    with translation.override("pt"):
        assert template.render(context) == (
            "8 de dezembro de 2026 | terça-feira, 8 de dezembro de 2026 | "
            "sexta-feira, 11 de dezembro de 2026, 10:00 | "
            "sexta-feira, 11 de dezembro de 2026, 10:00\u2009–\u200912:30 | 1\xa0234 | 25\xa0£"
        )


def test_a_translators_message_takes_the_date_in_its_language():
    """The catalogues' messages with a date in them (compiled at install) get the date in
    the same language, so the sentence reads as one."""
    template = Template(
        "{% load i18n %}{% blocktranslate with closes=day|local_date %}"
        "Voting is open until {{ closes }}.{% endblocktranslate %}"
    )
    with translation.override("pl"):
        text = template.render(Context({"day": DAY}))
    if text.startswith("Voting"):
        pytest.skip("the catalogues are not compiled (make compiles them)")
    assert text == "Głosowanie trwa do 8 grudnia 2026."
