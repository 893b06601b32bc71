"""The private link to a person's claim (`home.private_links`): it opens the claim on the
payments page in the language the person registered in, to fill it in, see what became of
it, and see their tax year's total. The payments page is found through the app registry:
it lives in `pages`, above this module."""

import datetime

from django.apps import apps
from wagtail.models import Locale

from home.private_links import PrivateLinks

CLAIM_LINKS = PrivateLinks(
    "involve.payments",
    # In the email after the activity, and in every email about the claim. A person may
    # look at what they were paid for a whole tax year and more, and the claim's personal
    # parts are erased long after; the page itself says when a claim can no longer change.
    {"claim": datetime.timedelta(days=400)},
)


def payments_page(language):
    """The live payments page in `language`, else in the default language, or None."""
    page_model = apps.get_model("opportunities", "PaymentsPage")
    pages = page_model.objects.live()
    return (
        pages.filter(locale__language_code=language).first()
        or pages.filter(locale=Locale.get_default()).first()
    )


def claim_link(claim, *, absolute=True):
    """The address of the claim's page for its person, or "" when there is no payments
    page to open it on."""
    page = payments_page(claim.language)
    if page is None:
        return ""
    base = page.get_full_url() if absolute else page.url
    return f"{base}claim/{CLAIM_LINKS.make(claim, 'claim')}/"
