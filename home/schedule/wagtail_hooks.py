"""Reports > Scheduled work: what ran when and whether it worked, for administrators (the
model's view permission). Imported by home/wagtail_hooks.py."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import ScheduledRun


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Runs are written by the schedule alone."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


class ScheduledRunViewSet(ModelViewSet):
    model = ScheduledRun
    icon = "time"
    menu_label = _("Scheduled work")
    add_to_reports_menu = True
    list_display = ["job", "period", "started_at", "finished_at", "succeeded"]
    list_filter = ["job", "succeeded"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []


register_permission_policy(ScheduledRun, ReadOnlyPolicy(ScheduledRun))


@hooks.register("register_admin_viewset")
def register_scheduled_run_viewset():
    return ScheduledRunViewSet("scheduled_work")
