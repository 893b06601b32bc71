from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    """Community forums: their meetings, outcomes with the points raised and the trust's
    answers, the Development Group's papers and the newsletter, improvement ideas with
    votes, and "you said, we are doing" projects (see forums/__init__.py)."""

    name = "forums"
    verbose_name = _("Community forums")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connecting the receivers once the models are ready is the Django idiom.
        from . import signals  # noqa: F401, PLC0415
