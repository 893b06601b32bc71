"""The home app's configuration. Imports home.checks (registering the system checks) and, once
the models are ready, home.translation (every page's copies in the other languages),
home.translating's signals (the translators' groups and workflows for new languages), the
page cache's purges (home/page_cache/signals.py), the sites remembered (home/known_sites.py)
and
home.languages (whose table of locales forgets a changed locale), and home.admin_scripts
(Wagtail's choosers started without inline scripts)."""

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
        # Connecting the receivers once the models are ready is the Django idiom.
        from .translation import connect  # noqa: PLC0415

        connect()
        # The receivers import the models, which are only loaded once the app is ready.
        from .translating import signals  # noqa: PLC0415

        signals.connect()
        from .page_cache import signals as page_cache_signals  # noqa: PLC0415

        page_cache_signals.connect()
        from . import known_sites  # noqa: PLC0415

        known_sites.connect()
        from django.db.models.signals import post_delete, post_save  # noqa: PLC0415
        from wagtail.models import Locale  # noqa: PLC0415

        # Wagtail's widgets are loaded with the admin, after the models.
        from .admin_scripts import start_choosers_from_data  # noqa: PLC0415
        from .languages import forget_locale_codes  # noqa: PLC0415

        start_choosers_from_data()
        post_save.connect(forget_locale_codes, sender=Locale, dispatch_uid="involve-locales")
        post_delete.connect(forget_locale_codes, sender=Locale, dispatch_uid="involve-locale-gone")
