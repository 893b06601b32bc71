"""A target date the trust gave is never edited away: moving a published action's date needs
a reason in the admin, and the project page keeps the old date, the new one, the reason and
when it changed, in every language; a late action stays counted as late when its date moves."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html

from forums.projects.models import TargetDateChange
from forums.projects.pages import ProjectPage
from home.formatting import local_date
from home.translation import synchronise_language_trees
from tests.forums.projects.factories import action, day, make_project
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db

# Pinned: the project page costs this many queries, whatever the number of moved dates.
PROJECT_PAGE_QUERIES = 28

REASON = "The translators we booked cannot start until January."


def text(html):
    """The page's words as a reader gets them: no tags, single spaces."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


@pytest.fixture
def late_project(project_index):
    return make_project(
        project_index,
        title="Information in your language",
        slug="information",
        actions=[action(action="Translate the leaflets", target_date=day(-10))],
    )


def edit_form(client, project):
    html = client.get(reverse("wagtailadmin_pages:edit", args=[project.pk])).content.decode()
    return querydict_from_html(html, form_id="page-edit-form")


def publish_in_admin(client, project, **changes):
    data = edit_form(client, project)
    for name, value in changes.items():
        data[name] = value
    data["action-publish"] = "action-publish"
    return client.post(reverse("wagtailadmin_pages:edit", args=[project.pk]), data)


def test_moving_a_late_date_in_the_admin_keeps_the_old_date_and_the_reason(client, late_project):
    client.force_login(UserFactory(groups=["Communications officers"]))
    old, new = local_date(day(-10)), local_date(day(60))

    # No reason: refused beside the field, and nothing changes.
    response = publish_in_admin(client, late_project, **{"actions-0-target_date": str(day(60))})
    assert response.status_code == 200
    assert f"You moved the target date from {old}. Say why" in response.content.decode()
    late_project.refresh_from_db()
    assert late_project.actions.get().target_date == day(-10)
    assert not TargetDateChange.objects.exists()

    response = publish_in_admin(
        client,
        late_project,
        **{"actions-0-target_date": str(day(60)), "actions-0-date_change_reason": REASON},
    )
    assert response.status_code == 302
    page = text(client.get(late_project.url).content.decode())
    today = local_date(timezone.localdate())
    assert f"Was due {old}, now due {new}: {REASON} (changed {today})" in page
    # Still late: the first date we gave has passed.
    assert "1 action is late" in page
    assert f"Translate the leaflets (first due {old}, now due {new})" in page
    assert "We will explain why here soon." not in page

    # The next edit starts with an empty reason: an old reason never covers a new move.
    data = edit_form(client, late_project)
    assert data["actions-0-date_change_reason"].strip() == ""
    response = publish_in_admin(client, late_project, **{"actions-0-target_date": str(day(90))})
    assert response.status_code == 200
    assert TargetDateChange.objects.count() == 1


def test_an_action_people_have_seen_cannot_be_removed_in_the_admin(client, late_project):
    client.force_login(UserFactory(groups=["Communications officers"]))
    response = publish_in_admin(client, late_project, **{"actions-0-DELETE": "1"})
    assert response.status_code == 200
    assert "“Translate the leaflets” has a target date people have seen" in (
        response.content.decode()
    )
    late_project.refresh_from_db()
    assert late_project.actions.get().action == "Translate the leaflets"


def test_the_history_shows_in_polish_with_the_reason_marked_as_english(client, late_project):
    synchronise_language_trees()
    late_project.refresh_from_db()
    [moved] = late_project.actions.all()
    moved.target_date = day(60)
    moved.date_change_reason = REASON
    late_project.actions = [moved]
    late_project.save_revision().publish()

    polish = ProjectPage.objects.get(
        translation_key=late_project.translation_key, locale=Locale.objects.get(language_code="pl")
    )
    html = client.get(polish.url).content.decode()
    with translation.override("pl"):
        old, new = local_date(day(-10)), local_date(day(60))
        today = local_date(timezone.localdate())
    page = text(html)
    assert f"Planowany termin był {old}, teraz jest {new}: {REASON} (zmieniono {today})" in page
    assert f'<bdi lang="en-gb" dir="ltr">{REASON}</bdi>' in html
    assert "1 działanie jest opóźnione" in page
    assert "Was due" not in page


def test_a_date_moved_before_it_passed_is_not_late_and_a_draft_records_nothing(
    client, project_index
):
    project = make_project(project_index, actions=[action(target_date=day(10))])
    [moved] = project.actions.all()
    moved.target_date = day(40)
    moved.date_change_reason = "The printer is closed in December."
    project.actions = [moved]
    project.save_revision()
    assert not TargetDateChange.objects.exists()
    project.get_latest_revision().publish()
    page = text(client.get(project.url).content.decode())
    assert f"Was due {local_date(day(10))}, now due {local_date(day(40))}" in page
    assert "is late" not in page


def test_a_project_never_published_promised_nothing(project_index):
    project = ProjectPage(
        title="Draft",
        slug="draft",
        summary="A draft.",
        you_said="<p>Words.</p>",
        stage="planning",
        planned_level="consulting",
    )
    project.actions = [action(target_date=day(10))]
    project_index.add_child(instance=project)
    [draft_action] = project.actions.all()
    draft_action.target_date = day(20)
    project.actions = [draft_action]
    project.save_revision().publish()
    assert not TargetDateChange.objects.exists()


def test_project_page_query_count_does_not_grow_with_moved_dates(
    client, project_index, django_assert_max_num_queries
):
    project = make_project(project_index, actions=[action(target_date=day(-3))])
    client.get(project.url)
    with django_assert_max_num_queries(PROJECT_PAGE_QUERIES) as few:
        client.get(project.url)
    project.actions = [action(action=f"Step {n}", target_date=day(-3 - n)) for n in range(6)]
    project.save_revision().publish()
    project.refresh_from_db()
    for times in range(3):
        moved = list(project.actions.all())
        for each in moved:
            each.target_date = day(20 + times)
            each.date_change_reason = f"Move {times}"
        project.actions = moved
        project.save_revision().publish()
        project.refresh_from_db()
    assert TargetDateChange.objects.count() == 18
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(project.url)
    assert text(response.content.decode()).count("Was due") == 18
