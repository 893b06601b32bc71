"""Project pages: the tree, the stage tracker and the ladder, "we said" at co-designing and
above, slipped dates shown and never hidden, links both ways with forum points, the list
with its filters, the feed, and query counts that do not grow with updates."""

import pytest
from django.core.exceptions import ValidationError

from forums.outcomes.models import PointStatus
from forums.projects.index import ProjectIndexPage
from forums.projects.pages import ProjectPage, ProjectUpdatePage
from tests.forums.factories import add_point
from tests.forums.projects.factories import (
    ProjectUpdatePageFactory,
    ServiceFactory,
    action,
    challenge,
    day,
    make_project,
    quote,
)
from tests.opportunities.factories import TopicFactory

pytestmark = pytest.mark.django_db

# Pinned: the project page and the index cost this many queries, whatever they list.
PROJECT_PAGE_QUERIES = 27
INDEX_QUERIES = 29


def html(client, page, path=""):
    response = client.get(page.url + path)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_page_tree():
    assert ProjectIndexPage.allowed_subpage_models() == [ProjectPage]
    assert ProjectPage.allowed_subpage_models() == [ProjectUpdatePage]
    assert ProjectUpdatePage.allowed_subpage_models() == []
    assert ProjectPage.allowed_parent_page_models() == [ProjectIndexPage]


def test_stage_tracker_says_each_step_in_words(client, project_index):
    project = make_project(project_index, stage="checking")
    page = html(client, project)
    tracker = page.split('class="involve-stages"')[1].split("</ol>")[0]
    steps = tracker.split("<li")[1:]
    assert len(steps) == 5
    assert [step.count("Done") for step in steps[:3]] == [1, 1, 1]
    assert 'aria-current="step"' in steps[3] and "Checking" in steps[3] and "Now" in steps[3]
    assert "To come" in steps[4]
    assert tracker.count('aria-current="step"') == 1
    assert "Stage now: <strong>Checking</strong>" in page


def test_ladder_shows_planned_level_and_the_level_at_the_end_with_a_reason(client, project_index):
    project = make_project(
        project_index,
        stage="done",
        planned_level="co_producing",
        reported_level="consulting",
        level_reason="Staff ran out of time to meet.",
    )
    page = html(client, project)
    assert "At the start, we planned this level: <strong>Co-producing</strong>." in page
    assert "We planned co-producing. In the end, it was consulting." in page
    assert "Staff ran out of time to meet." in page
    ladder = page.split('class="involve-ladder"')[1].split("</ol>")[0]
    current = [li for li in ladder.split("<li")[1:] if 'aria-current="step"' in li]
    assert len(current) == 1 and "Consulting" in current[0]
    # Ended below co-designing: it speaks as "you said".
    assert ">You said<" in page and "We said, we are doing" not in page


def test_co_designing_or_above_is_we_said_with_who_by_role(client, project_index):
    project = make_project(
        project_index, planned_level="co_designing", co_produced_with="Four carers"
    )
    page = html(client, project)
    assert "We said, we are doing" in page
    assert ">We said<" in page
    assert "Who we are working with: <bdi>Four carers</bdi>." in page


def test_level_rules_are_checked(project_index):
    project = ProjectPage(
        title="P",
        slug="p",
        you_said="<p>x</p>",
        stage="done",
        planned_level="co_designing",
        reported_level="co_producing",
    )
    with pytest.raises(ValidationError) as error:
        project.clean()
    assert set(error.value.message_dict) == {"level_reason", "co_produced_with"}
    project.reported_level = ""
    project.level_reason = ""
    project.co_produced_with = "Carers"
    with pytest.raises(ValidationError) as error:
        project.clean()
    assert set(error.value.message_dict) == {"reported_level"}


def test_quotes_need_agreement():
    with pytest.raises(ValidationError):
        quote(agreed=False).clean()


def test_a_slipped_date_shows_a_notice_and_stays_until_done(client, project_index):
    project = make_project(
        project_index,
        actions=[
            action(action="Print the pack", target_date=day(-3), status="under_way"),
            action(action="Train staff", target_date=day(10)),
            action(action="Old and done", target_date=day(-30), status="done", done_on=day(-31)),
        ],
    )
    page = html(client, project)
    notice = page.split('class="nhsuk-warning-callout involve-slipped"')[1].split("</div>")[0]
    assert "1 action is late" in notice
    assert "Print the pack" in notice and "Train staff" not in notice
    assert "Old and done" not in notice
    assert "We will explain why here soon." in notice
    assert page.count("Late: this date has passed.") == 1

    # A challenge explains it; the notice stays and links to it.
    project.challenges = [challenge()]
    project.save_revision().publish()
    page = html(client, project)
    assert "1 action is late" in page
    assert 'href="#challenges-heading"' in page

    # Done: the notice goes, and the page says it was done after the target date.
    project.refresh_from_db()
    actions = list(project.actions.all())
    actions[0].status = "done"
    project.actions = actions
    project.save_revision().publish()
    page = html(client, project)
    assert "involve-slipped" not in page
    assert "(after the target date)" in page


def test_links_both_ways_between_projects_and_forum_points(client, project, outcome):
    point = add_point(
        outcome,
        theme="Carers",
        what_was_said="Carers are told too late.",
        status=PointStatus.PROJECT,
        answer="We are making a pack.",
        link_page=project,
    )
    add_point(outcome, theme="Other", what_was_said="Not linked.")

    project_html = html(client, project)
    assert "Carers are told too late." in project_html
    assert "Not linked." not in project_html
    assert f'href="{outcome.url}"' in project_html
    assert "Raised at a community forum" in project_html

    outcome_html = html(client, outcome)
    assert f'href="{project.url}"' in outcome_html
    assert f'href="{project.url}#follow"' in outcome_html

    items = project.you_said_items()
    assert [(item.kind, item.title) for item in items] == [("forum_point", point.theme)]


def test_updates_newest_first_by_role(client, project):
    ProjectUpdatePageFactory(parent=project, title="Older news", published_on=day(-9))
    ProjectUpdatePageFactory(
        parent=project, title="Newer news", published_on=day(-1), written_by="Ward manager"
    )
    page = html(client, project)
    assert page.index("Newer news") < page.index("Older news")
    assert "by <bdi>Ward manager</bdi>" in page


def test_index_filters_by_stage_service_and_theme_and_sorts_by_latest_update(
    client, project_index
):
    carers = TopicFactory(slug="carers", name="Carers")
    wards = ServiceFactory(slug="wards", name="Wards")
    first = make_project(project_index, title="Alpha", slug="alpha", stage="doing")
    second = make_project(
        project_index,
        title="Beta",
        slug="beta",
        stage="planning",
        service=wards,
        themes=[carers],
    )
    make_project(
        project_index, title="Gamma", slug="gamma", stage="done", reported_level="consulting"
    )
    ProjectUpdatePageFactory(parent=first, published_on=day(-10))
    ProjectUpdatePageFactory(parent=second, published_on=day(-2))

    def titles(**params):
        content = client.get(project_index.url, params).content.decode()
        return [
            part.split(">", 1)[1].split("</a>")[0]
            for part in content.split('class="nhsuk-card__link"')[1:]
        ]

    assert titles() == ["Beta", "Alpha", "Gamma"]
    assert titles(sort="title") == ["Alpha", "Beta", "Gamma"]
    assert titles(stage=["doing", "done"]) == ["Alpha", "Gamma"]
    assert titles(service="wards") == ["Beta"]
    assert titles(theme="carers") == ["Beta"]
    content = client.get(project_index.url).content.decode()
    assert "Stage: Planning" in content
    assert "Latest updates" in content


def test_feed_lists_updates_across_projects(client, project_index):
    one = make_project(project_index, title="One", slug="one")
    two = make_project(project_index, title="Two", slug="two")
    ProjectUpdatePageFactory(parent=one, title="First news", published_on=day(-5))
    ProjectUpdatePageFactory(parent=two, title="Second news", published_on=day(-1))
    response = client.get(project_index.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert body.index("Two: Second news") < body.index("One: First news")


def test_project_page_query_count_does_not_grow_with_updates(
    client, project, outcome, django_assert_max_num_queries
):
    add_point(outcome, status=PointStatus.PROJECT, answer="Yes.", link_page=project)
    for _number in range(2):
        ProjectUpdatePageFactory(parent=project)
    client.get(project.url)  # warm the site's root paths, as any earlier request would
    with django_assert_max_num_queries(PROJECT_PAGE_QUERIES) as few:
        client.get(project.url)
    for _number in range(10):
        ProjectUpdatePageFactory(parent=project)
        add_point(outcome, status=PointStatus.PROJECT, answer="Yes.", link_page=project)
    project.actions = [action(action=f"Step {n}") for n in range(8)]
    project.challenges = [challenge() for _n in range(5)]
    project.save_revision().publish()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(project.url)
    assert response.content.decode().count('class="involve-update"') == 12


def test_index_query_count_does_not_grow_with_projects_or_updates(
    client, project_index, django_assert_max_num_queries
):
    project = make_project(project_index, slug="first")
    ProjectUpdatePageFactory(parent=project)
    client.get(project_index.url)
    with django_assert_max_num_queries(INDEX_QUERIES) as few:
        client.get(project_index.url)
    for number in range(6):
        more = make_project(project_index, title=f"Project {number}", slug=f"p-{number}")
        for _n in range(3):
            ProjectUpdatePageFactory(parent=more)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(project_index.url)
    assert response.content.decode().count('class="nhsuk-card__link"') == 7


def test_ideas_taken_forward_show_under_you_said_and_link_both_ways(client, home_page, project):
    from forums.ideas.models import IdeaStatus
    from tests.forums.ideas.factories import IdeaIndexPageFactory, IdeaPageFactory, add_change

    ideas = IdeaIndexPageFactory(parent=home_page)
    taken = IdeaPageFactory(
        parent=ideas, title="A carers' welcome pack", what="Give carers a pack.", project=project
    )
    add_change(taken, IdeaStatus.PROJECT)
    IdeaPageFactory(parent=ideas, title="Another idea", what="Not linked.")

    project_html = html(client, project)
    idea_html = html(client, taken)

    assert "A carers&#x27;" in project_html and "Give carers a pack." in project_html
    assert f'href="{taken.url}"' in project_html
    assert "Suggested as an improvement idea" in project_html
    assert "Not linked." not in project_html
    assert f'href="{project.url}"' in idea_html
    assert [item.kind for item in project.you_said_items()] == ["idea"]


def test_an_update_has_a_page_of_its_own(client, project):
    update = ProjectUpdatePageFactory(
        parent=project, title="Travel cards on trial", written_by="Head of finance"
    )

    response = client.get(update.url)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Travel cards on trial" in page and "by <bdi>Head of finance</bdi>" in page
    assert f'href="{project.url}"' in page
