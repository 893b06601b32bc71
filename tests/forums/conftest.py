import pytest

from forums.ideas.models import IdeaSettings
from tests.forums.factories import (
    ForumIndexPageFactory,
    ForumOutcomePageFactory,
    ForumPageFactory,
    MeetingPageFactory,
    in_days,
)


@pytest.fixture
def forum_index(home_page):
    return ForumIndexPageFactory(parent=home_page)


@pytest.fixture
def forum(forum_index):
    return ForumPageFactory(parent=forum_index, title="Riverside forum", slug="riverside")


@pytest.fixture
def other_forum(forum_index):
    return ForumPageFactory(parent=forum_index, title="Northfield forum", slug="northfield")


@pytest.fixture
def meeting(forum):
    return MeetingPageFactory(parent=forum, title="Riverside, 7 December", slug="december")


@pytest.fixture
def past_meeting(forum):
    return MeetingPageFactory(
        parent=forum, title="Riverside, 1 June", slug="june", starts_at=in_days(-60)
    )


@pytest.fixture
def outcome(past_meeting):
    return ForumOutcomePageFactory(parent=past_meeting)


@pytest.fixture
def idea_settings(site):
    """Safeguarding and PALS contacts, as suggestions and feedback both use them."""
    return IdeaSettings.objects.create(
        site=site,
        safeguarding_contact="Safeguarding lead on duty",
        safeguarding_email="safeguarding@example.org",
        pals_phone="0800 123 4567",
        pals_email="pals@example.org",
    )
