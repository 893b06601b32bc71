"""The themes' admin pages, their menu item (for those who may manage themes) and their
audit-log action."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.admin_menu import PermissionMenuItem

from .views import ACTION, PERMISSION, theme, themes


@hooks.register("register_admin_urls")
def register_theme_urls():
    urls = [path("", themes, name="themes"), path("<int:pk>/", theme, name="theme")]
    return [path("themes/", include((urls, "themes_admin"), namespace="themes_admin"))]


@hooks.register("register_admin_menu_item")
def register_themes_menu_item():
    return PermissionMenuItem(
        _("Themes"),
        reverse("themes_admin:themes"),
        icon_name="tag",
        permission=PERMISSION,
        order=330,
    )


@hooks.register("register_log_actions")
def register_theme_actions(actions):
    actions.register_action(ACTION, _("Change theme"), _("Changed a theme"))
