"""Undelivered emails in the admin: who sees them, sending one again, and how long the
records stay. (The retry policy is shown end to end in tests/opportunities/test_registration.py
and tests/forums/ideas/test_moderation.py.)"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from home.email_delivery.models import EmailDelivery
from home.email_delivery.services import forget_old, shortened, without_addresses
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db

LIST = "/admin/undelivered-emails/"


@pytest.fixture
def given_up():
    return EmailDelivery.objects.create(
        task_path="opportunities.registrations.tasks.send_registration_emails",
        task_args=[999],
        args_key="999",
        subject="Support requested: reply by 4 December",
        waiting_for="h…@example.org",
        tries=5,
        last_error="ConnectionRefusedError: 550 mailbox unavailable",
        gave_up_at=timezone.now(),
    )


@pytest.mark.parametrize("group", ["Communications officers", "Involvement team"])
def test_the_teams_see_what_did_not_go_and_can_send_it_again(client, given_up, group):
    client.force_login(UserFactory(groups=[group]))
    html = client.get(LIST).content.decode()
    assert "Support requested: reply by 4 December" in html
    assert "h…@example.org" in html and "550 mailbox unavailable" in html
    assert "Send again" in html

    response = client.post(f"{LIST}{given_up.pk}/send-again/", follow=True)

    # The registration is gone, so the task finds nothing to send and the row says so.
    assert "is being sent again" in response.content.decode()
    given_up.refresh_from_db()
    assert given_up.resent_by is not None
    assert ModelLogEntry.objects.filter(action="involve.email_sent_again").count() == 1


def test_nobody_else_sees_or_resends(client, given_up):
    client.force_login(UserFactory(groups=["Co-production leads"]))
    # Wagtail answers a refusal in the admin by sending the person to their dashboard.
    assert client.get(LIST).status_code in (302, 403)
    assert "Support requested" not in client.get(LIST, follow=True).content.decode()
    assert client.post(f"{LIST}{given_up.pk}/send-again/").status_code in (302, 403)
    client.force_login(UserFactory(groups=["Communications officers"]))
    assert client.get(f"{LIST}{given_up.pk}/send-again/").status_code == 405
    given_up.refresh_from_db()
    assert given_up.gave_up_at is not None and given_up.resent_by is None


def test_an_empty_list_says_everything_went(client):
    client.force_login(UserFactory(groups=["Communications officers"]))
    assert "Every email has been delivered." in client.get(LIST).content.decode()


def test_records_go_thirty_days_after_they_were_sent_or_given_up(given_up):
    sent = EmailDelivery.objects.create(
        task_path="x.y", args_key="1", sent_at=timezone.now() - datetime.timedelta(days=29)
    )
    assert forget_old() == 0
    assert forget_old(now=timezone.now() + datetime.timedelta(days=31)) == 2
    assert not EmailDelivery.objects.filter(pk__in=[sent.pk, given_up.pk]).exists()


def test_no_whole_address_is_kept():
    assert shortened("sam.jones@example.org") == "s…@example.org"
    assert without_addresses("550 <sam.jones@example.org> refused, cc a@b.nhs.uk") == (
        "550 <s…@example.org> refused, cc a…@b.nhs.uk"
    )
