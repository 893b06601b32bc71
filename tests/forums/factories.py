import datetime

import factory
import wagtail_factories
from django.utils import timezone

from forums.meetings.pages import ForumIndexPage, ForumPage, MeetingPage
from forums.outcomes.models import OutcomePoint
from forums.outcomes.pages import ForumOutcomePage


def in_days(days, hour=10):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class ForumIndexPageFactory(wagtail_factories.PageFactory):
    title = "Community forums"
    slug = "community-forums"
    development_group = "<p>People from each forum meet senior staff.</p>"

    class Meta:
        model = ForumIndexPage


class ForumPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Forum {n}")
    slug = factory.Sequence(lambda n: f"forum-{n}")
    summary = "A drop-in forum."
    who_it_is_for = "<p>Anyone who uses our services, and carers.</p>"
    how_it_runs = "<p>Two parts, with tea in between.</p>"
    facilitated_by = "A co-production lead"

    class Meta:
        model = ForumPage


class MeetingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Meeting {n}")
    slug = factory.Sequence(lambda n: f"meeting-{n}")
    summary = "A drop-in meeting online."
    meeting_format = "online"
    starts_at = factory.LazyFunction(lambda: in_days(20))
    ends_at = factory.LazyAttribute(
        lambda meeting: meeting.starts_at and meeting.starts_at + datetime.timedelta(hours=2)
    )
    what_will_be_discussed = "<p>Care plans.</p>"
    joining_instructions = "We use Microsoft Teams."
    joining_link = "https://teams.example.org/secret-meeting"
    host_team = "Involvement team"
    contact = "Grace, co-production lead"
    contact_email = "host@example.org"
    # Off here, so the tests that count a registration's emails count the person's and the
    # support notice; tests/opportunities/test_registration_texts.py turns the host's alert
    # of each registration on (a new page has it on).
    email_each_registration = False

    class Meta:
        model = MeetingPage


class ForumOutcomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"What came of meeting {n}")
    slug = "outcome"
    summary = "What people said."
    what_happened = "<p>We talked about care plans.</p>"
    attendance = 12
    written_by = "The co-production lead and a co-chair"

    class Meta:
        model = ForumOutcomePage


def add_point(outcome, **fields):
    """A point on `outcome`, saved the way the editor saves it: through the page."""
    values = {
        "theme": "Waiting times",
        "what_was_said": "People wait too long.",
        "answered_by": "Head of talking therapies",
    }
    values.update(fields)
    outcome.points.add(OutcomePoint(**values))
    outcome.save()
    return outcome.points.order_by("-pk").first()
