"""Admin views of records that hold personal data (a person on the register, a registration
of interest): every look is written to the audit log, whichever view shows the record.

Wagtail's ModelViewSet gives a record five pages (inspect, edit, delete, history, usage);
each shows who the record is about. `AuditedRecordMixin` on each of them writes one entry per
look (`audit_action`, with the view's name), titled by `audit_title` (the record's number,
say, rather than the person's name). `audited_views` makes the five classes for a viewset.

Imports nothing of ours: home is the core.
"""

from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.log_actions import log


class AuditedRecordMixin:
    audit_action = None
    audit_view = ""

    def audit_title(self, instance):
        return None

    def get(self, request, *args, **kwargs):
        # After the view: it finds the record (the edit view only in `get`), or refuses.
        response = super().get(request, *args, **kwargs)
        log(
            instance=self.object,
            action=self.audit_action,
            user=request.user,
            title=self.audit_title(self.object),
            data={"view": self.audit_view},
        )
        return response


BASES = {
    "inspect": generic.InspectView,
    "edit": generic.EditView,
    "delete": generic.DeleteView,
    "history": history.HistoryView,
    "usage": usage.UsageView,
}


def audited_views(action, *, title=None, mixins=(), bases=None):
    """{view name: class} for the five record views, each audited as `action`; `mixins` go
    first (an object-level check), `bases` replaces Wagtail's class for a view."""
    views = {}
    for name, base in {**BASES, **(bases or {})}.items():
        attrs = {"audit_action": action, "audit_view": name}
        if title is not None:
            attrs["audit_title"] = lambda self, instance, _title=title: _title(instance)
        views[name] = type(f"Audited{base.__name__}", (*mixins, AuditedRecordMixin, base), attrs)
    return views
