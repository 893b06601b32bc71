"""The numbers a "What you told us" page shows, taken from the themes once, when the page is
prepared, so that a later re-run of the themes never changes a page people have read."""

import datetime

from ..taxonomy import Service
from ..themes.services import themes_by_service


def quarter_dates(year, quarter):
    """The first and last day of `quarter` (1 to 4) of `year`."""
    start = datetime.date(year, 3 * (quarter - 1) + 1, 1)
    if quarter == 4:
        end = datetime.date(year, 12, 31)
    else:
        end = datetime.date(year, 3 * quarter + 1, 1) - datetime.timedelta(days=1)
    return start, end


def previous_quarter(year, quarter):
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)


def take(year, quarter):
    """Rows (theme, service, this quarter's count, last quarter's count), largest first: a
    row for each service a theme touched in either quarter. Plain values (JSON), in a fixed
    number of queries."""
    this = themes_by_service(*quarter_dates(year, quarter))
    last = {
        theme["id"]: theme
        for theme in themes_by_service(*quarter_dates(*previous_quarter(year, quarter)))
    }
    known = {
        pk: (slug, name) for pk, slug, name in Service.objects.values_list("pk", "slug", "name")
    }
    rows = []
    for theme in this:
        before = last.get(theme["id"], {}).get("by_service", {})
        services = set(theme["by_service"]) | set(before)
        for service_id in services:
            rows.append(
                {
                    "theme_id": theme["id"],
                    "theme": theme["name"],
                    "service_id": service_id,
                    # The slug finds the service's name in the reader's language.
                    "service_slug": known.get(service_id, ("", ""))[0],
                    "service": known.get(service_id, ("", ""))[1],
                    "this": theme["by_service"].get(service_id, 0),
                    "last": before.get(service_id, 0),
                    "ideas": theme["ideas"],
                    "projects": theme["projects"],
                }
            )
    rows.sort(key=lambda row: (-row["this"], row["theme"], row["service"]))
    return rows
