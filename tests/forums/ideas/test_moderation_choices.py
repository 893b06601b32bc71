"""Moderating a suggestion in the admin: joining it to an idea is a choice among the ideas
already listed (never a typed page number), and a suggestion is published in the wording and
theme the moderator leaves, while the suggestion keeps the person's own words."""

import uuid

import pytest

from forums.ideas.models import Suggestion
from forums.ideas.pages import IdeaPage
from forums.taxonomy import service_for
from tests.home.factories import UserFactory
from tests.opportunities.factories import TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(client):
    client.force_login(UserFactory(groups=["Communications officers"]))
    return client


@pytest.fixture
def pending(idea_index):
    return Suggestion.objects.create(
        index=idea_index,
        title="Longer visting hours",
        what="Visiting ends at 7pm. Dr Smith says no.",
        service=service_for("wards"),
        language="en-gb",
        submission_key=uuid.uuid4(),
    )


def moderate(client, send, suggestion, **data):
    return send(client.post, f"/admin/ideas/suggestions/{suggestion.pk}/", data)


def test_the_form_offers_a_chooser_of_ideas_and_the_words_to_edit(moderator, pending):
    html = moderator.get(f"/admin/ideas/suggestions/{pending.pk}/").content.decode()
    assert "page number" not in html
    assert 'name="joined_idea"' in html and "PageChooser" in html
    assert 'value="Longer visting hours"' in html
    assert "Dr Smith says no.</textarea>" in html


def test_joining_by_choosing_an_idea_and_never_a_page_that_is_not_one(
    moderator, send, pending, make_idea, email_round, home_page
):
    existing = make_idea(email_round, title="Visiting after work")
    response = moderate(
        moderator,
        send,
        pending,
        decision="joined",
        reason="already_listed",
        joined_idea=home_page.pk,
    )
    assert response.status_code == 200
    assert "Choose an improvement idea that is published." in response.content.decode()
    pending.refresh_from_db()
    assert pending.decision == "pending" and pending.idea is None

    response = moderate(
        moderator,
        send,
        pending,
        decision="joined",
        reason="already_listed",
        joined_idea=existing.pk,
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.decision == "joined" and pending.idea_id == existing.pk
    assert IdeaPage.objects.count() == 1


def test_the_edited_wording_and_theme_are_what_is_published(moderator, send, pending, email_round):
    theme = TopicFactory(name="Visiting", slug="visiting", locale=pending.index.locale)
    response = moderate(
        moderator,
        send,
        pending,
        decision="published",
        reason="clear_idea",
        title="Longer visiting hours",
        what="Visiting ends at 7pm, before many carers finish work.",
        theme=theme.pk,
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    idea = IdeaPage.objects.get(pk=pending.idea_id)
    assert idea.title == "Longer visiting hours"
    assert idea.what == "Visiting ends at 7pm, before many carers finish work."
    assert idea.theme_id == theme.pk
    # The suggestion keeps what the person wrote.
    assert pending.what == "Visiting ends at 7pm. Dr Smith says no."


def test_publishing_needs_words(moderator, send, pending, email_round):
    response = moderate(
        moderator, send, pending, decision="published", reason="clear_idea", title=" ", what=""
    )
    assert response.status_code == 200
    assert "Say what the idea is." in response.content.decode()
    assert not IdeaPage.objects.exists()
