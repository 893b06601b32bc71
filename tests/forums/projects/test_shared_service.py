"""Ideas and projects name their service from one list (the `Service` snippet), so an idea
taken into a project shares its service, and both lists filter by the same slug."""

import uuid

import pytest

from forums.ideas.models import IdeaStatus, ModerationDecision, Suggestion
from forums.ideas.moderation import decide
from forums.taxonomy import IDEA_SERVICES, Service, service_for
from tests.forums.ideas.factories import (
    IdeaIndexPageFactory,
    IdeaPageFactory,
    VotingRoundFactory,
    add_change,
)
from tests.forums.projects.factories import ServiceFactory, make_project

pytestmark = pytest.mark.django_db


def test_an_idea_taken_into_a_project_shares_its_service(client, home_page, project_index):
    crisis = ServiceFactory(name="Crisis care", slug="crisis")
    project = make_project(project_index, service=crisis)
    index = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=index, mode="open")
    idea = IdeaPageFactory(
        parent=index, title="Crisis line", service=project.service, voting_round=voting_round
    )
    idea.project = project
    add_change(idea, IdeaStatus.PROJECT, reason="Taken into the crisis project.")
    idea.refresh_from_db()
    assert idea.service == project.service == crisis
    assert Service.objects.count() == 1

    ideas = client.get(index.url + "?service=crisis").context["open_ideas"]
    assert [found.pk for found in ideas] == [idea.pk]
    assert [found.service_name for found in ideas] == ["Crisis care"]
    projects = client.get(project_index.url + "?service=crisis").context["projects"]
    assert [found.pk for found in projects] == [project.pk]
    page = client.get(idea.url).content.decode()
    assert "Crisis care" in page
    said = client.get(project.url).context["said"]
    assert [item.title for item in said] == ["Crisis line"]


def test_service_for_reuses_a_project_service_of_the_same_name(project_index):
    community = ServiceFactory(name="Community mental health teams", slug="community-teams")
    assert service_for("community") == community
    made = service_for("wards")
    assert (made.slug, made.name) == IDEA_SERVICES["wards"]
    assert service_for("wards") == made  # made once
    assert Service.objects.count() == 2


def test_both_lists_offer_the_same_services(client, home_page, project_index):
    ServiceFactory(name="Talking therapies", slug="talking")
    ServiceFactory(name="Hospital wards", slug="hospital-wards")
    index = IdeaIndexPageFactory(parent=home_page)
    idea_choices = client.get(index.url).context["filter_form"].fields["service"].choices
    project_choices = client.get(project_index.url).context["form"].fields["service"].choices
    assert idea_choices[1:] == list(project_choices)
    assert idea_choices[0][0] == ""


def test_published_suggestions_and_forum_points_default_to_across_the_trust(home_page):
    index = IdeaIndexPageFactory(parent=home_page)
    suggestion = Suggestion.objects.create(
        index=index, title="Quiet rooms", what="Somewhere quiet.", submission_key=uuid.uuid4()
    )
    decide(suggestion, None, ModerationDecision.PUBLISHED, "clear_idea")
    suggestion.refresh_from_db()
    assert suggestion.idea.specific.service == service_for("trust_wide")
    assert service_for("trust_wide").name == "Across the trust"
