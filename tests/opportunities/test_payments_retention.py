"""Claims are kept as long as finance records must be, and no longer (docs/data-map.md):
receipts go 6 months after the decision, claims never filled in 6 months after the
activity, every claim 6 tax years after the end of its tax year; a person who leaves the
register takes the personal parts of their claims with them, and the amounts stay."""

import datetime
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.schedule.services import SCHEDULE
from opportunities.models import ExpenseClaim
from opportunities.payments.services import tend_claims
from opportunities.register.services import erase_person
from tests.opportunities.factories import PersonFactory
from tests.opportunities.payments_helpers import claim_url, full_claim

pytestmark = pytest.mark.django_db


def at(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 3))


@pytest.fixture
def sent_claim(client, claim, payments_page):
    client.post(claim_url(claim, payments_page), full_claim())
    claim.refresh_from_db()
    return claim


def test_receipts_go_six_months_after_the_decision(sent_claim, django_capture_on_commit_callbacks):
    stored = Path(sent_claim.public_transport_receipt.path)
    ExpenseClaim.objects.filter(pk=sent_claim.pk).update(
        status="approved", decided_at=timezone.now()
    )
    assert tend_claims(now=timezone.now() + datetime.timedelta(days=180))["receipts"] == 0
    assert stored.is_file()

    with django_capture_on_commit_callbacks(execute=True):
        counts = tend_claims(now=timezone.now() + datetime.timedelta(days=184))

    sent_claim.refresh_from_db()
    assert counts["receipts"] == 1 and not stored.exists()
    assert not sent_claim.public_transport_receipt and sent_claim.receipts_erased_at
    assert sent_claim.total == Decimal("60.20")  # what was paid stays
    assert tend_claims(now=timezone.now() + datetime.timedelta(days=185))["receipts"] == 0


def test_a_claim_never_filled_in_goes_six_months_after_the_activity(claim):
    later = timezone.make_aware(
        datetime.datetime.combine(claim.activity_date, datetime.time(12))
    ) + datetime.timedelta(days=190)
    assert tend_claims(now=later - datetime.timedelta(days=10))["unclaimed"] == 0
    assert tend_claims(now=later)["unclaimed"] == 1
    assert not ExpenseClaim.objects.exists()


def test_every_claim_goes_six_tax_years_after_its_tax_year(sent_claim):
    # An activity in the tax year 2020 to 2021 is kept until 5 April 2027.
    ExpenseClaim.objects.filter(pk=sent_claim.pk).update(
        activity_date=datetime.date(2020, 5, 1), status="approved"
    )
    assert tend_claims(now=at(2027, 4, 5))["deleted"] == 0
    assert tend_claims(now=at(2027, 4, 6))["deleted"] == 1
    assert not ExpenseClaim.objects.exists()


def test_leaving_the_register_erases_the_personal_parts_of_claims(
    client, sent_claim, payments_page, django_capture_on_commit_callbacks
):
    stored = Path(sent_claim.public_transport_receipt.path)
    url = claim_url(sent_claim, payments_page)
    person = PersonFactory(email="alex@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        erase_person(person)

    sent_claim.refresh_from_db()
    assert sent_claim.name == "(erased)" and sent_claim.email == ""
    assert sent_claim.registration is None and sent_claim.erased_at
    assert not sent_claim.public_transport_receipt and not stored.exists()
    assert sent_claim.total == Decimal("60.20") and sent_claim.reference.startswith("C-")
    assert client.get(url).status_code == 410


def test_the_daily_job_is_scheduled_and_says_what_it_did(claim):
    assert "tend_payments" in {job.command for job in SCHEDULE if job.every == "day"}
    out = StringIO()
    call_command("tend_payments", stdout=out)
    assert "Payments: erased the receipts of 0 decided claims" in out.getvalue()
