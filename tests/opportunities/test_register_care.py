"""The register's daily care (`tend_register`): consent that expires, and news of matching
opportunities, each safe to run twice."""

import datetime
import os
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from opportunities.models import OpportunityAlert, Person
from opportunities.register.tasks import send_opportunity_alerts
from tests.opportunities.factories import (
    AreaFactory,
    OpportunityPageFactory,
    PersonFactory,
    TopicFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db
A_YEAR_AGO = timezone.now() - datetime.timedelta(days=366)


def tend():
    with open(os.devnull, "w") as quiet:
        call_command("tend_register", stdout=quiet)


def test_a_year_on_each_person_is_asked_once_whether_to_stay(register_page):
    due = PersonFactory(email="due@example.org", consent_renewed_at=A_YEAR_AGO)
    PersonFactory(email="recent@example.org")

    tend()
    tend()

    renewal_emails = [m for m in mail.outbox if "stay" in m.subject]
    assert [m.to for m in renewal_emails] == [["due@example.org"]]
    assert "/join/you/" in renewal_emails[0].body
    due.refresh_from_db()
    assert due.renewal_requested_at is not None


def test_without_an_answer_in_30_days_they_are_erased(register_page):
    asked = PersonFactory(
        consent_renewed_at=A_YEAR_AGO,
        renewal_requested_at=timezone.now() - datetime.timedelta(days=30, hours=1),
    )
    waiting = PersonFactory(
        consent_renewed_at=A_YEAR_AGO,
        renewal_requested_at=timezone.now() - datetime.timedelta(days=29),
    )

    tend()

    assert not Person.objects.filter(pk=asked.pk).exists()
    assert Person.objects.filter(pk=waiting.pk).exists()


def test_someone_who_said_stay_is_not_asked_again_for_a_year(register_page):
    person = PersonFactory(consent_renewed_at=A_YEAR_AGO)
    tend()
    person.refresh_from_db()
    person.renew_consent()

    tend()

    person.refresh_from_db()
    assert person.renewal_requested_at is None
    assert Person.objects.filter(pk=person.pk).exists()


# News of matching opportunities


@pytest.fixture
def english():
    return Locale.get_default()


@pytest.fixture
def carers(english):
    return TopicFactory(slug="carers", name="Carers", locale=english)


@pytest.fixture
def riverside(english):
    return AreaFactory(slug="riverside", name="Riverside", locale=english)


def registered(**fields):
    person = PersonFactory(confirmed_at=timezone.now() - datetime.timedelta(days=1), **fields)
    return person


def test_a_new_matching_opportunity_is_emailed_once(index_page, register_page, carers):
    person = registered(email="jo@example.org")
    person.topics.set([carers])
    person.save()
    matching = OpportunityPageFactory(parent=index_page, title="Carers panel", topics=[carers])
    OpportunityPageFactory(parent=index_page, title="Ward review")  # no carers topic
    mail.outbox.clear()

    send_opportunity_alerts.call()
    send_opportunity_alerts.call()

    digests = [m for m in mail.outbox if m.to == ["jo@example.org"]]
    assert len(digests) == 1
    assert "Carers panel" in digests[0].body and "Ward review" not in digests[0].body
    assert "/join/you/" in digests[0].body
    assert list(OpportunityAlert.objects.values_list("opportunity_id", flat=True)) == [matching.pk]


def test_at_most_one_email_a_day_and_never_the_same_opportunity_twice(index_page, register_page):
    person = registered()
    first = OpportunityPageFactory(parent=index_page, title="First")
    send_opportunity_alerts.call()
    OpportunityPageFactory(parent=index_page, title="Second")

    send_opportunity_alerts.call()  # same day: nothing
    assert len(mail.outbox) == 1
    Person.objects.filter(pk=person.pk).update(
        last_alert_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    send_opportunity_alerts.call()  # next day: only the second

    assert len(mail.outbox) == 2
    assert "Second" in mail.outbox[1].body and first.title not in mail.outbox[1].body


def test_a_failed_send_is_retried_by_the_next_run(index_page, register_page):
    registered()
    OpportunityPageFactory(parent=index_page, title="Panel")

    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("mail down")):
        send_opportunity_alerts.call()
    assert OpportunityAlert.objects.count() == 0 and mail.outbox == []

    send_opportunity_alerts.call()

    assert len(mail.outbox) == 1 and OpportunityAlert.objects.count() == 1


def test_paused_unconfirmed_and_phone_only_people_get_no_news(index_page, register_page):
    registered(contact_paused=True)
    PersonFactory(confirmed_at=None)
    registered(email="", phone="07700 900 982", contact_method="phone")
    OpportunityPageFactory(parent=index_page)

    send_opportunity_alerts.call()

    assert mail.outbox == []


def test_opportunities_older_than_the_person_are_not_news(index_page, register_page):
    OpportunityPageFactory(parent=index_page)
    PersonFactory(confirmed_at=timezone.now() + datetime.timedelta(minutes=1))

    send_opportunity_alerts.call()

    assert mail.outbox == []


@pytest.mark.parametrize(
    "ways, opportunity_ways, areas, wanted",
    [
        ({"online"}, {"online"}, False, True),
        ({"on_paper"}, {"online"}, False, False),
        (set(), {"by_phone"}, False, True),  # no answer: anything
        ({"in_person"}, {"in_person"}, True, False),  # in person, elsewhere
        ({"in_person", "online"}, {"in_person", "online"}, True, True),  # online: place no matter
    ],
)
def test_matching_by_ways_and_areas(
    index_page, riverside, english, ways, opportunity_ways, areas, wanted
):
    elsewhere = AreaFactory(slug="northfield", locale=english)
    person = registered(
        **{way: way in ways for way in ["online", "in_person", "by_phone", "on_paper"]}
    )
    person.areas.set([riverside])
    person.save()
    opportunity = OpportunityPageFactory(
        parent=index_page,
        areas=[elsewhere] if areas else [],
        venue=VenueFactory(locale=english),
        **{
            way: way in opportunity_ways for way in ["online", "in_person", "by_phone", "on_paper"]
        },
    )

    assert person.wants(opportunity) is wanted


def test_news_is_written_in_the_persons_language(index_page, register_page):
    from home.translation import synchronise_language_trees

    registered(language="ur")
    OpportunityPageFactory(parent=index_page, title="Panel")
    synchronise_language_trees()
    mail.outbox.clear()

    send_opportunity_alerts.call()

    # The link goes to the Urdu register page (an alias until translated).
    assert "/ur/join/you/" in mail.outbox[0].body


def test_interest_is_anonymised_a_year_after_the_opportunity_closed(index_page, register_page):
    from opportunities.models import Registration
    from tests.opportunities.factories import RegistrationFactory

    old = OpportunityPageFactory(
        parent=index_page, closing_date=timezone.localdate() - datetime.timedelta(days=366)
    )
    recent = OpportunityPageFactory(
        parent=index_page, closing_date=timezone.localdate() - datetime.timedelta(days=300)
    )
    gone = RegistrationFactory(opportunity=old, phone="07700 900 982", status="attended")
    kept = RegistrationFactory(opportunity=recent)

    tend()
    tend()

    gone.refresh_from_db()
    kept.refresh_from_db()
    assert gone.email == "" and gone.phone == "" and gone.name == "(erased)"
    assert gone.anonymised_at is not None  # recorded in its field, not read from the name
    assert gone.status == "attended"  # still counts
    assert kept.email == "alex@example.org"
    assert kept.anonymised_at is None
    assert Registration.objects.due_for_anonymising().count() == 0


def test_publishing_an_opportunity_sends_the_news(
    index_page, register_page, django_capture_on_commit_callbacks
):
    from opportunities.models import OpportunityPage

    registered(email="jo@example.org")
    draft = OpportunityPageFactory(parent=index_page, title="New panel", live=False)
    page = OpportunityPage.objects.get(pk=draft.pk)

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert [m.to for m in mail.outbox] == [["jo@example.org"]]
    assert "New panel" in mail.outbox[0].body
