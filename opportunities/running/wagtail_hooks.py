"""The activity's page in the admin: its address, the Activities menu item and list, a "Run
this activity" button on each opportunity in the page explorer for those who may open it,
and its audit-log actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from ..listing.pages import OpportunityPage
from ..registrations.models import host_teams_of
from . import services
from .views import activities_view, activity_view


@hooks.register("register_admin_urls")
def register_activity_url():
    return [
        path("activities/", activities_view, name="activities"),
        path("activities/<int:opportunity_id>/", activity_view, name="run_activity"),
    ]


class ActivitiesMenuItem(MenuItem):
    """For the involvement team and members of host teams: those who may run an activity."""

    def is_shown(self, request):
        user = request.user
        return user.has_perm("opportunities.view_registration") or host_teams_of(user).exists()


@hooks.register("register_admin_menu_item")
def register_activities_menu_item():
    return ActivitiesMenuItem(_("Activities"), reverse("activities"), icon_name="group", order=248)


@hooks.register("register_page_header_buttons")
def run_activity_header_button(page, user, view_name=None, next_url=None):
    specific_class = page.specific_class
    if (
        specific_class
        and issubclass(specific_class, OpportunityPage)
        and services.may_run(user, page.specific_deferred)
    ):
        yield Button(
            _("Run this activity"),
            reverse("run_activity", args=[page.pk]),
            icon_name="group",
            priority=60,
        )


@hooks.register("register_page_listing_more_buttons")
def run_activity_listing_button(page, user, next_url=None):
    yield from run_activity_header_button(page, user)


@hooks.register("register_log_actions")
def register_running_actions(actions):
    actions.register_action(services.RANG_ACTION, _("Rang"), _("Rang the person"))
    actions.register_action(
        services.ATTENDANCE_ACTION, _("Mark attendance"), _("Marked who attended")
    )
    actions.register_action(
        services.MESSAGE_ACTION, _("Message everyone"), _("Messaged everyone registered")
    )
