"""The admin: logging in, the editor groups, and who publishes and who must ask."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from home.models import EditorGroupDescription
from home.translation import synchronise_language_trees
from tests.home.factories import ContentPageFactory, UserFactory

GROUPS = ["Communications officers", "Co-production leads", "Involvement team", "Translators"]
# Added by the forums (forums/migrations/0002); each forum's own leads group comes with it.
GROUPS += ["Forum co-chairs"]
# One translators' group per language but English (home/migrations/0007).
GROUPS += [
    f"Translators: {name}"
    for name in ["Polish", "Romanian", "Punjabi", "Urdu", "Portuguese", "Arabic", "Bengali"]
]


@pytest.mark.django_db
def test_admin_login_page_works_and_a_user_can_log_in(client):
    assert client.get("/admin/login/").status_code == 200
    UserFactory(username="officer", groups=["Communications officers"])

    response = client.post(
        "/admin/login/", {"username": "officer", "password": "a-long-test-password"}
    )

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_wrong_password_is_refused_with_a_message(client):
    UserFactory(username="officer", groups=["Communications officers"])
    response = client.post("/admin/login/", {"username": "officer", "password": "wrong"})
    assert response.status_code == 200
    assert b"username and password" in response.content


@pytest.mark.django_db
def test_the_four_editor_groups_exist_with_a_description_each():
    assert set(Group.objects.values_list("name", flat=True)) == set(GROUPS)
    descriptions = dict(EditorGroupDescription.objects.values_list("group__name", "description"))
    assert set(descriptions) == set(GROUPS)
    assert all(0 < len(text) < 140 for text in descriptions.values())


@pytest.mark.django_db
@pytest.mark.parametrize("group", GROUPS)
def test_every_group_can_reach_the_admin_and_sees_what_its_role_is(client, group):
    user = UserFactory(groups=[group])
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    description = EditorGroupDescription.objects.get(group__name=group).description
    assert "Your role" in html
    assert description.replace("'", "&#x27;") in html


@pytest.mark.django_db
def test_communications_officer_can_publish_any_page(home_page):
    officer = UserFactory(groups=["Communications officers"])
    page = ContentPageFactory(parent=home_page)
    permissions = page.permissions_for_user(officer)
    assert permissions.can_publish()
    assert permissions.can_add_subpage()
    image_permissions = policy_registry.get_by_type(get_image_model())
    document_permissions = policy_registry.get_by_type(get_document_model())
    assert image_permissions.user_has_permission(officer, "add")
    assert document_permissions.user_has_permission(officer, "change")
    assert officer.has_perm("home.change_organisationsettings")


@pytest.mark.django_db
@pytest.mark.parametrize("group", GROUPS[1:])
def test_other_groups_cannot_publish_or_change_settings(home_page, group):
    user = UserFactory(groups=[group])
    assert not home_page.permissions_for_user(user).can_publish()
    assert not user.has_perm("home.change_organisationsettings")


@pytest.mark.django_db
def test_the_communications_officers_own_pages_are_under_no_workflow(home_page):
    """Their approval is for what others write: a lead's project updates, each forum's
    review (tests/forums); translations have their own review (test_translators.py)."""
    page = ContentPageFactory(parent=home_page)
    assert page.get_workflow() is None


def test_the_dashboard_counts_each_page_once_not_once_per_language(client, home_page):
    """Measured before: the demo's dashboard said "1,496 Pages" for 187 pages."""
    for number in range(3):
        ContentPageFactory(parent=home_page, slug=f"page-{number}")
    synchronise_language_trees()  # a copy of each in the seven other languages
    client.force_login(UserFactory(groups=["Communications officers"]))
    html = client.get("/admin/").content.decode()
    assert re.search(r"\b4\s+Pages\b", html)  # the home page and its three pages
    # Found in the manual run: an Urdu translator, whose pages are the Urdu copies, read
    # "0 Pages".
    client.force_login(UserFactory(groups=["Translators: Urdu"]))
    assert re.search(r"\b4\s+Pages\b", client.get("/admin/").content.decode())
