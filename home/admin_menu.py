"""Admin menu items shown only to those who hold a permission: Wagtail shows a MenuItem to
everyone who may reach the admin, and its `is_shown` is where each feature narrows that.

Imports nothing of ours: home is the core.
"""

from wagtail.admin.menu import MenuItem, SubmenuMenuItem


class PermissionRequired:
    def __init__(self, *args, permission, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class PermissionMenuItem(PermissionRequired, MenuItem):
    """`PermissionMenuItem(label, url, permission="app.codename", ...)`."""


class PermissionSubmenuMenuItem(PermissionRequired, SubmenuMenuItem):
    """`PermissionSubmenuMenuItem(label, menu, permission="app.codename", ...)`."""
