"""Calendar (.ics) files read back with the icalendar parser, as a calendar program would."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from tests.opportunities.factories import OpportunityPageFactory, VenueFactory

URDU_TITLE = "Reading group, leaflets; پڑھنے کا گروپ، کتابچے"


@pytest.mark.django_db
def test_calendar_file_parses_back_with_escaped_and_non_ascii_text(client, index_page):
    start = timezone.make_aware(datetime.datetime(2030, 7, 4, 10, 0))  # British Summer Time
    page = OpportunityPageFactory(
        parent=index_page,
        title=URDU_TITLE,
        slug="reading-group",
        online=False,
        in_person=True,
        venue=VenueFactory(),
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
    )

    response = client.get(page.url + "calendar/")
    body = response.content.decode()
    [event] = icalendar.Calendar.from_ical(response.content).walk("VEVENT")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="reading-group.ics"'
    assert str(event["SUMMARY"]) == URDU_TITLE
    assert "SUMMARY:Reading group\\, leaflets\\; پڑھنے" in body.replace("\r\n ", "")
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(0)  # written in UTC
    assert "DTSTART:20300704T090000Z" in body  # 10:00 in London is 09:00 UTC in July
    assert event.decoded("DTEND") == start + datetime.timedelta(hours=2)
    assert str(event["LOCATION"]) == "Riverside Community Centre, 1 Mill Lane, Riverside, RV1 2AB"
    assert str(event["URL"]) == page.get_full_url()
    assert str(event["UID"]) == f"opportunity-{page.translation_key}@involve"
    assert page.get_full_url() in str(event["DESCRIPTION"])
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


@pytest.mark.django_db
def test_online_activity_is_located_online_and_may_have_no_end(client, index_page):
    start = timezone.make_aware(datetime.datetime(2030, 1, 9, 18, 30))
    page = OpportunityPageFactory(parent=index_page, online=True, starts_at=start)

    calendar = icalendar.Calendar.from_ical(client.get(page.url + "calendar/").content)
    [event] = calendar.walk("VEVENT")

    assert str(event["LOCATION"]) == "Online"
    assert event.decoded("DTSTART") == start
    assert "DTEND" not in event
    assert str(calendar["PRODID"]) == "-//Involve//Opportunities//EN"
    assert str(calendar["METHOD"]) == "PUBLISH"
