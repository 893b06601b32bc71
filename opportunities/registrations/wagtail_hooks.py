"""Registrations of interest in the admin: who may see which (the involvement team all of
them, a host group those of the opportunities it hosts), and their export."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import Registration, host_teams_of
from .views import RECORD_VIEWS, RegistrationIndexView


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """The involvement team (the model's permissions) sees every registration; a host
    group sees and updates the registrations for the opportunities it hosts. Nobody adds
    them in the admin: people register on the site."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        if super().user_has_permission(user, action):
            return True
        return action in {"view", "change"} and _hosts_something(user)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return Registration.objects.visible_to(user).filter(pk=instance.pk).exists()

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return Registration.objects.none()
        return Registration.objects.visible_to(user)


def _hosts_something(user):
    # The opportunity page type lives in `listing`, which builds on this package.
    opportunity_model = apps.get_model("opportunities", "OpportunityPage")
    return (
        user.is_active
        and opportunity_model.objects.filter(host_group__in=host_teams_of(user)).exists()
    )


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations of interest")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "opportunity", "status", "on_waiting_list", "reply_by", "created_at"]
    list_filter = ["status", "on_waiting_list", "opportunity"]
    search_fields = ["name", "email", "phone"]
    list_export = [
        "name",
        "email",
        "phone",
        "get_contact_method_display",
        "opportunity.title",
        "get_status_display",
        "on_waiting_list",
        "reply_by",
        "support_requested",
        "message",
        "created_at",
    ]
    export_headings = {
        "get_contact_method_display": _("How to contact"),
        "opportunity.title": _("Opportunity"),
        "get_status_display": _("Status"),
        "support_requested": _("Support asked for"),
    }
    export_filename = "registrations-of-interest"
    form_fields = ["status", "on_waiting_list", "reply_by"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "opportunity",
        "name",
        "email",
        "phone",
        "contact_method",
        "support_requested",
        "message",
        "status",
        "on_waiting_list",
        "reply_by",
        "created_at",
    ]

    # Nobody makes a registration in the admin, so there is nothing to copy.
    copy_view_enabled = False
    index_view_class = RegistrationIndexView
    edit_view_class = RECORD_VIEWS["edit"]
    inspect_view_class = RECORD_VIEWS["inspect"]
    delete_view_class = RECORD_VIEWS["delete"]
    history_view_class = RECORD_VIEWS["history"]
    usage_view_class = RECORD_VIEWS["usage"]


register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")


@hooks.register("register_log_actions")
def register_export_action(actions):
    actions.register_action(
        "opportunities.view_registration",
        _("View registration"),
        _("Viewed a registration of interest"),
    )
    actions.register_action(
        "opportunities.export_registrations",
        _("Export registrations"),
        _("Exported registrations of interest"),
    )
