"""A language added later, or a language's home page made later (wagtail-localize makes it
when it first copies a page into that language), gets its translators' group, permissions
and review workflow, as migration 0007 gave the languages there were then.

Imports home.permissions; connected by home/apps.py."""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_save
from wagtail.models import Locale, Page

from home.permissions import give_translators_a_language


def _give(locale):
    if locale.language_code != settings.LANGUAGE_CODE:
        give_translators_a_language(apps, locale)


def locale_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        _give(instance)


def page_saved(sender, instance, created, raw=False, **kwargs):
    # Every page type sends its own post_save; only a language's home page matters.
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        _give(instance.locale)


def connect():
    post_save.connect(locale_saved, sender=Locale, dispatch_uid="translators_locale")
    post_save.connect(page_saved, dispatch_uid="translators_language_home")
