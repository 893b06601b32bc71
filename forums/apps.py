from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    """Community forums, their outcomes, improvement ideas with votes, and "you said, we are
    doing" projects.

    Empty until the forums, ideas and projects issues: the foundation only reserves its place.
    """

    name = "forums"
    verbose_name = _("Community forums")
    default_auto_field = "django.db.models.BigAutoField"
