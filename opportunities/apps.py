from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    """Ways to get involved, registering interest in them, and the involvement register.

    Empty until the opportunities and register issues: the foundation only reserves its place.
    """

    name = "opportunities"
    verbose_name = _("Involvement opportunities")
    default_auto_field = "django.db.models.BigAutoField"
