"""Reports > Undelivered emails and its audit action. Imported by home/wagtail_hooks.py."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from ..admin_menu import PermissionMenuItem
from . import views


@hooks.register("register_admin_urls")
def register_undelivered_urls():
    return [
        path("undelivered-emails/", views.undelivered, name="email_delivery_undelivered"),
        path(
            "undelivered-emails/<int:pk>/send-again/",
            views.send_again,
            name="email_delivery_send_again",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_undelivered_menu_item():
    return PermissionMenuItem(
        _("Undelivered emails"),
        reverse("email_delivery_undelivered"),
        icon_name="mail",
        order=700,
        permission=views.VIEW,
    )


@hooks.register("register_log_actions")
def register_email_actions(actions):
    actions.register_action(
        views.SENT_AGAIN, _("Email sent again"), _("Sent an undelivered email again")
    )
