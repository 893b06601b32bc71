"""Who may see the people who registered, and what an export looks like."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

from tests.home.factories import UserFactory
from tests.opportunities.factories import OpportunityPageFactory, RegistrationFactory

LIST_URL = "/admin/registrations/"


def host_team(name):
    group = Group.objects.create(name=name)
    group.permissions.add(Permission.objects.get(codename="host_opportunities"))
    return group


@pytest.fixture
def registrations(index_page):
    hosted = OpportunityPageFactory(
        parent=index_page,
        title="Carers panel",
        host_group=host_team("Carers team"),
    )
    other = OpportunityPageFactory(parent=index_page, title="Ward review")
    return [
        RegistrationFactory(opportunity=hosted, name="Hosted Person"),
        RegistrationFactory(opportunity=other, name='=HYPERLINK("http://evil")'),
    ]


@pytest.mark.django_db
def test_involvement_team_sees_and_exports_every_registration(client, registrations):
    client.force_login(UserFactory(groups=["Involvement team"]))

    listing = client.get(LIST_URL)
    export = client.get(LIST_URL, {"export": "csv"})
    csv = b"".join(export.streaming_content).decode()

    assert listing.status_code == 200
    assert "Hosted Person" in listing.content.decode()
    assert export.status_code == 200
    assert "Hosted Person" in csv
    # A formula typed by the public is neutralised with a leading apostrophe.
    assert "'=HYPERLINK" in csv and ",=HYPERLINK" not in csv and '"=HYPERLINK' not in csv
    # Excel reads it as UTF-8 (Urdu and Polish names intact) only after a byte-order mark.
    assert csv.startswith("\ufeff")
    # Yes or no as words, times in London time to the minute (before: False, and
    # 2026-12-02 01:23:45.123456+00:00).
    row = next(line for line in csv.splitlines() if "Hosted Person" in line)
    created = timezone.localtime(registrations[0].created_at).strftime("%Y-%m-%d %H:%M")
    assert ",No," in row and row.endswith(f",{created}")
    assert "False" not in csv and "True" not in csv and "+00:00" not in csv


@pytest.mark.django_db
def test_every_export_is_in_the_audit_log(client, registrations):
    user = UserFactory(groups=["Involvement team"])
    client.force_login(user)

    b"".join(client.get(LIST_URL, {"export": "csv"}).streaming_content)

    entries = PageLogEntry.objects.filter(action="opportunities.export_registrations")
    assert entries.count() == 2
    assert {entry.user_id for entry in entries} == {user.pk}
    assert {entry.data["count"] for entry in entries} == {1}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "group", ["Communications officers", "Co-production leads", "Translators"]
)
def test_other_staff_cannot_see_or_export_registrations(client, registrations, group):
    client.force_login(UserFactory(groups=[group]))
    registration = registrations[0]

    for url in [LIST_URL, f"{LIST_URL}?export=csv", f"{LIST_URL}edit/{registration.pk}/"]:
        response = client.get(url)
        # Wagtail sends them back to the dashboard with a "no permission" message.
        assert response.status_code == 302 and response["Location"] == "/admin/", url
        assert "Hosted Person" not in client.get(url, follow=True).content.decode()


@pytest.mark.django_db
def test_host_group_sees_only_its_own_opportunity(client, registrations):
    host = UserFactory(groups=["Co-production leads"])
    host.groups.add(Group.objects.get(name="Carers team"))
    client.force_login(host)

    html = client.get(LIST_URL).content.decode()

    assert "Hosted Person" in html
    assert "HYPERLINK" not in html
    own, other = registrations
    assert client.get(f"{LIST_URL}edit/{own.pk}/").status_code == 200
    # Someone else's registration does not exist for them (the locale middleware turns the
    # admin's 404 into a redirect to a prefixed address, which is a 404 too).
    for view in ["edit", "inspect", "delete", "history", "usage", "copy"]:
        response = client.get(f"{LIST_URL}{view}/{other.pk}/", follow=True)
        assert response.status_code in {403, 404}, view
        assert "HYPERLINK" not in response.content.decode()
        assert "Someone Else" not in response.content.decode(), view


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["inspect", "edit", "delete", "history", "usage"])
def test_each_look_at_a_registration_is_in_the_audit_log(client, registrations, view):
    staff = UserFactory(groups=["Involvement team"])
    client.force_login(staff)
    registration = registrations[0]

    assert client.get(f"{LIST_URL}{view}/{registration.pk}/").status_code == 200

    entry = ModelLogEntry.objects.get(
        action="opportunities.view_registration", object_id=str(registration.pk)
    )
    assert entry.user_id == staff.pk and entry.data == {"view": view}
    # Nobody makes a copy of a registration.
    assert client.get(f"{LIST_URL}copy/{registration.pk}/", follow=True).status_code == 404


@pytest.mark.django_db
def test_involvement_team_updates_a_status(client, registrations):
    client.force_login(UserFactory(groups=["Involvement team"]))
    registration = registrations[0]

    response = client.post(
        f"{LIST_URL}edit/{registration.pk}/",
        {"status": "contacted", "on_waiting_list": "", "reply_by": ""},
    )

    registration.refresh_from_db()
    assert response.status_code == 302
    assert registration.status == "contacted"


@pytest.mark.django_db
def test_a_group_that_is_no_host_team_sees_nothing_even_if_chosen(client, index_page):
    translators = Group.objects.get(name="Translators")
    opportunity = OpportunityPageFactory(parent=index_page)
    # Chosen before the rule, say: the page editor refuses it now.
    type(opportunity).objects.filter(pk=opportunity.pk).update(host_group=translators)
    RegistrationFactory(opportunity=opportunity, name="Hosted Person")
    client.force_login(UserFactory(groups=["Translators"]))

    assert "Hosted Person" not in client.get(LIST_URL, follow=True).content.decode()


@pytest.mark.django_db
def test_only_the_involvement_team_or_an_administrator_chooses_and_only_host_teams(
    client, index_page
):
    opportunity = OpportunityPageFactory(parent=index_page, title="Carers panel")
    carers = host_team("Carers team")
    edit_url = f"/admin/pages/{opportunity.pk}/edit/"

    client.force_login(UserFactory(groups=["Communications officers"]))
    html = client.get(edit_url).content.decode()
    assert 'name="host_group"' not in html

    client.force_login(UserFactory(is_superuser=True))
    html = client.get(edit_url).content.decode()
    choices = re.search(r'<select name="host_group".*?</select>', html, re.S).group(0)
    assert f'value="{carers.pk}"' in choices
    for other in ("Translators", "Communications officers", "Involvement team"):
        assert f'value="{Group.objects.get(name=other).pk}"' not in choices
    assert (
        Permission.objects.get(codename="choose_host_team")
        .group_set.filter(name="Involvement team")
        .exists()
    )
