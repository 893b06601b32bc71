from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    """Ways to get involved, registering interest in them, and the involvement register
    (the people, their consent, their preferences) with the emails they receive."""

    name = "opportunities"
    verbose_name = _("Involvement opportunities")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The Django idiom: receivers import the models, so they are connected once the
        # app registry is ready, never at import time.
        from .payments import signals as payment_signals  # noqa: PLC0415
        from .register import signals  # noqa: PLC0415
        from .registrations import signals as registration_signals  # noqa: PLC0415

        signals.connect()
        registration_signals.connect()
        payment_signals.connect()
