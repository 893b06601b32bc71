"""iCalendar (.ics) files, so a dated activity goes into a person's own calendar.

Built with the `icalendar` library, which escapes text and folds long lines (RFC 5545). Times
are written in UTC (`...Z`), which every calendar program reads without a time zone definition.
"""

import datetime

import icalendar
from django.http import HttpResponse
from django.utils import timezone


def _utc(moment):
    return moment.astimezone(datetime.UTC)


def _location(opportunity):
    """The venue's name and address on one line, "Online" for an online activity, else None."""
    venue = opportunity.venue
    if venue and venue.address:
        return ", ".join([venue.name, *venue.address.splitlines()])
    if opportunity.online:
        return "Online"
    return (venue.name if venue else "") or None


def calendar_for(opportunities, request):
    """The .ics text of every dated opportunity (or meeting) in `opportunities`."""
    now = _utc(timezone.now())
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//Involve//Opportunities//EN")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for opportunity in opportunities:
        if not opportunity.starts_at:
            continue
        url = opportunity.get_full_url(request)
        calendar.add_component(
            icalendar.Event.new(
                uid=f"opportunity-{opportunity.translation_key}@involve",
                stamp=now,
                start=_utc(opportunity.starts_at),
                end=_utc(opportunity.ends_at) if opportunity.ends_at else None,
                summary=opportunity.title,
                description=f"{opportunity.summary} {url}",
                url=url,
                location=_location(opportunity),
            )
        )
    return calendar.to_ical().decode()


def calendar_response(opportunities, request, filename):
    response = HttpResponse(
        calendar_for(opportunities, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
