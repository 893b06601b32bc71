"""The glossary app's configuration: connects its signals when the app is ready."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    """Glossary terms, the A to Z page, marking glossary words in page text, the
    plain-English checks editors see, and the toolkits (kept here, beside the glossary they
    lean on, rather than in home/)."""

    name = "glossary"
    verbose_name = _("Glossary")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The receivers import the models, which are only loaded once the app is ready.
        from . import signals  # noqa: PLC0415

        signals.connect()
