"""Admin views for registrations: each shows only what the user may see (see
`RegistrationQuerySet.visible_to`), and exports escape formulas (the core's
`SpreadsheetSafeExportMixin`) and go in the audit log, as does each look at one
(`home.record_access`)."""

from django.apps import apps
from django.http import Http404
from wagtail.admin.views.generic.models import IndexView
from wagtail.log_actions import log

from home.exports import SpreadsheetSafeExportMixin
from home.record_access import audited_views

from .models import Registration


def log_export(user, queryset, export_format):
    """One audit-log entry on each opportunity whose registrations left the building: it
    shows in the page's history and in the site history report."""
    # The opportunity page type lives in `listing`, which builds on this package.
    opportunity_model = apps.get_model("opportunities", "OpportunityPage")
    counts = {}
    for opportunity_id in queryset.values_list("opportunity_id", flat=True):
        counts[opportunity_id] = counts.get(opportunity_id, 0) + 1
    for opportunity in opportunity_model.objects.filter(pk__in=counts):
        log(
            instance=opportunity,
            action="opportunities.export_registrations",
            user=user,
            data={"count": counts[opportunity.pk], "format": export_format},
        )


class RegistrationIndexView(SpreadsheetSafeExportMixin, IndexView):
    def get_base_queryset(self):
        return Registration.objects.visible_to(self.request.user).select_related("opportunity")

    def as_spreadsheet(self, queryset, spreadsheet_format):
        log_export(self.request.user, queryset, spreadsheet_format)
        return super().as_spreadsheet(queryset, spreadsheet_format)


class VisibleRegistrationMixin:
    """A registration the user may not see does not exist, as far as they can tell: on each
    of its pages (inspect, edit, delete, history, usage)."""

    def get_object(self, *args, **kwargs):
        registration = super().get_object(*args, **kwargs)
        if (
            not Registration.objects.visible_to(self.request.user)
            .filter(pk=registration.pk)
            .exists()
        ):
            raise Http404
        return registration


# Each look at a registration (it names a person) is in the audit log.
RECORD_VIEWS = audited_views("opportunities.view_registration", mixins=(VisibleRegistrationMixin,))
