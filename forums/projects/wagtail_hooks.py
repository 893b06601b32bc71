"""Projects in the admin: the services snippet, and a dashboard panel that asks editors to
explain every slipped target date with a challenge, and the projects section of the
involvement register's private page. Imported by forums/wagtail_hooks.py."""

from django.contrib import messages
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from opportunities.register.sections import REGISTER_SECTIONS_HOOK, PrivatePageSection

from ..taxonomy import Service
from . import services
from .models import FINISHED, ProjectAction, ProjectChallenge
from .pages import ProjectPage

PANEL_ROWS = 20


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "tag"
    menu_label = gettext_lazy("Project services")
    list_display = ["name", "slug"]


register_snippet(ServiceViewSet)


def slipped_actions_for(user):
    """Actions past their target date and not done, on projects `user` can change, in the
    default language; each with `has_challenge`: whether an unresolved challenge on the
    project started on or after the target date. Latest slip first."""
    projects = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    explained = ProjectChallenge.objects.filter(
        page=OuterRef("page"), resolved_on=None, since__gte=OuterRef("target_date")
    )
    return (
        ProjectAction.objects.filter(
            page__live=True,
            page__alias_of=None,
            locale=Locale.get_default(),
            target_date__lt=timezone.localdate(),
            page__in=projects.type(ProjectPage),
        )
        .exclude(status__in=FINISHED)
        .annotate(has_challenge=Exists(explained))
        .select_related("page")
        .order_by("has_challenge", "target_date", "pk")
    )


class SlippedActionsPanel(Component):
    template_name = "forums/projects/admin/slipped_panel.html"
    order = 70

    def __init__(self, actions):
        self.name = "project_slipped_actions"
        self.actions = actions

    def render_html(self, parent_context=None):
        return render_to_string(
            self.template_name,
            {
                "heading": _("Projects: target dates that have passed"),
                "actions": self.actions,
                "panel_id": self.name,
            },
        )


@hooks.register("construct_homepage_panels")
def add_project_panels(request, panels):
    actions = list(slipped_actions_for(request.user)[:PANEL_ROWS])
    if actions:
        panels.append(SlippedActionsPanel(actions))


def unexplained_slips(project):
    """Slipped actions with no open challenge that started on or after their target date."""
    open_since = [c.since for c in project.challenges.all() if c.resolved_on is None]
    return [
        action
        for action in project.slipped_actions()
        if not any(since >= action.target_date for since in open_since)
    ]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def ask_for_a_challenge(request, page):
    """Saving a project with a slipped target date and nothing to explain it: say so, and
    ask for a challenge. The page itself already tells the public the action is late."""
    page = page.specific
    if not isinstance(page, ProjectPage):
        return
    slipped = unexplained_slips(page)
    if slipped:
        messages.warning(
            request,
            ngettext(
                "%(count)s target date has passed: “%(action)s”. The page says it is late. "
                "Add a challenge: what is in the way, since when, and what you are doing.",
                "%(count)s target dates have passed, the first for “%(action)s”. The page says "
                "they are late. Add a challenge: what is in the way, since when, and what you "
                "are doing.",
                len(slipped),
            )
            % {"count": len(slipped), "action": slipped[0].action},
        )


class ProjectFollowsSection(PrivatePageSection):
    """Following projects from the register's private page: the projects the person follows
    (each with a button to stop) and a list to follow another. A follow made there needs no
    second email: the person confirmed their address when they joined."""

    template_name = "forums/projects/includes/register_follows.html"

    def get_context(self, person):
        followed, can_follow = services.register_follows(person)
        return {"person": person, "followed_projects": followed, "projects_to_follow": can_follow}

    def handle_action(self, person, action, data):
        """A message to show, or None when `action` is not "follow" or "unfollow"."""
        return services.handle_register_follow(person, action, data.get("project"))


@hooks.register(REGISTER_SECTIONS_HOOK)
def register_project_follows_section():
    return ProjectFollowsSection()
