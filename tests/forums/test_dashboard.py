"""The Wagtail dashboard: each lead sees their own forums' points awaiting an answer, soonest
due first; communications officers see every overdue answer."""

import datetime

import pytest
from django.utils import timezone

from forums.meetings.signals import leads_group_name
from tests.forums.factories import ForumOutcomePageFactory, MeetingPageFactory, add_point, in_days
from tests.home.factories import UserFactory


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def points(forum, other_forum, outcome):
    add_point(outcome, theme="Later theme", due_date=days(20))
    add_point(outcome, theme="Overdue theme", due_date=days(-3))
    add_point(outcome, theme="Answered theme", status="answered", answer="Done.")
    elsewhere = ForumOutcomePageFactory(
        parent=MeetingPageFactory(parent=other_forum, starts_at=in_days(-50))
    )
    add_point(elsewhere, theme="Northfield overdue", due_date=days(-9))
    draft = ForumOutcomePageFactory(
        parent=MeetingPageFactory(parent=forum, starts_at=in_days(-40)), live=False
    )
    add_point(draft, theme="Draft theme", due_date=days(-1))


def dashboard(client, user):
    client.force_login(user)
    return client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_lead_sees_their_points_awaiting_an_answer_soonest_first(client, forum, points):
    html = dashboard(client, UserFactory(groups=["Co-production leads", leads_group_name(forum)]))
    panel = html.split('id="forum_points_awaiting-heading"')[1].split("</section>")[0]

    assert panel.index("Overdue theme") < panel.index("Later theme")
    assert "Overdue" in panel
    assert "Answered theme" not in panel
    assert "Northfield overdue" not in panel  # another lead's forum
    assert "Draft theme" not in panel  # not published yet
    assert 'id="forum_points_overdue-heading"' not in html


@pytest.mark.django_db
def test_communications_officers_see_every_overdue_answer(client, points):
    html = dashboard(client, UserFactory(groups=["Communications officers"]))
    panel = html.split('id="forum_points_overdue-heading"')[1].split("</section>")[0]

    assert panel.index("Northfield overdue") < panel.index("Overdue theme")
    assert "Northfield forum" in panel and "Riverside forum" in panel
    assert "Later theme" not in panel and "Answered theme" not in panel
    assert 'id="forum_points_awaiting-heading"' not in html


@pytest.mark.django_db
def test_other_editors_see_no_forum_panels(client, points):
    html = dashboard(client, UserFactory(groups=["Forum co-chairs"]))
    assert "forum_points_" not in html
