from django.template.loader import render_to_string
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import ForumIndexPage, ForumPage, OutcomePoint

PANEL_ROWS = 20


def lead_forums(user):
    """The forums `user` runs: those their groups hold a page permission on directly."""
    if not user.is_active:
        return []
    return list(ForumPage.objects.filter(group_permissions__group__user=user).distinct())


def can_publish_forums(user):
    index = ForumIndexPage.objects.filter(alias_of=None).first()
    return index is not None and PagePermissionPolicy().user_has_permission_for_instance(
        user, "publish", index
    )


class PointsPanel(Component):
    """A dashboard table of points raised at forums."""

    template_name = "forums/admin/points_panel.html"

    def __init__(self, name, order, heading, points, empty, show_forum=False):
        self.name, self.order = name, order
        self.heading, self.points, self.empty = heading, points, empty
        self.show_forum = show_forum

    def render_html(self, parent_context=None):
        return render_to_string(
            self.template_name,
            {
                "heading": self.heading,
                "points": self.points,
                "empty": self.empty,
                "panel_id": self.name,
            },
        )


@hooks.register("construct_homepage_panels")
def add_forum_panels(request, panels):
    from django.utils.translation import gettext as _

    user = request.user
    forums = lead_forums(user)
    if forums:
        points = (
            OutcomePoint.objects.published()
            .awaiting()
            .in_forums(forums)
            .order_by("due_date", "pk")[:PANEL_ROWS]
        )
        panels.append(
            PointsPanel(
                "forum_points_awaiting",
                60,
                _("Your forums: points awaiting an answer, soonest due first"),
                list(points),
                _("No points are waiting for an answer."),
            )
        )
    if can_publish_forums(user):
        points = OutcomePoint.objects.published().overdue().order_by("due_date", "pk")
        panels.append(
            PointsPanel(
                "forum_points_overdue",
                60,
                _("Overdue answers across all forums"),
                list(points[:PANEL_ROWS]),
                _("No answers are overdue."),
            )
        )
