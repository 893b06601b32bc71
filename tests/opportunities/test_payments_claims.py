"""A claim from start to finish: marked attended, the person is emailed a private link; they
claim their time at the level's rate, mileage at the policy's, fares with a receipt; the
involvement team approves it, asks a question or rejects it; finance gets the approved ones
as CSV. Bad input is refused with nothing saved, and the form works in Urdu."""

import csv
import datetime
import io
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone, translation
from wagtail.models import Locale, ModelLogEntry, Page

from home.translation import synchronise_language_trees
from opportunities.models import ExpenseClaim
from opportunities.payments import services
from opportunities.register.tokens import make_token
from tests.home.factories import UserFactory
from tests.opportunities.factories import (
    OpportunityPageFactory,
    PersonFactory,
    RegistrationFactory,
)
from tests.opportunities.payments_helpers import (
    came,
    claim_url,
    full_claim,
    link_in,
    receipt,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(client):
    user = UserFactory(groups=["Involvement team"])
    client.force_login(user)
    return user


def test_a_claim_from_attendance_to_approval_to_the_finance_export(
    client,
    alex,
    past_activity,
    payments_page,
    payment_settings,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        came(past_activity, alex)
    [invitation] = mail.outbox
    assert invitation.to == ["alex@example.org"]
    assert invitation.subject == "Claim for your time and costs: \u2068Leaflet reading group\u2069"
    path = urlsplit(link_in(invitation)).path

    form = client.get(path)
    html = form.content.decode()
    assert form.status_code == 200 and "noindex" in html
    assert "<bdi>2 × £25 an hour</bdi>" in html
    assert "If you drive, we pay <bdi>£0.45 a mile</bdi>." in html
    assert 'enctype="multipart/form-data"' in html

    sent = client.post(path, full_claim())
    assert sent.status_code == 302 and sent["Location"].endswith("?sent=1")
    page = client.get(sent["Location"]).content.decode()
    assert "Your claim is sent" in page
    assert "£50" in page and "£5.40" in page and "£4.80" in page and "£60.20" in page
    claim = ExpenseClaim.objects.get()
    assert claim.status == "submitted" and claim.choice == "payment"
    assert claim.total == Decimal("60.20") and claim.public_transport_receipt

    # The involvement team decides.
    team = UserFactory(groups=["Involvement team"])
    client.force_login(team)
    listing = client.get("/admin/claims/?status=submitted").content.decode()
    assert claim.reference in listing and "Alex Taylor" in listing
    detail = client.get(f"/admin/claims/{claim.pk}/").content.decode()
    assert "2.00 × £25 an hour" in detail and "£60.20" in detail
    opened = client.get(f"/admin/claims/{claim.pk}/receipt/public_transport_receipt/")
    assert opened["Content-Type"] == "image/png"
    assert b"".join(opened.streaming_content).startswith(b"\x89PNG")
    with django_capture_on_commit_callbacks(execute=True):
        decided = client.post(
            f"/admin/claims/{claim.pk}/", {"decision": "approved", "time_quantity": "2"}
        )
    assert decided.status_code == 302
    claim.refresh_from_db()
    assert claim.status == "approved" and claim.decided_by == team
    approval = mail.outbox[-1]
    assert approval.to == ["alex@example.org"] and "Approved" in approval.subject
    assert "We have approved your claim for: \u2068Leaflet reading group\u2069." in approval.body

    # Finance gets it once as "new", and every time as "all".
    exported = client.post("/admin/claims/finance.csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Reference", "Name", "Activity", "Date", "Payment level", "Hours or sessions",
        "For time", "Paid as", "Mileage", "Fares", "Taxi", "Care", "Expenses", "Total",
        "Approved",
    ]  # fmt: skip
    assert rows[1][:8] == [
        claim.reference, "Alex Taylor", "Leaflet reading group",
        claim.activity_date.isoformat(), "Contributor", "2.00", "50.00", "Payment",
    ]  # fmt: skip
    assert rows[1][8:14] == ["5.40", "4.80", "", "", "10.20", "60.20"]
    again = client.post("/admin/claims/finance.csv").content.decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(again)))) == 1
    everything = client.get("/admin/claims/finance.csv?all=1").content.decode("utf-8-sig")
    assert claim.reference in everything
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(claim.pk)).values_list("action", flat=True)
    )
    assert actions >= {
        services.SUBMIT_ACTION,
        services.VIEW_ACTION,
        services.RECEIPT_ACTION,
        services.DECIDE_ACTION,
        services.EXPORT_ACTION,
    }
    # Titled by the reference: the audit log never names the person.
    assert not ModelLogEntry.objects.filter(label__contains="Alex").exists()


def test_the_export_is_spreadsheet_safe(client, claim, team):
    claim.name = "=HYPERLINK(1)"
    claim.status = "approved"
    claim.save()

    exported = client.get("/admin/claims/finance.csv?all=1").content.decode("utf-8-sig")

    assert "'=HYPERLINK(1)" in exported


def test_a_queried_claim_is_answered_and_sent_again(
    client, claim, payments_page, team, django_capture_on_commit_callbacks
):
    url = claim_url(claim, payments_page)
    client.post(url, full_claim())
    refused = client.post(
        f"/admin/claims/{claim.pk}/", {"decision": "queried", "time_quantity": "2"}
    )
    assert "Give the reason, so the person knows what to do" in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/claims/{claim.pk}/",
            {"decision": "queried", "time_quantity": "2", "reason": "Was it 12 miles each way?"},
        )
    assert "We have a question about your claim" in mail.outbox[-1].body

    html = client.get(url).content.decode()
    assert "Our question" in html and "Was it 12 miles each way?" in html
    assert 'value="12.0"' in html  # what they sent, to change
    assert "We have the receipt you sent before." in html
    client.post(url, full_claim(miles="24", public_transport_receipt=None))

    claim.refresh_from_db()
    assert claim.status == "submitted" and claim.miles == 24
    assert claim.public_transport_receipt  # kept: not sent again


def test_a_claim_is_saved_once_and_then_shown_not_changed(client, claim, payments_page):
    url = claim_url(claim, payments_page)
    client.post(url, full_claim())
    second = client.post(url, full_claim(miles="500"))

    claim.refresh_from_db()
    assert claim.miles == 12
    assert "What you claimed" in second.content.decode()
    assert ModelLogEntry.objects.filter(action=services.SUBMIT_ACTION).count() == 1


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"public_transport_receipt": None}, "public_transport_receipt",
         "Add a photo of your ticket or receipt, or leave the fares empty"),
        ({"care_cost": "30"}, "care_receipt",
         "Add a photo of the receipt or invoice for the care, or leave the cost empty"),
        ({"taxi_cost": "18"}, "taxi_agreed",
         "We can pay for a taxi only if we agreed it before. Tick the box if we did."),
        ({"taxi_cost": "18", "taxi_agreed": "on"}, "taxi_agreed_by",
         "Say who agreed the taxi with you"),
        ({"choice": ""}, "choice", "Choose how you want to be paid for your time"),
        ({"miles": "lots"}, "miles", "Enter the number of miles, for example: 12"),
        ({"public_transport_cost": "-3"}, "public_transport_cost",
         "Enter an amount in pounds, for example: 4.50"),
        ({"confirm": None}, "confirm", "Tick the box to say what you claim is true"),
    ],
)  # fmt: skip
def test_bad_claims_are_refused_with_nothing_saved(
    client, claim, payments_page, changes, field, message
):
    response = client.post(claim_url(claim, payments_page), full_claim(**changes))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="#id_{field}' in html and message in html
    claim.refresh_from_db()
    assert claim.status == "invited" and not claim.public_transport_receipt


def test_a_taxi_agreed_in_advance_is_paid(client, claim, payments_page):
    client.post(
        claim_url(claim, payments_page),
        full_claim(taxi_cost="18.50", taxi_agreed="on", taxi_agreed_by="  Sam,  host "),
    )
    claim.refresh_from_db()
    assert (claim.taxi_cost, claim.taxi_agreed_by) == (Decimal("18.50"), "Sam, host")
    assert claim.total == Decimal("78.70")  # 50 + 5.40 + 4.80 + 18.50


def test_a_voucher_or_no_payment_is_the_persons_choice(client, claim, payments_page):
    client.post(claim_url(claim, payments_page), full_claim(choice="none"))
    claim.refresh_from_db()
    assert claim.time_amount == 0 and claim.total == Decimal("10.20")


def test_unticking_attendance_takes_back_an_unclaimed_invitation(alex, past_activity, claim):
    came(past_activity)
    assert not ExpenseClaim.objects.exists()


def test_an_expenses_only_activity_asks_nothing_about_pay(client, index_page, payments_page):
    activity = OpportunityPageFactory(
        parent=index_page,
        payment="expenses_only",
        starts_at=timezone.now() - datetime.timedelta(days=1),
    )
    registration = RegistrationFactory(opportunity=activity, status="confirmed")
    came(activity, registration)
    claim = ExpenseClaim.objects.get()

    html = client.get(claim_url(claim, payments_page)).content.decode()

    assert claim.time_rate is None
    assert "How do you want to be paid for your time?" not in html
    client.post(claim_url(claim, payments_page), full_claim(choice=None))
    claim.refresh_from_db()
    assert claim.status == "submitted" and claim.total == Decimal("10.20")


def test_links_that_do_not_work_say_why(client, claim, payments_page):
    broken = client.get(f"{payments_page.url}claim/not-a-real-link/")
    assert broken.status_code == 404 and "This link does not work" in broken.content.decode()
    url = claim_url(claim, payments_page)
    services.erase_personal_parts([ExpenseClaim.objects.get(pk=claim.pk)])
    gone = client.get(url)
    assert gone.status_code == 410


def test_the_person_sees_their_claims_on_their_private_page(
    client, claim, alex, register_page, payments_page
):
    person = PersonFactory(email="alex@example.org")
    client.post(claim_url(claim, payments_page), full_claim())
    services.decide(claim, "queried", "Which bus did you take?", None)

    html = client.get(f"{register_page.url}you/{make_token(person, 'manage')}/").content.decode()

    assert "Your claims for payment and expenses" in html
    assert "Leaflet reading group" in html and "We have a question" in html
    assert f'href="{payments_page.url}claim/' in html
    assert "See what we paid you each tax year" in html


def test_the_claim_form_reads_in_urdu(
    client, alex, past_activity, payments_page, payment_settings
):
    alex.language = "ur"
    alex.save()
    synchronise_language_trees()
    came(past_activity, alex)
    claim = ExpenseClaim.objects.get()
    urdu = Page.objects.get(
        translation_key=payments_page.translation_key,
        locale=Locale.objects.get(language_code="ur"),
    )

    html = client.get(claim_url(claim, urdu)).content.decode()

    with translation.override("ur"):
        heading = translation.gettext("Claim for your time and costs")
        choice = translation.gettext("How do you want to be paid for your time?")
        send = translation.gettext("Send my claim")
    assert heading != "Claim for your time and costs"
    assert '<html lang="ur" dir="rtl"' in html
    for words in (heading, choice, send):
        assert words in html
    for english in ("Claim for your time and costs", "Send my claim", "Miles you drove"):
        assert english not in html


def test_the_claim_page_costs_a_fixed_number_of_queries(
    client, claim, payments_page, django_assert_max_num_queries
):
    url = claim_url(claim, payments_page)
    with django_assert_max_num_queries(25):
        assert client.get(url).status_code == 200


def test_receipts_of_every_kind_are_taken(client, claim, payments_page):
    client.post(
        claim_url(claim, payments_page),
        full_claim(
            public_transport_receipt=receipt("bus.jpeg", b"\xff\xd8\xff\xe0" + b"0" * 99),
            care_cost="12",
            care_receipt=receipt("invoice.pdf", b"%PDF-1.7\n" + b"0" * 99),
        ),
    )
    claim.refresh_from_db()
    assert claim.public_transport_receipt.name.endswith(".jpg")
    assert claim.care_receipt.name.endswith(".pdf")
    assert "bus" not in claim.public_transport_receipt.name  # never the file's own name


def test_someone_without_email_gets_their_link_from_the_team(
    client, past_activity, payments_page, team, django_capture_on_commit_callbacks
):
    pat = RegistrationFactory(
        opportunity=past_activity, name="Pat", email="", phone="07700 900982", status="confirmed"
    )
    with django_capture_on_commit_callbacks(execute=True):
        came(past_activity, pat)
    claim = ExpenseClaim.objects.get(registration=pat)

    html = client.get(f"/admin/claims/{claim.pk}/").content.decode()

    assert mail.outbox == []  # nobody to email
    link = html.split("<code>")[1].split("</code>")[0]
    assert urlsplit(link).path.startswith(f"{payments_page.url}claim/")
    assert client.get(urlsplit(link).path).status_code == 200
