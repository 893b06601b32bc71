"""Filters that show dates, times, numbers and money in the reader's language (see
`home.formatting`, which says how each language's form is chosen).

Built into every template (settings' `TEMPLATES` `builtins`), so no `{% load %}`:

    {{ page.closing_date|local_date }}                  8 December 2026
    {{ page.closing_date|local_date:"full" }}           Tuesday 8 December 2026
    {{ meeting.starts_at|local_datetime }}              Friday 11 December 2026, 10:00
    {{ meeting.starts_at|local_datetime_range:meeting.ends_at }}
                                                        Friday 11 December 2026, 10:00 to 12:30
    {{ round.opens_at|local_date_range:round.closes_at }}
    {{ meeting.starts_at|local_time }}                  10:00
    {{ votes|local_number }}                            1,234
    {{ amount|local_money }}                            £25
    {{ document.file_extension|file_kind }}             text file

Date forms: long (the default), full (with the weekday), medium and short (staff tables),
day_month, weekday_day_month.
"""

from django import template

from home import formatting

register = template.Library()


@register.filter
def local_date(value, form="long"):
    return formatting.local_date(value, form)


@register.filter
def local_datetime(value, form="full"):
    return formatting.local_datetime(value, form)


@register.filter
def local_time(value):
    return formatting.local_time(value)


@register.filter
def local_date_range(start, end):
    return formatting.local_date_range(start, end)


@register.filter
def local_time_range(start, end):
    return formatting.local_time_range(start, end)


@register.filter
def local_datetime_range(start, end):
    return formatting.local_datetime_range(start, end)


@register.filter
def local_number(value):
    return formatting.local_number(value)


@register.filter
def local_money(value):
    return formatting.local_money(value)


@register.filter
def file_kind(extension):
    return formatting.file_kind(extension)
