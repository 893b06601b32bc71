"""The projects section of the involvement register's private page, offered through the
`register_private_page_sections` hook (the register never imports forums)."""

import pytest
from django.core import mail
from wagtail import hooks

from forums.projects.models import ProjectFollower
from forums.projects.wagtail_hooks import REGISTER_SECTIONS_HOOK, ProjectFollowsSection
from tests.opportunities.factories import PersonFactory

pytestmark = pytest.mark.django_db


def section():
    sections = [fn() for fn in hooks.get_hooks(REGISTER_SECTIONS_HOOK)]
    [ours] = [s for s in sections if isinstance(s, ProjectFollowsSection)]
    return ours


def test_the_section_is_offered_through_the_hook():
    ours = section()
    assert ours.template_name == "forums/projects/includes/register_follows.html"


def test_follow_and_unfollow_through_the_section(project):
    person = PersonFactory(email="amira@example.org")
    ours = section()
    context = ours.get_context(person)
    assert context["person"] == person
    assert context["followed_projects"] == []
    assert [p.pk for p in context["projects_to_follow"]] == [project.pk]

    message = ours.handle_action(person, "follow", {"project": str(project.pk)})
    assert "You are following" in str(message)
    follower = ProjectFollower.objects.get()
    assert follower.person == person and follower.confirmed_at is not None
    assert not mail.outbox
    assert [p.pk for p in ours.get_context(person)["followed_projects"]] == [project.pk]

    message = ours.handle_action(person, "unfollow", {"project": str(project.pk)})
    assert "no more updates" in str(message)
    assert not ProjectFollower.objects.exists()


def test_other_actions_are_not_ours(project):
    person = PersonFactory(email="amira@example.org")
    assert section().handle_action(person, "pause", {}) is None
    assert section().handle_action(person, "follow", {"project": "nope"}) == (
        "Choose a project to follow."
    )
