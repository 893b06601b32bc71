from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Area, Person, Registration, Topic, Venue
from .register.admin_views import (
    EqualityReportView,
    PersonDeleteView,
    PersonIndexView,
    PersonInspectView,
)
from .views_admin import (
    RegistrationDeleteView,
    RegistrationEditView,
    RegistrationIndexView,
    RegistrationInspectView,
)

SPREADSHEET_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def escape_spreadsheet_formula(value):
    """The public typed these values: a leading apostrophe stops a spreadsheet running
    `=HYPERLINK(...)` and friends as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(SPREADSHEET_FORMULA_STARTS) else text


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "site"
    list_display = ["name", "slug"]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "home"
    list_display = ["name", "step_free_access", "hearing_loop", "accessible_toilet"]


class OpportunitySnippets(SnippetViewSetGroup):
    menu_label = _("Opportunity lists")
    menu_icon = "list-ul"
    items = (TopicViewSet, AreaViewSet, VenueViewSet)


register_snippet(OpportunitySnippets)


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
    from .models import OpportunityPage

    return (
        user.is_active
        and OpportunityPage.objects.filter(host_group__in=user.groups.all()).exists()
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

    index_view_class = RegistrationIndexView
    edit_view_class = RegistrationEditView
    inspect_view_class = RegistrationInspectView
    delete_view_class = RegistrationDeleteView


register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")


@hooks.register("register_log_actions")
def register_export_action(actions):
    actions.register_action(
        "opportunities.export_registrations",
        _("Export registrations"),
        _("Exported registrations of interest"),
    )


def log_export(user, queryset, export_format):
    """One audit-log entry on each opportunity whose registrations left the building: it
    shows in the page's history and in the site history report."""
    from .models import OpportunityPage

    counts = {}
    for opportunity_id in queryset.values_list("opportunity_id", flat=True):
        counts[opportunity_id] = counts.get(opportunity_id, 0) + 1
    for opportunity in OpportunityPage.objects.filter(pk__in=counts):
        log(
            instance=opportunity,
            action="opportunities.export_registrations",
            user=user,
            data={"count": counts[opportunity.pk], "format": export_format},
        )


# The involvement register: the involvement team only (the model's own permissions).


class PersonViewSet(ModelViewSet):
    model = Person
    icon = "user"
    menu_label = _("Involvement register")
    add_to_admin_menu = True
    menu_order = 240
    # Unconfirmed entries show too: someone who gave only a phone number waits for the team
    # to ring them and fill in "confirmed".
    list_display = [
        "name",
        "email",
        "phone",
        BooleanColumn("contact_paused", label=_("Contact paused")),
        "confirmed_at",
    ]
    list_filter = [
        "topics",
        "areas",
        "online",
        "in_person",
        "by_phone",
        "on_paper",
        "relationship",
        "interview_panels",
        "reading_groups",
        "training",
        "committees",
        "peer_support",
        "contact_paused",
    ]
    search_fields = ["name", "email", "phone", "skills"]
    list_export = [
        "name",
        "email",
        "phone",
        "get_contact_method_display",
        "get_language_display",
        "topics_list",
        "areas_list",
        "ways_of_taking_part",
        "get_relationship_display",
        "roles",
        "skills",
        "access_needs",
        "contact_paused",
        "confirmed_at",
    ]
    export_headings = {
        "get_contact_method_display": _("How to contact"),
        "get_language_display": _("Language"),
        "topics_list": _("Topics"),
        "areas_list": _("Areas"),
        "ways_of_taking_part": _("How they take part"),
        "get_relationship_display": _("Uses services or cares"),
        "roles": _("Would like to do"),
    }
    export_filename = "involvement-register"
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "email",
        "phone",
        "contact_method",
        "language",
        "topics",
        "areas",
        "ways_of_taking_part",
        "relationship",
        "access_needs",
        "skills",
        "roles",
        "emergency_contact_name",
        "emergency_contact_phone",
        "training_records",
        "activity_records",
        "registrations",
        "contact_paused",
        "created_at",
        "confirmed_at",
        "consent_renewed_at",
        "renewal_requested_at",
    ]
    index_view_class = PersonIndexView
    inspect_view_class = PersonInspectView
    delete_view_class = PersonDeleteView

    def get_urlpatterns(self):
        from django.urls import path

        return super().get_urlpatterns() + [
            path("equality/", EqualityReportView.as_view(), name="equality_report")
        ]


@hooks.register("register_admin_viewset")
def register_person_viewset():
    return PersonViewSet("register")


@hooks.register("register_admin_menu_item")
def register_equality_report_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    class ReportMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("opportunities.view_person")

    return ReportMenuItem(
        _("Equality monitoring"),
        reverse("register:equality_report"),
        icon_name="table",
        order=245,
    )


@hooks.register("register_log_actions")
def register_register_actions(actions):
    actions.register_action(
        "opportunities.view_person", _("View person"), _("Viewed a person's record")
    )
    actions.register_action(
        "opportunities.export_register", _("Export register"), _("Exported in a list")
    )
    actions.register_action(
        "opportunities.erase_person", _("Erase person"), _("Erased a person's record")
    )
