"""The register hears of a newly published opportunity, so people on it get news of it.
Connected in `OpportunitiesConfig.ready()`."""

from django.db import transaction
from wagtail.signals import page_published

from home.languages import default_locale

from ..listing.pages import OpportunityPage
from .tasks import schedule_opportunity_alerts


def opportunity_published(sender, instance, **kwargs):
    """People on the register hear of a new opportunity that matches what they asked for."""
    if instance.locale_id == default_locale().pk:
        transaction.on_commit(schedule_opportunity_alerts)


def connect():
    page_published.connect(
        opportunity_published, sender=OpportunityPage, dispatch_uid="register_news"
    )
