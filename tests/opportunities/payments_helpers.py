"""What the payment tests share: the payments page, the trust's settings, a past activity
paying £25 an hour for two hours, people who came (attendance marked as staff mark it), and
receipts of each kind."""

import datetime
import decimal
import re

import factory
import pytest
import wagtail_factories
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from opportunities.models import (
    BenefitsAdvice,
    ExpenseClaim,
    PaymentSettings,
    PaymentsPage,
)
from opportunities.payments.links import CLAIM_LINKS
from opportunities.running import services as running
from tests.opportunities.factories import (
    OpportunityPageFactory,
    PaymentLevelFactory,
    RegistrationFactory,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


def receipt(name="ticket.png", content=PNG, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


class PaymentsPageFactory(wagtail_factories.PageFactory):
    title = "Payment for involvement"
    slug = "payment-for-involvement"
    summary = "How we pay you, and how to claim."
    introduction = "<p>We pay for your time and costs.</p>"

    class Meta:
        model = PaymentsPage


class BenefitsAdviceFactory(factory.django.DjangoModelFactory):
    warning = "Being paid can change your benefits. Ask before you say yes."
    where_to_get_advice = "Ask the involvement team, or Citizens Advice."

    class Meta:
        model = BenefitsAdvice


@pytest.fixture
def payments_page(home_page):
    return PaymentsPageFactory(parent=home_page)


@pytest.fixture
def payment_settings(site):
    advice = BenefitsAdviceFactory(locale=site.root_page.locale)
    return PaymentSettings.objects.create(
        site=site,
        mileage_rate=decimal.Decimal("0.45"),
        policy_url="https://example.org/payment-policy",
        benefits_advice=advice,
        advice_phone="0808 157 0193",
        advice_url="https://example.org/benefits-advice",
    )


@pytest.fixture
def past_activity(index_page):
    starts = timezone.now().replace(microsecond=0) - datetime.timedelta(days=3)
    return OpportunityPageFactory(
        parent=index_page,
        title="Leaflet reading group",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        payment_level=PaymentLevelFactory(name="Contributor", hourly_rate=25),
    )


def came(activity, *registrations):
    """Attendance marked as staff mark it, with the claim emails sent after the commit."""
    running.mark_attendance(activity, [r.pk for r in registrations], user=None)


@pytest.fixture
def alex(past_activity):
    return RegistrationFactory(
        opportunity=past_activity, name="Alex Taylor", email="alex@example.org", status="confirmed"
    )


@pytest.fixture
def claim(alex, past_activity, payments_page, payment_settings):
    came(past_activity, alex)
    return ExpenseClaim.objects.get(registration=alex)


def claim_url(claim, page):
    return f"{page.url}claim/{CLAIM_LINKS.make(claim, 'claim')}/"


def link_in(message):
    return re.search(r"https?://\S+/claim/\S+/", message.body).group(0)


def full_claim(**changes):
    data = {
        "choice": "payment",
        "miles": "12",
        "public_transport_cost": "4.80",
        "public_transport_receipt": receipt(),
        "taxi_cost": "",
        "care_cost": "",
        "note": "",
        "confirm": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
