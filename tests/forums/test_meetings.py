"""Registering for a forum meeting (the opportunities sign-up, reused), its calendar file,
and the reminder two days before."""

import datetime
import uuid

import icalendar
import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from forums.meetings.models import MeetingReminder
from opportunities.models import Registration
from tests.forums.factories import MeetingPageFactory, in_days
from tests.opportunities.factories import RegistrationFactory, VenueFactory


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def form_data(name="Alex Taylor", email="alex@example.org"):
    return {
        "submission_key": str(uuid.uuid4()),
        "name": name,
        "email": email,
        "phone": "",
        "contact_method": "email",
        "consent": "on",
        "website": "",
    }


@pytest.mark.django_db
def test_register_for_a_meeting_then_the_waiting_list_when_full(
    client, forum, django_capture_on_commit_callbacks
):
    meeting = MeetingPageFactory(parent=forum, title="Riverside, December", places=1)

    sams_browser = Client()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(meeting.url, form_data())
        second = sams_browser.post(meeting.url, form_data("Sam Lee", "sam@example.org"))

    assert first.status_code == 302 and first["Location"].startswith(meeting.url + "thanks/")
    alex, sam = Registration.objects.order_by("pk")
    assert alex.opportunity_id == meeting.pk and not alex.on_waiting_list
    assert sam.on_waiting_list
    assert {tuple(email.to) for email in mail.outbox} == {
        ("alex@example.org",),
        ("sam@example.org",),
    }
    emails = {email.to[0]: email for email in mail.outbox}
    # A meeting's own words, not an opportunity's "we will contact you within 5 days".
    # The meeting's title between Unicode isolates (FSI, PDI), as every inserted value.
    subject = emails["alex@example.org"].subject
    assert subject == "You are registered: \u2068Riverside, December\u2069"
    assert "reminder two days before" in emails["alex@example.org"].body
    assert "5 working days" not in emails["alex@example.org"].body
    assert "waiting list" in emails["sam@example.org"].subject
    thanks = client.get(first["Location"]).content.decode()
    assert "You are registered" in thanks
    assert "We will email you a reminder two days before." in thanks
    waiting = sams_browser.get(second["Location"]).content.decode()
    assert "You are on the waiting list" in waiting
    page = client.get(meeting.url).content.decode()
    assert "All the places are taken. You can join the waiting list." in page


@pytest.mark.django_db
def test_an_invalid_registration_shows_errors_on_the_meeting_page(client, meeting):
    response = client.post(meeting.url, {"submission_key": str(uuid.uuid4()), "website": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "What will be discussed" in html  # the meeting template, not the opportunity's
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_calendar_file_parses_back_with_the_meeting_in_it(client, forum):
    venue = VenueFactory(name="Riverside House", address="1 Mill Lane\nRiverside")
    meeting = MeetingPageFactory(
        parent=forum,
        title="Riverside forum, 7 December",
        meeting_format="in_person",
        venue=venue,
        starts_at=in_days(20, hour=10),
    )

    response = client.get(meeting.url + "calendar/")
    calendar = icalendar.Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")

    assert response["Content-Type"].startswith("text/calendar")
    assert str(event["SUMMARY"]) == "Riverside forum, 7 December"
    assert event.decoded("DTSTART") == meeting.starts_at
    assert event.decoded("DTEND") == meeting.ends_at
    assert "Riverside House" in str(event["LOCATION"])
    assert str(event["URL"]).endswith(meeting.url)


@pytest.mark.django_db
def test_forum_index_calendar_has_every_upcoming_meeting(client, forum_index, forum):
    MeetingPageFactory(parent=forum, starts_at=in_days(5))
    MeetingPageFactory(parent=forum, starts_at=in_days(95))
    MeetingPageFactory(parent=forum, starts_at=in_days(-5))

    calendar = icalendar.Calendar.from_ical(client.get(forum_index.url + "calendar/").content)

    assert len(calendar.walk("VEVENT")) == 2


@pytest.fixture
def soon(forum):
    """A meeting the day after tomorrow, with a place-holder, someone waiting, someone who
    withdrew and someone who gave only a phone number."""
    meeting = MeetingPageFactory(
        parent=forum, title="Riverside, Thursday", starts_at=in_days(2, hour=18)
    )
    RegistrationFactory(opportunity=meeting, name="Alex", email="alex@example.org")
    RegistrationFactory(
        opportunity=meeting, name="Wait", email="wait@example.org", on_waiting_list=True
    )
    RegistrationFactory(
        opportunity=meeting, name="Gone", email="gone@example.org", status="withdrawn"
    )
    RegistrationFactory(opportunity=meeting, name="Phone", email="", phone="07700900982")
    return meeting


@pytest.mark.django_db
def test_reminders_go_once_to_people_holding_a_place(soon, forum):
    later = MeetingPageFactory(parent=forum, starts_at=in_days(10))
    RegistrationFactory(opportunity=later, email="later@example.org")

    call_command("send_meeting_reminders", stdout=open("/dev/null", "w"))
    call_command("send_meeting_reminders", stdout=open("/dev/null", "w"))

    [email] = mail.outbox
    assert email.to == ["alex@example.org"]
    assert "Reminder: \u2068Riverside, Thursday" in email.subject
    assert "https://teams.example.org/secret-meeting" in email.body  # only here
    assert MeetingReminder.objects.count() == 1


@pytest.mark.django_db
def test_a_reminder_task_run_twice_sends_once(soon):
    from forums.meetings.tasks import send_meeting_reminder

    alex = Registration.objects.get(name="Alex")
    assert send_meeting_reminder.call(alex.pk) == "sent"
    assert send_meeting_reminder.call(alex.pk) == "already sent"
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_failed_reminder_is_tried_again_next_time(soon, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    from forums.meetings.tasks import send_meeting_reminder

    alex = Registration.objects.get(name="Alex")

    def fail(self, messages):
        raise ConnectionError("mail server down")

    monkeypatch.setattr(EmailBackend, "send_messages", fail)
    with pytest.raises(ConnectionError):
        send_meeting_reminder.call(alex.pk)
    assert not MeetingReminder.objects.exists()

    monkeypatch.undo()
    assert send_meeting_reminder.call(alex.pk) == "sent"
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_no_reminder_for_a_meeting_that_has_started(forum):
    from forums.meetings.tasks import registrations_due_a_reminder

    meeting = MeetingPageFactory(parent=forum, starts_at=timezone.now() - datetime.timedelta(1))
    RegistrationFactory(opportunity=meeting)
    assert not registrations_due_a_reminder().exists()


@pytest.mark.django_db
def test_a_meeting_registration_that_mentions_crisis_tells_the_host(
    client, meeting, django_capture_on_commit_callbacks
):
    data = form_data() | {"message": "ami attohotta korte chai. kintu meetinge ashte chai."}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(meeting.url, data)
    host = next(email for email in mail.outbox if email.to == ["host@example.org"])
    assert host.subject.startswith("Please read today")
    thanks = client.get(response["Location"]).content.decode()
    assert "You are registered" in thanks and "116 123" in thanks
