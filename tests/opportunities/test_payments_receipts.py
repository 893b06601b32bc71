"""Receipts are private: only a photo or a PDF (by what the file is, not what it is called),
at most 5 MB, stored outside public media with a random name, and served only through the
involvement team's audited view."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from opportunities.models import ExpenseClaim
from opportunities.payments.receipts import MAX_RECEIPT_BYTES, receipt_storage
from tests.home.factories import UserFactory
from tests.opportunities.payments_helpers import PNG, claim_url, full_claim, receipt

pytestmark = pytest.mark.django_db

WRONG_TYPE = "The receipt must be a photo (JPEG or PNG) or a PDF."


@pytest.mark.parametrize(
    "upload",
    [
        receipt("ticket.png", b"<html><script>alert(1)</script></html>"),  # named as a photo
        receipt("ticket.exe", PNG),  # a photo named as a program
        receipt("ticket.gif", b"GIF89a" + b"\x00" * 50),
        receipt("ticket", PNG),
    ],
    ids=["html-named-png", "exe", "gif", "no-extension"],
)
def test_a_file_that_is_not_a_photo_or_pdf_is_refused(client, claim, payments_page, upload):
    html = client.post(
        claim_url(claim, payments_page), full_claim(public_transport_receipt=upload)
    ).content.decode()

    assert WRONG_TYPE in html
    claim.refresh_from_db()
    assert claim.status == "invited" and not claim.public_transport_receipt


def test_a_receipt_over_5_mb_is_refused(client, claim, payments_page):
    big = receipt("ticket.png", PNG + b"\x00" * MAX_RECEIPT_BYTES)

    html = client.post(
        claim_url(claim, payments_page), full_claim(public_transport_receipt=big)
    ).content.decode()

    assert "The receipt must be smaller than 5 MB." in html
    assert not ExpenseClaim.objects.get().public_transport_receipt


def test_receipts_are_stored_outside_public_media_and_never_at_a_media_address(
    client, claim, payments_page
):
    client.post(claim_url(claim, payments_page), full_claim())
    claim.refresh_from_db()
    stored = Path(claim.public_transport_receipt.path).resolve()

    assert stored.is_file() and stored.read_bytes() == PNG
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert client.get(f"/media/{claim.public_transport_receipt.name}").status_code == 404
    with pytest.raises(ValueError):
        claim.public_transport_receipt.url  # noqa: B018


def test_a_private_folder_inside_media_is_refused(settings):
    settings.PRIVATE_MEDIA_ROOT = Path(settings.MEDIA_ROOT) / "private"
    with pytest.raises(ImproperlyConfigured):
        receipt_storage()


@pytest.mark.parametrize("role", ["Communications officers", "Co-production leads", "Translators"])
def test_a_receipt_is_not_served_to_anyone_else(client, claim, payments_page, role):
    client.post(claim_url(claim, payments_page), full_claim())
    url = f"/admin/claims/{claim.pk}/receipt/public_transport_receipt/"
    client.force_login(UserFactory(groups=[role]))

    response = client.get(url)

    assert response.status_code in (302, 403)
    assert b"PNG" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_only_the_three_receipts_can_be_asked_for(client, claim, payments_page):
    client.post(claim_url(claim, payments_page), full_claim())
    client.force_login(UserFactory(groups=["Involvement team"]))

    for field in ("name", "care_receipt"):
        url = f"/admin/claims/{claim.pk}/receipt/{field}/"
        assert client.get(url, follow=True).status_code == 404
