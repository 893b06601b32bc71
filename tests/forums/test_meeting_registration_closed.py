"""A meeting whose last day to register has passed, before it takes place: the page says
registering has closed instead of silently dropping the form."""

import datetime

import pytest
from django.utils import timezone

from tests.forums.factories import MeetingPageFactory, in_days


@pytest.mark.django_db
def test_a_meeting_past_its_last_day_to_register_says_so(client, forum):
    meeting = MeetingPageFactory(
        parent=forum,
        starts_at=in_days(5),
        closing_date=timezone.localdate() - datetime.timedelta(days=1),
    )

    html = client.get(meeting.url).content.decode()

    assert "Registration for this meeting closed on" in html
    assert "involve-registration-form" not in html
    assert "This meeting has taken place." not in html
