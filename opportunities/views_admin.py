"""Admin views for registrations: each shows only what the user may see (see
`RegistrationQuerySet.visible_to`), and exports escape formulas and go in the audit log."""

from django.http import Http404
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView, InspectView

from .models import Registration


class RegistrationIndexView(IndexView):
    def get_base_queryset(self):
        return Registration.objects.visible_to(self.request.user).select_related("opportunity")

    def get_preprocess_function(self, field, value, export_format):
        from .wagtail_hooks import escape_spreadsheet_formula

        if isinstance(value, list):
            return lambda items: escape_spreadsheet_formula("; ".join(str(i) for i in items))
        if isinstance(value, str):
            return escape_spreadsheet_formula
        return super().get_preprocess_function(field, value, export_format)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        from .wagtail_hooks import log_export

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
