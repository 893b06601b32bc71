"""The register in the Wagtail admin, for the involvement team alone (the `view_person`
permission). Each look at a person's record and each export is written to the audit log, under
the record's number rather than the person's name, and deleting a record erases the person
(`services.erase_person`) as leaving the register does."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import DeleteView, IndexView, InspectView
from wagtail.log_actions import log

from home.exports import SpreadsheetSafeExportMixin
from home.record_access import audited_views

from .equality import SMALLEST_GROUP_SHOWN, EqualityMonitoring, equality_report
from .models import Person
from .services import erase_person, log_title


class PersonIndexView(SpreadsheetSafeExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("topics", "areas")

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # One entry per person exported, so each record's history shows it left the building.
        people = list(queryset.only("pk"))
        for person in people:
            log(
                instance=person,
                action="opportunities.export_register",
                user=self.request.user,
                title=log_title(person),
                data={"format": spreadsheet_format, "rows": len(people)},
            )
        return super().as_spreadsheet(queryset, spreadsheet_format)


class PersonInspectView(InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["registrations"] = self.object.registrations.select_related("opportunity")
        return context

    def get_topics_display_value(self):
        return ", ".join(topic.name for topic in self.object.topics.all()) or "-"

    def get_areas_display_value(self):
        return ", ".join(area.name for area in self.object.areas.all()) or "-"

    def get_ways_of_taking_part_display_value(self):
        return ", ".join(map(str, self.object.ways_of_taking_part)) or "-"

    def get_roles_display_value(self):
        return "; ".join(map(str, self.object.roles)) or "-"

    def get_training_records_display_value(self):
        records = self.object.training_records.all()
        return "; ".join(f"{r.course} ({r.completed_on:%d %b %Y})" for r in records) or "-"

    def get_activity_records_display_value(self):
        records = self.object.activity_records.all()
        return "; ".join(f"{r.description} ({r.took_part_on:%d %b %Y})" for r in records) or "-"

    def get_registrations_display_value(self):
        registrations = self.object.registrations.select_related("opportunity")
        return (
            "; ".join(
                f"{r.opportunity.title} ({r.get_status_display()}, {r.created_at:%d %b %Y})"
                for r in registrations
            )
            or "-"
        )


class PersonDeleteView(DeleteView):
    """Deleting is erasing: the same as the person leaving."""

    def confirmation_message(self):
        return _(
            "Erase this person? Their details go at once and cannot be brought back. Their "
            "registrations of interest stay, without anything that names them."
        )

    def delete_action(self):
        erase_person(self.object, by=self.request.user)


class EqualityReportView(WagtailAdminTemplateMixin, TemplateView):
    """Who answered the equality questions, in totals only."""

    template_name = "opportunities/register/admin/equality_report.html"
    page_title = gettext_lazy("Equality monitoring")
    header_icon = "table"
    _show_breadcrumbs = True

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("opportunities.view_person"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        answered = EqualityMonitoring.objects.filter(person__confirmed_at__isnull=False).count()
        context["answered"] = (
            answered
            if answered >= SMALLEST_GROUP_SHOWN
            else _("fewer than %(number)s") % {"number": SMALLEST_GROUP_SHOWN}
        )
        context["registered"] = Person.objects.registered().count()
        context["report"] = equality_report()
        context["smallest"] = SMALLEST_GROUP_SHOWN
        return context


# Each look at a person's record, whichever page shows it, is in the audit log under the
# record's number (`home.record_access`).
RECORD_VIEWS = audited_views(
    "opportunities.view_person",
    title=log_title,
    bases={"inspect": PersonInspectView, "delete": PersonDeleteView},
)
