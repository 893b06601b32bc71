import pytest

from forums.outcomes.models import OutcomePoint, PointStatus
from forums.projects.models import ProjectFollower, Stage
from forums.projects.pages import ProjectPage, ProjectUpdatePage


@pytest.mark.django_db
def test_demo_projects_cover_every_stage_with_updates_challenges_and_forum_points(
    client, demo_site, demo_content
):
    english = {"alias_of": None, "locale__language_code": "en-gb"}
    projects = list(ProjectPage.objects.filter(**english))
    assert len(projects) >= 12
    assert {project.stage for project in projects} == set(Stage.values)
    for project in projects:
        assert ProjectUpdatePage.objects.child_of(project).exists(), project
        assert project.actions.exists(), project
    assert sum(project.challenges.exists() for project in projects) >= 3
    assert any(project.slipped_actions() for project in projects)
    assert any(project.is_shared for project in projects)
    assert any(project.level_changed for project in projects)

    linked = OutcomePoint.objects.published().filter(
        status=PointStatus.PROJECT, link_page__in=[project.pk for project in projects]
    )
    assert linked.values("link_page").distinct().count() >= 6
    # A demo person on the register follows two projects, and loading sent her nothing.
    assert ProjectFollower.objects.confirmed().filter(person__isnull=False).count() == 2
    assert not [message for message in demo_content.emails if "New update" in message.subject]

    # The Urdu copies exist and show, right to left.
    response = client.get("/ur/you-said-we-are-doing/easier-expenses/")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()
