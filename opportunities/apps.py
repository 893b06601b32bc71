from django.apps import AppConfig
from django.db import transaction
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    """Ways to get involved, registering interest in them, and the involvement register
    (the people, their consent, their preferences) with the emails they receive."""

    name = "opportunities"
    verbose_name = _("Involvement opportunities")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from .models import OpportunityPage

        page_published.connect(
            _opportunity_published, sender=OpportunityPage, dispatch_uid="register_news"
        )


def _opportunity_published(sender, instance, **kwargs):
    """People on the register hear of a new opportunity that matches what they asked for."""
    from wagtail.models import Locale

    from .register.tasks import schedule_opportunity_alerts

    if instance.locale_id == Locale.get_default().pk:
        transaction.on_commit(schedule_opportunity_alerts)
