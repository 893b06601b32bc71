"""One email address erased from every forum list: by the involvement team's screen (when
someone asks), and when its owner leaves the involvement register."""

import uuid

import pytest
from wagtail.models import ModelLogEntry

from forums.ideas.models import IdeaFollower, Suggestion
from forums.ideas.votes import EmailVoteRequest
from forums.projects.models import ProjectFollower
from opportunities.register.services import leave_register
from tests.forums.ideas.factories import IdeaIndexPageFactory, IdeaPageFactory, VotingRoundFactory
from tests.forums.projects.factories import ProjectIndexPageFactory, make_project
from tests.home.factories import UserFactory
from tests.opportunities.factories import PersonFactory

pytestmark = pytest.mark.django_db

SAM = "sam@example.org"


@pytest.fixture
def held(home_page):
    """Sam's address in every forum list, and someone else's beside it."""
    index = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=index, mode="email")
    idea = IdeaPageFactory(parent=index, voting_round=voting_round)
    project = make_project(ProjectIndexPageFactory(parent=home_page))
    for email in (SAM, "alex@example.org"):
        IdeaFollower.follow(idea, email, "en-gb")
        ProjectFollower.objects.create(project=project, email=email, language="en-gb")
        Suggestion.objects.create(
            index=index,
            title="Quiet room",
            what="A room",
            email=email,
            submission_key=uuid.uuid4(),
        )
        EmailVoteRequest.start(idea, email, False, "en-gb")


def sams_rows():
    return [
        IdeaFollower.objects.filter(email=SAM).count(),
        ProjectFollower.objects.filter(email=SAM).count(),
        Suggestion.objects.filter(email=SAM).count(),
        EmailVoteRequest.objects.filter(email=SAM).count(),
    ]


def test_leaving_the_register_erases_the_address_from_the_forums(held):
    leave_register(PersonFactory(email=SAM))

    assert sams_rows() == [0, 0, 0, 0]
    assert Suggestion.objects.filter(email="").count() == 1  # the words stay, nobody attached
    assert IdeaFollower.objects.filter(email="alex@example.org").count() == 1


def test_the_involvement_team_erases_an_address_and_the_log_does_not_keep_it(client, held):
    staff = UserFactory(groups=["Involvement team"])
    client.force_login(staff)
    assert client.get("/admin/erase-address/").status_code == 200

    response = client.post("/admin/erase-address/", {"email": "Sam@Example.org"})

    assert response.status_code == 200
    assert "The address is erased." in response.content.decode()
    assert sams_rows() == [0, 0, 0, 0]
    assert ProjectFollower.objects.filter(email="alex@example.org").exists()
    entry = ModelLogEntry.objects.get(action="forums.erase_address")
    assert entry.user_id == staff.pk and entry.data == {"rows": 4}
    assert SAM not in str(entry.data) + entry.label


def test_a_bad_address_erases_nothing_and_says_why(client, held):
    client.force_login(UserFactory(groups=["Involvement team"]))
    response = client.post("/admin/erase-address/", {"email": "not an address"})
    assert "Enter an email address like name@example.com" in response.content.decode()
    assert sams_rows() == [1, 1, 1, 1]


@pytest.mark.parametrize(
    "group", ["Communications officers", "Co-production leads", "Translators", "Forum co-chairs"]
)
def test_nobody_else_may_erase_addresses(client, held, group):
    client.force_login(UserFactory(groups=[group]))
    response = client.post("/admin/erase-address/", {"email": SAM})
    assert response.status_code in (302, 403)
    assert sams_rows() == [1, 1, 1, 1]
