"""The demo's payment for involvement: levels from the payment policy that the paid
opportunities pick, the payments page, and a past activity with attendance marked and three
claims in different states, made once and emailing nobody."""

import pytest
from django.core import mail

from opportunities.listing import demo as listing_demo
from opportunities.models import ExpenseClaim, OpportunityPage, PaymentLevel, PaymentsPage
from opportunities.payments import demo

pytestmark = pytest.mark.django_db


def test_the_demo_shows_levels_and_claims_in_three_states(
    home_page, django_capture_on_commit_callbacks
):
    created = []
    with django_capture_on_commit_callbacks(execute=True):
        demo.build_rates(created)
        listing_demo.build(home_page, created)
        demo.build(home_page, created)

    levels = {level.name: level for level in PaymentLevel.objects.all()}
    assert set(levels) == {"Contributor", "Co-production partner", "Expenses only"}
    assert levels["Co-production partner"].rates == ["£25 an hour", "£150 a day"]
    paid = OpportunityPage.objects.filter(payment="paid")
    assert paid.exists() and not paid.filter(payment_level=None).exists()
    # One page, with its copy in every other language.
    assert PaymentsPage.objects.filter(locale=home_page.locale).count() == 1
    assert PaymentsPage.objects.live().count() == 8
    claims = {claim.name: claim for claim in ExpenseClaim.objects.all()}
    assert {claim.status for claim in claims.values()} == {"submitted", "approved", "queried"}
    assert {claim.registration.status for claim in claims.values()} == {"attended"}
    approved = claims["Daniel Okafor"]
    assert approved.choice == "voucher" and approved.public_transport_receipt
    assert approved.time_amount == 175  # 7 hours at £25
    assert "taxi receipt" in claims["Maria Silva"].reason
    assert mail.outbox == []

    again = []
    demo.build_rates(again)
    demo.build(home_page, again)
    assert again == [] and ExpenseClaim.objects.count() == len(claims)
