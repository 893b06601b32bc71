"""Requests for another language or format in the admin, for communications officers (the
model's view permission): every request (with the way to reply: personal data) and the
counts per page and choice, most asked for first. Nobody adds or edits a request in the
admin: visitors make them, and the daily command erases the way to reply."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from ..admin_menu import PermissionMenuItem, PermissionSubmenuMenuItem
from .models import FormatRequest

VIEW_PERMISSION = "home.view_formatrequest"


class FormatRequestPermissionPolicy(ModelPermissionPolicy):
    """Viewing (and, for a superuser, deleting) only: a request is the visitor's words."""

    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)


def counts(request):
    """How many requests each page has for each language or format, most first."""
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    rows = [
        {**row, "wanted_label": FormatRequest(**_fields(row)).wanted_label}
        for row in FormatRequest.objects.counts()
    ]
    return TemplateResponse(
        request,
        "home/format_requests/admin/counts.html",
        {
            "rows": rows,
            "page_title": _("Most asked for"),
            "index_url": reverse("format_requests:index"),
        },
    )


def _fields(row):
    return {"wanted": row["wanted"], "other_language": row["other_language"]}


class FormatRequestViewSet(ModelViewSet):
    model = FormatRequest
    icon = "globe"
    menu_label = _("Requests for languages and formats")
    add_to_admin_menu = False
    list_display = ["wanted_label", "page", "language", "created_at", "has_contact"]
    list_filter = ["wanted", "language"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "page",
        "wanted",
        "other_language",
        "email",
        "phone",
        "language",
        "created_at",
        "team_told_at",
        "contact_erased_at",
    ]
    # Required by ModelViewSet; nobody may add or edit (see the permission policy).
    form_fields = ["wanted"]

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("counts/", counts, name="counts")]


format_request_viewset = FormatRequestViewSet("format_requests", url_prefix="format-requests")
register_permission_policy(FormatRequest, FormatRequestPermissionPolicy(FormatRequest))


@hooks.register("register_admin_viewset")
def register_format_request_viewset():
    return format_request_viewset


@hooks.register("register_admin_menu_item")
def register_format_requests_menu():
    items = [
        PermissionMenuItem(
            _("Most asked for"),
            reverse("format_requests:counts"),
            icon_name="order",
            permission=VIEW_PERMISSION,
            order=1,
        ),
        PermissionMenuItem(
            _("Every request"),
            reverse("format_requests:index"),
            icon_name="list-ul",
            permission=VIEW_PERMISSION,
            order=2,
        ),
    ]
    return PermissionSubmenuMenuItem(
        _("Language and format requests"),
        Menu(items=items),
        icon_name="globe",
        order=330,
        permission=VIEW_PERMISSION,
    )
