"""The lockouts screen in Settings (for user managers), its audit actions, and django-axes'
lockout signal wired to the audit log. Imported by home/wagtail_hooks.py."""

from axes.signals import user_locked_out
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ..admin_menu import PermissionMenuItem
from . import views
from .lockout import LOCKED, SECOND_STEP_ON, UNLOCKED, log_lockout

user_locked_out.connect(log_lockout, dispatch_uid="home.staff_access.log_lockout")


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path("sign-in-lockouts/", views.lockouts, name="staff_access_lockouts"),
        path("sign-in-lockouts/<int:pk>/unlock/", views.unlock, name="staff_access_unlock"),
        path("second-step/", views.second_step, name="staff_access_second_step"),
        path(
            "second-step/set-up/",
            views.set_up_second_step,
            name="staff_access_set_up_second_step",
        ),
    ]


@hooks.register("register_account_menu_item")
def register_second_step_account_item(request):
    """Offered to every member of staff, from their account menu."""
    return {
        "url": reverse("staff_access_set_up_second_step"),
        "label": _("Two-step sign-in"),
        "help_text": _("A code from an app on your phone each time you sign in."),
    }


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return PermissionMenuItem(
        _("Sign-in lockouts"),
        reverse("staff_access_lockouts"),
        icon_name="lock",
        order=610,
        permission=views.MANAGE_USERS,
    )


@hooks.register("register_log_actions")
def register_sign_in_actions(actions):
    actions.register_action(LOCKED, _("Sign-in locked"), _("Locked out after wrong passwords"))
    actions.register_action(UNLOCKED, _("Sign-in unlocked"), _("Unlocked after a lockout"))
    actions.register_action(
        SECOND_STEP_ON, _("Two-step sign-in on"), _("Turned on two-step sign-in")
    )
