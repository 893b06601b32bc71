"""The person's tax year (6 April to 5 April): what we paid them for their time, as money
and as vouchers, and the expenses paid back, activity by activity, to print or download
for a benefits adviser. Only approved claims count, and only their own."""

import csv
import datetime
import io
from decimal import Decimal

import pytest

from opportunities.models import ExpenseClaim
from opportunities.payments.services import tax_year_of
from tests.opportunities.payments_helpers import claim_url

pytestmark = pytest.mark.django_db


def a_claim(claim, day, status="approved", choice="payment", email="alex@example.org", **more):
    return ExpenseClaim.objects.create(
        activity_title=f"Panel on {day:%d %B}",
        activity_date=day,
        name="Alex Taylor",
        email=email,
        status=status,
        choice=choice,
        time_unit="hour",
        time_rate=Decimal(25),
        time_quantity=Decimal(2),
        **more,
    )


def test_the_tax_year_starts_on_6_april():
    assert tax_year_of(datetime.date(2026, 4, 5)) == 2025
    assert tax_year_of(datetime.date(2026, 4, 6)) == 2026
    assert tax_year_of(datetime.date(2027, 1, 31)) == 2026


def test_the_year_adds_up_what_was_approved_for_this_person(client, claim, payments_page):
    a_claim(claim, datetime.date(2026, 4, 6), miles=Decimal(10), mileage_rate=Decimal("0.45"))
    a_claim(claim, datetime.date(2026, 9, 1), choice="voucher", care_cost=Decimal(20))
    a_claim(claim, datetime.date(2027, 4, 5), choice="none", public_transport_cost=Decimal(3))
    a_claim(claim, datetime.date(2026, 5, 1), status="submitted")  # not approved yet
    a_claim(claim, datetime.date(2026, 5, 2), email="someone.else@example.org")
    a_claim(claim, datetime.date(2026, 4, 5))  # the year before

    html = client.get(claim_url(claim, payments_page) + "year/?year=2026").content.decode()

    assert "noindex" in html
    assert "In the tax year from <bdi>6 April 2026</bdi> to <bdi>5 April 2027</bdi>." in html
    paid, vouchers, expenses = (
        html.split(label)[1].split("</dd>")[0]
        for label in ("Paid for your time", "Vouchers", "Expenses paid back")
    )
    assert "£50" in paid and "£50" in vouchers and "£27.50" in expenses
    assert html.count("Panel on ") == 3
    assert "Panel on 01 May" not in html and "Panel on 02 May" not in html
    assert "2025–2026" in html  # the year before is a link away

    download = client.get(claim_url(claim, payments_page) + "year/csv/?year=2026")
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert download["Content-Disposition"].endswith('involvement-payments-2026-2027.csv"')
    assert rows[0] == ["Activity", "Date", "For your time", "Paid as", "Expenses"]
    assert rows[1] == ["Panel on 06 April", "6 April 2026", "£50", "Payment", "£4.50"]
    assert rows[3][2:] == ["£0", "No payment for my time", "£3"]
    assert rows[-3:] == [
        ["Paid for your time", "", "£50", "", ""],
        ["Vouchers", "", "£50", "", ""],
        ["Expenses paid back", "", "", "", "£27.50"],
    ]


def test_a_year_with_nothing_approved_says_so(client, claim, payments_page):
    html = client.get(claim_url(claim, payments_page) + "year/").content.decode()
    assert "We approved no claims for you in this tax year." in html
    assert "Claims we have not approved yet are not counted." in html
