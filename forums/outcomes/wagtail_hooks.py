"""The outcomes in the admin: dashboard panels of the points raised at forums, for a forum's
leads (their points awaiting an answer) and for those who publish the forums (overdue
answers across every forum)."""

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.languages import of_default_language

from ..meetings.pages import ForumIndexPage, ForumPage
from .models import OutcomePoint

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


def with_forums(points):
    """Set `.forum` on each point (through its outcome's place in the tree): one query."""
    forums = of_default_language(ForumPage.objects.all(), originals=True)
    by_path = {forum.path: forum for forum in forums}
    for point in points:
        point.forum = by_path.get(point.page.path[: -2 * ForumPage.steplen])
    return points


class PointsPanel(Component):
    """A dashboard table of points raised at forums."""

    template_name = "forums/admin/points_panel.html"

    def __init__(self, name, heading, points, empty):
        self.name, self.order = name, 60
        self.heading, self.points, self.empty = heading, points, empty

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
                _("Your forums: points awaiting an answer, soonest due first"),
                with_forums(list(points)),
                _("No points are waiting for an answer."),
            )
        )
    if can_publish_forums(user):
        points = OutcomePoint.objects.published().overdue().order_by("due_date", "pk")
        panels.append(
            PointsPanel(
                "forum_points_overdue",
                _("Overdue answers across all forums"),
                with_forums(list(points[:PANEL_ROWS])),
                _("No answers are overdue."),
            )
        )
