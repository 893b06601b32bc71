"""What registering for a forum meeting promises holds for a meeting soon: no "reminder two
days before" for tomorrow's meeting, and on the day the email itself says how to join. A
forum is a drop-in, so its form never says we will call to talk it through first."""

import datetime
import uuid

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from tests.forums.factories import MeetingPageFactory, in_days
from tests.opportunities.factories import RegisterPageFactory


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def register(client, meeting, captured):
    with captured(execute=True):
        response = client.post(
            meeting.url,
            {
                "submission_key": str(uuid.uuid4()),
                "name": "Alex Taylor",
                "email": "alex@example.org",
                "phone": "",
                "contact_method": "email",
                "consent": "on",
                "website": "",
            },
        )
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode(), mail.outbox[-1].body


def later_today():
    now = timezone.localtime()
    end_of_day = now.replace(hour=23, minute=59, second=59, microsecond=0)
    return min(now + datetime.timedelta(minutes=30), end_of_day)


@pytest.mark.django_db
def test_a_meeting_soon_promises_only_what_will_happen(
    client, forum, django_capture_on_commit_callbacks
):
    tomorrow = MeetingPageFactory(parent=forum, starts_at=in_days(1, hour=18))
    page = client.get(tomorrow.url).content.decode()
    assert "talk it through first" not in page
    assert "we email you the details, then you just come along" in page

    thanks, email = register(client, tomorrow, django_capture_on_commit_callbacks)
    assert "two days before" not in thanks and "two days before" not in email
    assert "We will email you a reminder before the meeting." in thanks
    assert "We will email you a reminder before the meeting, with how to join." in email

    today = MeetingPageFactory(parent=forum, starts_at=later_today())
    thanks, email = register(client, today, django_capture_on_commit_callbacks)
    assert "reminder" not in thanks and "reminder" not in email
    assert "The meeting is today. We have emailed you how to join." in thanks
    assert "https://teams.example.org/secret-meeting" in email


@pytest.mark.django_db
def test_joining_the_register_does_not_thank_for_joining_before_confirming(client, home_page):
    register_page = RegisterPageFactory(parent=home_page)
    html = client.get(register_page.url + "done/").content.decode()
    assert "Thank you for joining" not in html
    assert "One more step to join the register" in html
