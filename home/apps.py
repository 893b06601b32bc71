"""The home app's configuration. Imports home.checks (registering the system checks) and,
once apps are ready, home.languages (whose table of locales forgets a changed locale)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Registers the system checks; it imports no models, so it is safe while apps load.
from . import checks  # noqa: F401


class HomeConfig(AppConfig):
    """The site's shell: home and content pages, settings, navigation, search, cookies."""

    name = "home"
    verbose_name = _("Home and content pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from .languages import forget_locale_codes

        post_save.connect(forget_locale_codes, sender=Locale, dispatch_uid="involve-locales")
        post_delete.connect(forget_locale_codes, sender=Locale, dispatch_uid="involve-locale-gone")
