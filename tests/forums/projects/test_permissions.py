"""Who may post updates: a communications officer on any project; a co-production lead only
on the projects whose leads group they are in; and the dashboard asks them about slipped
target dates on the projects they can change."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from forums.projects.signals import leads_group_name
from tests.forums.projects.factories import action, challenge, day, make_project
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db


def add_update_url(project):
    return reverse("wagtailadmin_pages:add", args=["forums", "projectupdatepage", project.pk])


def test_each_project_gets_a_leads_group_that_can_post_updates_on_it_only(project_index):
    one = make_project(project_index, title="Carers pack", slug="one")
    make_project(project_index, title="Expenses", slug="two")
    group = Group.objects.get(name=leads_group_name(one))
    codenames = set(
        group.page_permissions.filter(page=one).values_list("permission__codename", flat=True)
    )
    assert codenames == {"add_page", "change_page"}
    assert not group.page_permissions.exclude(page=one).exists()


def test_a_lead_posts_updates_only_on_projects_they_are_named_on(client, project_index):
    mine = make_project(project_index, title="Carers pack", slug="mine")
    theirs = make_project(project_index, title="Expenses", slug="theirs")
    lead = UserFactory(groups=["Co-production leads", leads_group_name(mine)])
    client.force_login(lead)
    assert client.get(add_update_url(mine)).status_code == 200
    assert client.get(add_update_url(theirs)).status_code in {302, 403}
    edit = reverse("wagtailadmin_pages:edit", args=[theirs.pk])
    assert client.get(edit).status_code in {302, 403}


def update_form(**overrides):
    data = {
        "title": "The pack is at the printers",
        "slug": "at-the-printers",
        "summary": "It comes back next week.",
        "published_on": str(day(0)),
        "written_by": "The carers lead",
        "body": rich_text("<p>We sent the pack to the printers.</p>"),
        "image": "",
        "image_alt": "",
        "document": "",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_a_leads_project_update_waits_for_a_communications_officer(client, project):
    """Measured before: a lead could publish their own update, unchecked."""
    lead = UserFactory(groups=["Co-production leads", leads_group_name(project)])
    client.force_login(lead)
    html = client.get(add_update_url(project)).content.decode()
    assert 'name="action-publish"' not in html
    assert "Submit to Communications officer approval" in html

    client.post(add_update_url(project), update_form(**{"action-publish": "Publish"}))
    update = Page.objects.get(slug="at-the-printers", alias_of=None)
    assert not update.live
    edit = reverse("wagtailadmin_pages:edit", args=[update.pk])
    client.post(edit, update_form(**{"action-submit": "Submit"}))

    update.refresh_from_db()
    assert not update.live
    state = update.current_workflow_state
    assert state.current_task_state.task.name == "Communications officer approval"

    client.force_login(UserFactory(groups=["Communications officers"]))
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[update.pk, "approve", state.current_task_state.pk],
    )
    client.post(approve, {"comment": ""})
    update.refresh_from_db()
    assert update.live


def test_a_communications_officer_posts_updates_on_any_project(client, project):
    officer = UserFactory(groups=["Communications officers"])
    client.force_login(officer)
    assert client.get(add_update_url(project)).status_code == 200


def test_dashboard_asks_for_a_challenge_on_slipped_dates_of_my_projects(client, project_index):
    mine = make_project(
        project_index,
        title="Carers pack",
        slug="mine",
        actions=[action(action="Print the pack", target_date=day(-4))],
    )
    make_project(
        project_index,
        title="Expenses",
        slug="theirs",
        actions=[action(action="Pay before the day", target_date=day(-4))],
    )
    lead = UserFactory(groups=["Co-production leads", leads_group_name(mine)])
    client.force_login(lead)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Projects: target dates that have passed" in content
    assert "Print the pack" in content
    assert "Pay before the day" not in content
    assert "No: add one" in content

    mine.challenges = [challenge(since=day(-2))]
    mine.save_revision().publish()
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Print the pack" in content and "No: add one" not in content

    officer = UserFactory(groups=["Communications officers"])
    client.force_login(officer)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Print the pack" in content and "Pay before the day" in content


def test_saving_a_project_with_an_unexplained_slip_asks_for_a_challenge(rf, project_index):
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage

    from forums.projects.wagtail_hooks import ask_for_a_challenge

    project = make_project(
        project_index, actions=[action(action="Print the pack", target_date=day(-4))]
    )

    def warnings():
        request = rf.get("/")
        request.session = {}
        request._messages = FallbackStorage(request)
        ask_for_a_challenge(request, project)
        return [str(message) for message in get_messages(request)]

    [message] = warnings()
    assert "Print the pack" in message and "Add a challenge" in message

    project.challenges = [challenge(since=day(-1))]
    assert warnings() == []
