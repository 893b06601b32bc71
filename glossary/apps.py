from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    """Glossary terms, the A to Z page, marking glossary words in page text, and the
    plain-English checks editors see.

    Empty until the glossary issue: the foundation only reserves its place.
    """

    name = "glossary"
    verbose_name = _("Glossary")
    default_auto_field = "django.db.models.BigAutoField"
