import pytest

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
