"""Builds the demo "you said, we are doing" projects from forums/projects/demo/projects.yaml
(called by `load_demo_content`, after the forums, whose points it links to the projects).

Dates are set relative to the day it first runs. Existing pages are never changed; forum
points are linked once, when the projects are first made."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from home.demo_data import demo_path, read_constants
from opportunities.models import Person, Topic

from ..outcomes.models import OutcomePoint, PointStatus
from ..outcomes.pages import ForumOutcomePage
from ..taxonomy import Service
from .index import ProjectIndexPage
from .models import (
    ProjectAction,
    ProjectChallenge,
    ProjectQuote,
    ProjectUpdateSend,
)
from .pages import ProjectPage, ProjectUpdatePage
from .services import start_following

demo = read_constants(demo_path("forums", "projects", "projects.yaml"))
# A made-up person on the register who follows two projects, to show her private page.
FOLLOWER = "Amira Hussain"
FOLLOWED = ["carers-information-pack", "information-in-your-language"]
# The demo forums raise the same points in every forum: link a few to each project.
POINTS_PER_PROJECT = 3
PROJECT_FIELDS = [
    "title",
    "slug",
    "summary",
    "stage",
    "you_said",
    "planned_level",
    "reported_level",
    "level_reason",
    "co_produced_with",
]


def build(home, created):
    """Add what is missing; returns the project index page."""
    index = home.get_children().filter(slug=demo.INDEX["slug"]).specific().first()
    if index is None:
        index = ProjectIndexPage(show_in_menus=True, **demo.INDEX)
        home.add_child(instance=index)
        index.save_revision().publish()
        created.append(f"“{index.title}”")

    english = Locale.get_default()
    services = {}
    for item in demo.SERVICES:
        services[item["slug"]], _new = Service.objects.get_or_create(
            slug=item["slug"], locale=english, defaults={"name": item["name"]}
        )
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=english)}

    existing = set(index.get_children().values_list("slug", flat=True))
    added = []
    for item in demo.PROJECTS:
        if item["slug"] in existing:
            continue
        project = _project(item, services, topics)
        index.add_child(instance=project)
        project.save_revision().publish()
        _move_dates(project, item["actions"])
        for update in item["updates"]:
            page = _update(update)
            project.add_child(instance=page)
            page.save_revision().publish()
        added.append(project)
    if added:
        created.append(f"{len(added)} projects with their updates")
        _link_forum_points({project.slug: project for project in added}, created)
        _follow(added)
    return index


def _day(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def _project(item, services, topics):
    project = ProjectPage(
        # Left out of the data when it is the model's default.
        **{field: item[field] for field in PROJECT_FIELDS if field in item},
        service=services.get(item["service"]),
    )
    project.themes = [topics[slug] for slug in item["themes"] if slug in topics]
    project.quotes = [
        ProjectQuote(quote=quote["quote"], said_by=quote["said_by"], agreed=True)
        for quote in item["quotes"]
    ]
    project.actions = [
        ProjectAction(
            action=action["action"],
            what_should_change=action["what_should_change"],
            how_we_will_know=action["how_we_will_know"],
            lead_role=action["lead_role"],
            # A date that moved starts at the date first given (see `_move_dates`).
            target_date=_day(action.get("moved_from", action["target"])),
            **({"status": action["status"]} if "status" in action else {}),
            done_on=_day(action["done"]) if "done" in action else None,
        )
        for action in item["actions"]
    ]
    project.challenges = [
        ProjectChallenge(
            what=challenge["what"],
            since=_day(challenge["since"]),
            what_we_are_doing=challenge["doing"],
            resolved_on=_day(challenge["resolved"]) if "resolved" in challenge else None,
        )
        for challenge in item.get("challenges", [])
    ]
    return project


def _move_dates(project, items):
    """Move each action's date that the data says moved, the way an editor does: a new
    date with its reason, published, so the page keeps the first date."""
    moved = {item["action"]: item for item in items if "moved_from" in item}
    if not moved:
        return
    actions = list(project.actions.all())
    for action in actions:
        if action.action in moved:
            action.target_date = _day(moved[action.action]["target"])
            action.date_change_reason = moved[action.action]["moved_because"]
    project.actions = actions
    project.save_revision().publish()


def _update(update):
    day = _day(update["days"])
    return ProjectUpdatePage(
        title=update["title"],
        slug=f"{day.isoformat()}-{update['title'].lower().replace(' ', '-')}"[:80],
        summary=update["summary"],
        published_on=day,
        written_by=update["by"],
        body=update["body"],
    )


def _link_forum_points(projects, created):
    """Points on the demo forums' outcomes whose theme a project took up: answered points
    become "taken into a project", linked to it. Saved through their outcome page, so the
    copies in other languages follow."""
    by_theme = {
        theme: projects[item["slug"]]
        for item in demo.PROJECTS
        if item["slug"] in projects
        for theme in item["forum_themes"]
    }
    if not by_theme:
        return
    outcome_ids = (
        OutcomePoint.objects.filter(
            locale=Locale.get_default(),
            page__alias_of=None,
            theme__in=by_theme,
            status__in=[PointStatus.ANSWERED, PointStatus.PROJECT],
        )
        .values_list("page_id", flat=True)
        .distinct()
    )
    linked = 0
    per_project = {}
    for outcome in ForumOutcomePage.objects.filter(pk__in=outcome_ids).order_by("path"):
        points = list(outcome.points.all())
        for point in points:
            project = by_theme.get(point.theme)
            if project is None or per_project.get(project.pk, 0) >= POINTS_PER_PROJECT:
                continue
            if point.status in {PointStatus.ANSWERED, PointStatus.PROJECT}:
                per_project[project.pk] = per_project.get(project.pk, 0) + 1
                point.status = PointStatus.PROJECT
                point.link_page = project
                linked += 1
        outcome.points = points
        outcome.save_revision().publish()
    if linked:
        created.append(f"{linked} forum points linked to projects")


def _follow(projects):
    person = Person.objects.registered().filter(name=FOLLOWER).first()
    if person is None or not person.email:
        return
    for project in projects:
        if project.slug in FOLLOWED:
            follower = start_following(
                project, person.email, person.language, person=person, confirmed=True
            )
            # The demo's updates are old news: record them as sent, so loading the demo
            # emails nobody.
            for update in ProjectUpdatePage.objects.child_of(project):
                ProjectUpdateSend.objects.get_or_create(follower=follower, update=update)
