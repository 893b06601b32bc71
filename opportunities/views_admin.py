from wagtail.admin.views.generic.models import IndexView


class RegistrationIndexView(IndexView):
    """The admin list of registrations: exports escape formulas and go in the audit log."""

    def get_preprocess_function(self, field, value, export_format):
        from .wagtail_hooks import escape_spreadsheet_formula

        base = super().get_preprocess_function(field, value, export_format)
        if isinstance(value, list):
            return lambda items: escape_spreadsheet_formula("; ".join(str(i) for i in items))
        if isinstance(value, str):
            return escape_spreadsheet_formula
        return base

    def as_spreadsheet(self, queryset, spreadsheet_format):
        from .wagtail_hooks import log_export

        log_export(self.request.user, queryset, spreadsheet_format)
        return super().as_spreadsheet(queryset, spreadsheet_format)
