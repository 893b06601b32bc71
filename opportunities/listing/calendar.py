"""iCalendar (.ics) files, so a dated activity goes into a person's own calendar.

Written by hand: the format is small (RFC 5545) and a library would be a dependency for
forty lines.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone


def _escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line):
    """Lines longer than 75 octets continue on the next line after a space."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode()
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += piece
    parts.append(current.decode())
    return "\r\n ".join(parts)


def _stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_for(opportunities, request):
    now = _stamp(timezone.now())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Involve//Opportunities//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for opportunity in opportunities:
        if not opportunity.starts_at:
            continue
        where = opportunity.venue.name if opportunity.venue else ""
        if opportunity.venue and opportunity.venue.address:
            where += ", " + ", ".join(opportunity.venue.address.splitlines())
        elif opportunity.online:
            where = "Online"
        url = opportunity.get_full_url(request)
        event = [
            "BEGIN:VEVENT",
            f"UID:opportunity-{opportunity.translation_key}@involve",
            f"DTSTAMP:{now}",
            f"DTSTART:{_stamp(opportunity.starts_at)}",
        ]
        if opportunity.ends_at:
            event.append(f"DTEND:{_stamp(opportunity.ends_at)}")
        event += [
            f"SUMMARY:{_escape(opportunity.title)}",
            f"DESCRIPTION:{_escape(opportunity.summary + ' ' + url)}",
            f"URL:{url}",
        ]
        if where:
            event.append(f"LOCATION:{_escape(where)}")
        event.append("END:VEVENT")
        lines += event
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def calendar_response(opportunities, request, filename):
    response = HttpResponse(
        calendar_for(opportunities, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
