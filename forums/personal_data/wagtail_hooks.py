"""The "Erase an email address" screen, for the involvement team (imported by
forums/wagtail_hooks.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_menu import PermissionMenuItem

from .views import ERASED_ACTION, PERMISSION, erase_address_view


@hooks.register("register_admin_urls")
def register_erase_address_url():
    return [path("erase-address/", erase_address_view, name="erase_address")]


@hooks.register("register_admin_menu_item")
def register_erase_address_menu_item():
    return PermissionMenuItem(
        _("Erase an email address"),
        reverse("erase_address"),
        icon_name="bin",
        order=246,
        permission=PERMISSION,
    )


@hooks.register("register_log_actions")
def register_erase_address_action(actions):
    actions.register_action(
        ERASED_ACTION, _("Erase an email address"), _("Erased an email address from the forums")
    )
