"""Every admin view and export that shows personal data, tried as anonymous, as each editor
group, as a member of an opportunity's host team and as an administrator: only those allowed
get in, and the views of one record are in the audit log."""

import uuid

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry

from forums.ideas.models import Suggestion
from opportunities.models import ExpenseClaim
from tests.forums.ideas.factories import IdeaIndexPageFactory
from tests.home.factories import UserFactory
from tests.opportunities.factories import (
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    PersonFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "Communications officers",
    "Co-production leads",
    "Involvement team",
    "Translators",
    "Translators: Urdu",
    "Forum co-chairs",
    "host team",
    "administrator",
]
TEAM = {"Involvement team", "administrator"}


@pytest.fixture
def records(home_page):
    carers = Group.objects.create(name="Carers team")
    carers.permissions.add(Permission.objects.get(codename="host_opportunities"))
    index = OpportunityIndexPageFactory(parent=home_page)
    hosted = OpportunityPageFactory(parent=index, host_group=carers)
    other = OpportunityPageFactory(parent=index)
    ideas = IdeaIndexPageFactory(parent=home_page)
    suggestion = Suggestion.objects.create(
        index=ideas, title="Quiet room", what="A room", email="sam@example.org",
        submission_key=uuid.uuid4(),
    )  # fmt: skip
    hosted_registration = RegistrationFactory(opportunity=hosted)
    return {
        "person": PersonFactory(),
        "hosted": hosted_registration,
        "other": RegistrationFactory(opportunity=other),
        "suggestion": suggestion,
        "carers": carers,
        # An expense claim for the hosted activity: its host team still may not see it.
        "claim": ExpenseClaim.objects.create(
            registration=hosted_registration,
            opportunity=hosted,
            activity_title=hosted.title,
            activity_date=hosted.closing_date,
            name="Sam Claimant",
            email="sam.claimant@example.org",
            status="submitted",
        ),
    }


def views(records):
    """(url, who may see it, the audit action a look writes or None)."""
    person, hosted, other = records["person"].pk, records["hosted"].pk, records["other"].pk
    rows = [
        ("/admin/register/", TEAM, None),
        ("/admin/register/?export=csv", TEAM, None),
        ("/admin/register/equality/", TEAM, None),
        ("/admin/registrations/", TEAM | {"host team"}, None),
        ("/admin/registrations/?export=xlsx", TEAM | {"host team"}, None),
        ("/admin/erase-address/", TEAM, None),
        ("/admin/ideas/suggestions/", {"Communications officers", "administrator"}, None),
        (
            f"/admin/ideas/suggestions/{records['suggestion'].pk}/",
            {"Communications officers", "administrator"},
            None,
        ),
        ("/admin/format-requests/", {"Communications officers", "administrator"}, None),
        ("/admin/sign-in-lockouts/", {"administrator"}, None),
        ("/admin/claims/", TEAM, None),
        ("/admin/claims/finance.csv?all=1", TEAM, None),
        (f"/admin/claims/{records['claim'].pk}/", TEAM, "opportunities.view_claim"),
    ]
    for view in ("inspect", "edit", "delete", "history", "usage"):
        rows.append((f"/admin/register/{view}/{person}/", TEAM, "opportunities.view_person"))
        rows.append(
            (
                f"/admin/registrations/{view}/{hosted}/",
                TEAM | ({"host team"} if view != "delete" else set()),
                "opportunities.view_registration",
            )
        )
        rows.append(
            (f"/admin/registrations/{view}/{other}/", TEAM, "opportunities.view_registration")
        )
    return rows


def signed_in(client, role, records):
    if role == "anonymous":
        return None
    if role == "administrator":
        user = UserFactory(is_superuser=True)
    elif role == "host team":
        user = UserFactory(groups=["Co-production leads"])
        user.groups.add(records["carers"])
    else:
        user = UserFactory(groups=[role])
    client.force_login(user)
    return user


@pytest.mark.parametrize("role", ROLES)
def test_only_those_allowed_see_personal_data_and_each_look_is_logged(client, records, role):
    user = signed_in(client, role, records)
    wrong = []
    for url, allowed, action in views(records):
        response = client.get(url, follow=True)
        got_in = response.status_code == 200 and response.redirect_chain == []
        if got_in != (role in allowed):
            wrong.append(f"{url}: {'let in' if got_in else 'refused'} ({response.status_code})")
            continue
        if got_in and action:
            logged = ModelLogEntry.objects.filter(action=action, user=user).count()
            if not logged:
                wrong.append(f"{url}: not in the audit log")
    assert not wrong, "\n".join(wrong)
