from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    """Ways to get involved and registering interest in them; later, the involvement
    register (the people, their consent, their preferences)."""

    name = "opportunities"
    verbose_name = _("Involvement opportunities")
    default_auto_field = "django.db.models.BigAutoField"
