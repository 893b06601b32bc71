"""home.permissions: the helpers every data migration uses to set up groups."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page

from home.permissions import (
    approval_task,
    create_permissions_now,
    editor_group,
    grant_page_permissions,
    grant_permissions,
)


@pytest.mark.django_db
def test_the_migrations_made_the_groups_with_their_permissions():
    communications = Group.objects.get(name="Communications officers")
    assert communications.description.description.startswith("Edit and publish")
    assert communications.permissions.filter(codename="access_admin").exists()
    assert communications.permissions.filter(codename="change_organisationsettings").exists()
    assert GroupPagePermission.objects.filter(
        group=communications, page__depth=1, permission__codename="publish_page"
    ).exists()
    involvement = Group.objects.get(name="Involvement team")
    assert involvement.permissions.filter(codename="view_person").exists()
    assert (
        Group.objects.get(name="Co-production leads")
        .permissions.filter(codename="view_venue")
        .exists()
    )
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


@pytest.mark.django_db
def test_an_editor_group_with_a_description_and_model_permissions_twice_over():
    create_permissions_now(apps, "home")
    for _ in range(2):
        group = editor_group(apps, "Testers", "Try things out.")
        grant_permissions(apps, {"Testers": ["change_organisationsettings"]}, "home")
    assert Group.objects.filter(name="Testers").count() == 1
    assert set(group.permissions.values_list("codename", flat=True)) == {
        "access_admin",
        "change_organisationsettings",
    }
    assert group.description.description == "Try things out."


@pytest.mark.django_db
def test_a_mistyped_permission_or_group_is_an_error_unless_groups_may_be_missing():
    with pytest.raises(ValueError, match="change_organisationsetting"):
        grant_permissions(
            apps, {"Communications officers": ["change_organisationsetting"]}, "home"
        )
    with pytest.raises(ValueError, match="Nobody"):
        grant_permissions(apps, {"Nobody": ["change_organisationsettings"]}, "home")
    grant_permissions(
        apps, {"Nobody": ["change_organisationsettings"]}, ["home"], skip_missing_groups=True
    )
    assert not Group.objects.filter(name="Nobody").exists()


@pytest.mark.django_db
def test_page_permissions_and_an_approval_task():
    group = Group.objects.create(name="Leads")
    root = Page.objects.get(depth=1)
    for _ in range(2):
        grant_page_permissions(apps, group, root, ["add_page", "change_page"])
        task = approval_task(apps, "Lead approval", [group])
    assert set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page"}
    assert GroupApprovalTask.objects.filter(name="Lead approval").count() == 1
    assert list(task.groups.all()) == [group]
    assert Permission.objects.filter(codename="access_admin").exists()
