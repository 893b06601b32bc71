"""Receipts are private: a photo or scan of a ticket, or a carer's invoice, often with a
name and address on it. They are checked (a JPEG, PNG or PDF by their first bytes, not by
the name the browser gives, and at most `MAX_RECEIPT_BYTES`), stored under
`settings.PRIVATE_MEDIA_ROOT` (never under MEDIA_ROOT, which the proxy serves to anyone
at /media/) with a random name, and served only through the audited admin view
(`views.receipt_view`)."""

import functools
import uuid

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext_lazy as _

MAX_RECEIPT_BYTES = 5 * 1024 * 1024
# What a receipt may be, by its first bytes: the extension and the type it is served as.
KINDS = {
    b"\xff\xd8\xff": ("jpg", "image/jpeg"),
    b"\x89PNG\r\n\x1a\n": ("png", "image/png"),
    b"%PDF-": ("pdf", "application/pdf"),
}
EXTENSIONS = {"jpg", "jpeg", "png", "pdf"}
CONTENT_TYPES = {extension: content_type for extension, content_type in KINDS.values()}


class PrivateStorage(FileSystemStorage):
    """Files no web server serves: no `base_url`, so nothing can build a public address."""

    def url(self, name):
        raise ValueError("Private files have no public address")


@functools.cache
def _storage(location):
    return PrivateStorage(location=location, base_url=None)


def receipt_storage():
    """The storage of receipts: a callable, so migrations hold no path and the setting is
    read when a file is saved."""
    location = str(settings.PRIVATE_MEDIA_ROOT)
    media = str(settings.MEDIA_ROOT).rstrip("/") + "/"
    if (location.rstrip("/") + "/").startswith(media):
        raise ImproperlyConfigured("PRIVATE_MEDIA_ROOT must not be inside MEDIA_ROOT")
    return _storage(location)


def receipt_kind(upload):
    """(extension, content type) for a JPEG, PNG or PDF, else None."""
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    start = upload.read(8)
    upload.seek(position)
    for magic, kind in KINDS.items():
        if start.startswith(magic):
            return kind
    return None


def check_receipt(upload):
    """Raises ValidationError in plain words for a file that is too big or not a photo or
    PDF."""
    if upload.size > MAX_RECEIPT_BYTES:
        raise ValidationError(
            _("The receipt must be smaller than 5 MB. Take a smaller photo, or scan it again."),
            code="too_big",
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in EXTENSIONS or receipt_kind(upload) is None:
        raise ValidationError(
            _("The receipt must be a photo (JPEG or PNG) or a PDF."), code="wrong_type"
        )


def receipt_name(instance, filename):
    """A random name in the claim's folder: never the name the file had on the person's
    phone, which may hold their name."""
    extension = filename.rsplit(".", 1)[-1].lower()
    extension = "jpg" if extension == "jpeg" else extension
    return f"receipts/{instance.public_id.hex}/{uuid.uuid4().hex}.{extension}"
