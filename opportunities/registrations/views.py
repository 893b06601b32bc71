"""Admin views for registrations: each shows only what the user may see (see
`RegistrationQuerySet.visible_to`), and exports escape formulas (the core's
`SpreadsheetSafeExportMixin`) and go in the audit log."""

from django.apps import apps
from django.http import Http404
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView, InspectView
from wagtail.log_actions import log

from home.exports import SpreadsheetSafeExportMixin

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
    """A registration the user may not see does not exist, as far as they can tell."""

    def get_object(self, queryset=None):
        registration = super().get_object(queryset)
        if (
            not Registration.objects.visible_to(self.request.user)
            .filter(pk=registration.pk)
            .exists()
        ):
            raise Http404
        return registration


class RegistrationEditView(VisibleRegistrationMixin, EditView):
    pass


class RegistrationInspectView(VisibleRegistrationMixin, InspectView):
    pass


class RegistrationDeleteView(VisibleRegistrationMixin, DeleteView):
    pass
