"""Registrations anonymised before `anonymised_at` existed were told apart by a sentinel: the
name "(erased)", in the language active when it was written, with no email and no phone.
Those rows get `anonymised_at` now, so nothing reads the sentinel any more."""

from django.conf import settings
from django.db import migrations
from django.utils import timezone, translation


def sentinels():
    """The name "(erased)" in every language the site runs in, as `anonymise` wrote it."""
    names = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names.add(translation.gettext("(erased)"))
    return names


def mark(apps, schema_editor):
    Registration = apps.get_model("opportunities", "Registration")
    Registration.objects.filter(
        anonymised_at=None, name__in=sentinels(), email="", phone=""
    ).update(anonymised_at=timezone.now())


class Migration(migrations.Migration):
    dependencies = [("opportunities", "0006_registration_anonymised_at")]

    operations = [migrations.RunPython(mark, migrations.RunPython.noop)]
