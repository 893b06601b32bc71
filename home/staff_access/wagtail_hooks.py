"""The lockouts screen in Settings (for user managers), its audit actions, and django-axes'
lockout signal wired to the audit log. Imported by home/wagtail_hooks.py."""

from axes.signals import user_locked_out
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ..admin_menu import PermissionMenuItem
from . import views
from .lockout import LOCKED, UNLOCKED, log_lockout

user_locked_out.connect(log_lockout, dispatch_uid="home.staff_access.log_lockout")


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path("sign-in-lockouts/", views.lockouts, name="staff_access_lockouts"),
        path("sign-in-lockouts/<int:pk>/unlock/", views.unlock, name="staff_access_unlock"),
    ]


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
