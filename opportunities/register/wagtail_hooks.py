"""The involvement register in the admin, for the involvement team only (the model's own
permissions): the people, the equality report, and the audit-log actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet

from home.admin_menu import PermissionMenuItem

from .models import Person
from .views import RECORD_VIEWS, EqualityReportView, PersonIndexView


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
    # A copy of a person's record would be a second record of them.
    copy_view_enabled = False
    index_view_class = PersonIndexView
    inspect_view_class = RECORD_VIEWS["inspect"]
    edit_view_class = RECORD_VIEWS["edit"]
    delete_view_class = RECORD_VIEWS["delete"]
    history_view_class = RECORD_VIEWS["history"]
    usage_view_class = RECORD_VIEWS["usage"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("equality/", EqualityReportView.as_view(), name="equality_report")
        ]


@hooks.register("register_admin_viewset")
def register_person_viewset():
    return PersonViewSet("register")


@hooks.register("register_admin_menu_item")
def register_equality_report_menu_item():
    return PermissionMenuItem(
        _("Equality monitoring"),
        reverse("register:equality_report"),
        icon_name="table",
        order=245,
        permission="opportunities.view_person",
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
