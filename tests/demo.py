"""Helpers for the demo checks (the tests that take `demo_site`; see tests/conftest.py)."""

from django.apps import apps
from wagtail.models import Page, Revision

from home.models import OrganisationSettings


def demo_snapshot():
    """What a run of the demo loader could change: every page with its latest revision, the
    revisions, the organisation settings, and the number of rows of every model."""
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "settings": list(OrganisationSettings.objects.values()),
        "rows": {
            model._meta.label: model._default_manager.count()
            for model in apps.get_models()
            if model._meta.managed and not model._meta.proxy
        },
    }
