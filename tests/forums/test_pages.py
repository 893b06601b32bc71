"""The forum pages: where each may go, what each shows, and what each costs in queries."""

import datetime

import pytest
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from forums.meetings.models import ForumSettings
from forums.meetings.pages import (
    DevelopmentGroupPapersPage,
    ForumIndexPage,
    ForumPage,
    MeetingPage,
    NewsletterPage,
)
from forums.outcomes.pages import ForumOutcomePage
from home.models import HomePage
from opportunities.models import Kind
from tests.forums.factories import (
    ForumOutcomePageFactory,
    ForumPageFactory,
    MeetingPageFactory,
    add_point,
    in_days,
)


class TestPageTree(WagtailPageTestCase):
    def test_where_each_page_goes(self):
        self.assertAllowedParentPageTypes(ForumIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(
            ForumIndexPage, {ForumPage, DevelopmentGroupPapersPage, NewsletterPage}
        )
        self.assertAllowedSubpageTypes(ForumPage, {MeetingPage})
        self.assertAllowedSubpageTypes(MeetingPage, {ForumOutcomePage})
        self.assertAllowedParentPageTypes(ForumOutcomePage, {MeetingPage})
        self.assertAllowedSubpageTypes(ForumOutcomePage, set())


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.mark.django_db
def test_a_meeting_is_an_opportunity_with_the_meeting_filled_in(meeting):
    meeting.refresh_from_db()
    assert meeting.kind == Kind.MEETING
    assert meeting.online and not meeting.in_person
    assert meeting.payment == "expenses_only"
    assert meeting.closing_date == timezone.localtime(meeting.starts_at).date()
    assert meeting.for_service_users and meeting.for_carers
    assert meeting.host_group is None


@pytest.mark.django_db
def test_a_meeting_needs_a_date_and_an_in_person_one_a_venue(forum):
    from django.core.exceptions import ValidationError

    meeting = MeetingPageFactory.build(starts_at=None)
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert "starts_at" in error.value.message_dict

    meeting = MeetingPageFactory.build(meeting_format="in_person", venue=None)
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert "venue" in error.value.message_dict


@pytest.mark.django_db
def test_meeting_page_shows_the_meeting_and_the_form_but_not_the_link(client, meeting):
    html = client.get(meeting.url).content.decode()
    assert "Riverside forum" in html  # the forum, as the caption
    assert "What will be discussed" in html and "Care plans." in html
    assert "Two parts, with tea in between." in html  # how the forum runs
    assert 'class="involve-registration-form"' in html
    assert "calendar/" in html
    assert "secret-meeting" not in html  # the joining link goes only in the reminder


@pytest.mark.django_db
def test_past_meeting_links_to_its_outcome_and_takes_no_registrations(client, outcome):
    meeting = outcome.get_parent().specific
    html = client.get(meeting.url).content.decode()
    assert "This meeting has taken place." in html
    assert outcome.url in html
    assert "involve-registration-form" not in html


@pytest.mark.django_db
def test_due_date_is_the_meeting_date_plus_the_setting(site, outcome):
    met_on = timezone.localtime(outcome.get_parent().specific.starts_at).date()
    first = add_point(outcome)
    assert first.due_date == met_on + datetime.timedelta(weeks=6)

    settings = ForumSettings.for_site(site)
    settings.response_weeks = 4
    settings.save()
    second = add_point(outcome, theme="Letters")
    first.refresh_from_db()

    assert second.due_date == met_on + datetime.timedelta(weeks=4)
    assert first.due_date == met_on + datetime.timedelta(weeks=6)  # a promise never moves


@pytest.mark.django_db
def test_due_date_is_set_when_an_outcome_is_saved_as_a_revision(outcome):
    from forums.outcomes.models import OutcomePoint

    outcome.points.add(OutcomePoint(theme="Letters", what_was_said="Hard.", answered_by="Lead"))
    revision = outcome.save_revision()
    [point] = revision.as_object().points.all()
    assert point.due_date is not None


@pytest.mark.django_db
def test_overdue_answers_are_shown_as_overdue_on_the_outcome_and_forum(client, forum, outcome):
    add_point(outcome, theme="Letters", due_date=days(-1))
    add_point(
        outcome,
        theme="Crisis line",
        due_date=days(-10),
        status="answered",
        answer="An extra worker at night.",
        answered_on=days(-20),
    )
    add_point(outcome, theme="Parking", due_date=days(5))

    html = client.get(outcome.url).content.decode()
    forum_html = client.get(forum.url).content.decode()

    assert html.count("nhsuk-tag--red") == 1
    assert "Overdue: this answer is late." in html
    assert "3 points were raised" in html and "1 answer is overdue" in html
    assert "An extra worker at night." in html
    assert "3 points were raised" in forum_html
    assert "1 has an answer" in forum_html
    assert "1 is waiting for an answer" in forum_html
    assert "1 answer is overdue" in forum_html


@pytest.mark.django_db
def test_a_point_taken_forward_needs_an_answer_and_a_link(outcome):
    from django.core.exceptions import ValidationError

    from forums.outcomes.models import OutcomePoint

    point = OutcomePoint(page=outcome, theme="X", what_was_said="Y", answered_by="Z")
    point.status = "project"
    with pytest.raises(ValidationError) as error:
        point.clean()
    assert "answer" in error.value.message_dict
    point.answer = "We made it a project."
    with pytest.raises(ValidationError) as error:
        point.clean()
    assert "link_page" in error.value.message_dict


@pytest.mark.django_db
def test_answered_on_is_filled_in_when_a_point_is_answered(outcome):
    point = add_point(outcome, status="answered", answer="Done.")
    assert point.answered_on == timezone.localdate()


@pytest.mark.django_db
def test_index_shows_the_next_round_across_forums_only(client, forum_index, forum, other_forum):
    MeetingPageFactory(parent=forum, title="Soon at Riverside", starts_at=in_days(10))
    MeetingPageFactory(
        parent=other_forum,
        title="Soon at Northfield",
        starts_at=in_days(12),
        meeting_format="online",
    )
    MeetingPageFactory(parent=forum, title="Next round at Riverside", starts_at=in_days(100))
    MeetingPageFactory(parent=forum, title="Gone", starts_at=in_days(-5))

    html = client.get(forum_index.url).content.decode()
    schedule = html.split('id="next-round"')[1].split("</table>")[0]

    assert schedule.count('<tr class="nhsuk-table__row">') == 2
    assert "Riverside forum" in schedule and "Northfield forum" in schedule
    assert html.index("Riverside forum</bdi></td>") < html.index("Northfield forum</bdi></td>")


@pytest.mark.django_db
def test_feed_lists_papers_and_newsletters_newest_first(client, forum_index):
    papers = DevelopmentGroupPapersPage(
        title="Spring papers", slug="spring", met_on=days(-30), summary="Papers."
    )
    forum_index.add_child(instance=papers)
    papers.save_revision().publish()
    newsletter = NewsletterPage(
        title="Summer newsletter",
        slug="summer",
        issued_on=days(-2),
        summary="News.",
        body=[{"type": "rich_text", "value": "<p>News.</p>"}],
    )
    forum_index.add_child(instance=newsletter)
    newsletter.save_revision().publish()

    response = client.get(forum_index.url + "feed/")
    feed = response.content.decode()

    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.index("Summer newsletter") < feed.index("Spring papers")
    assert client.get(papers.url).status_code == 200
    assert client.get(newsletter.url).status_code == 200


@pytest.mark.django_db
def test_forum_index_query_count_does_not_grow(client, forum_index, django_assert_max_num_queries):
    def add(forums, meetings_each):
        for _number in range(forums):
            forum = ForumPageFactory(parent=forum_index)
            for days_ahead in range(meetings_each):
                MeetingPageFactory(parent=forum, starts_at=in_days(5 + days_ahead))
                MeetingPageFactory(parent=forum, starts_at=in_days(-30 - days_ahead))

    add(2, 1)
    client.get(forum_index.url)
    # Most are the base template's (navigation, breadcrumbs, languages, footer).
    with django_assert_max_num_queries(26) as small:
        client.get(forum_index.url)
    add(6, 4)
    with django_assert_max_num_queries(len(small.captured_queries)):
        html = client.get(forum_index.url).content.decode()
    assert html.count('<tr class="nhsuk-table__row">') == 2 + 6 * 4


@pytest.mark.django_db
def test_forum_page_query_count_does_not_grow(client, forum, django_assert_max_num_queries):
    def add(meetings):
        for number in range(meetings):
            MeetingPageFactory(parent=forum, starts_at=in_days(10 + number))
            past = MeetingPageFactory(parent=forum, starts_at=in_days(-10 - number))
            outcome = ForumOutcomePageFactory(parent=past)
            add_point(outcome, due_date=days(-1))
            add_point(outcome, status="answered", answer="Done.")

    add(1)
    client.get(forum.url)
    with django_assert_max_num_queries(23) as small:
        client.get(forum.url)
    add(12)
    with django_assert_max_num_queries(len(small.captured_queries)):
        html = client.get(forum.url).content.decode()
    assert html.count("1 answer is overdue") == 13
