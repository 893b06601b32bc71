"""Who may do what: a co-production lead edits their own forums and nothing else (never the
people who registered), and what they write goes from draft to a co-chair's review to a
communications officer, who publishes it."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from forums.meetings.signals import leads_group_name
from forums.roles import co_chairs_group_name
from tests.forums.factories import MeetingPageFactory, in_days
from tests.home.factories import UserFactory
from tests.opportunities.factories import (
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    RegistrationFactory,
)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(model_name, parent):
    return reverse("wagtailadmin_pages:add", args=["forums", model_name, parent.pk])


def allowed(response):
    return response.status_code == 200


@pytest.fixture
def lead(forum):
    return UserFactory(groups=["Co-production leads", leads_group_name(forum)])


@pytest.mark.django_db
def test_each_forum_gets_its_own_leads_group_with_page_permissions(forum, other_forum):
    group = Group.objects.get(name="Forum leads: Riverside forum")
    codenames = set(
        group.page_permissions.filter(page=forum).values_list("permission__codename", flat=True)
    )
    assert codenames == {"add_page", "change_page"}
    assert not group.page_permissions.exclude(page=forum).exists()
    assert Group.objects.filter(name="Forum leads: Northfield forum").exists()


@pytest.mark.django_db
def test_lead_edits_their_own_forum_and_its_meetings(client, lead, forum, meeting):
    client.force_login(lead)
    assert allowed(client.get(edit_url(forum)))
    assert allowed(client.get(edit_url(meeting)))
    assert allowed(client.get(add_url("meetingpage", forum)))
    assert allowed(client.get(add_url("forumoutcomepage", meeting)))


@pytest.mark.django_db
def test_lead_cannot_touch_another_forum_or_the_rest_of_the_site(
    client, lead, home_page, other_forum, forum_index
):
    other_meeting_parent = other_forum
    opportunity = OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=home_page))
    client.force_login(lead)

    for page in [other_forum, forum_index, home_page, opportunity]:
        assert not allowed(client.get(edit_url(page))), page
    assert not allowed(client.get(add_url("meetingpage", other_meeting_parent)))


@pytest.mark.django_db
def test_lead_never_sees_the_people_who_registered(client, lead, meeting):
    RegistrationFactory(opportunity=meeting, name="Private Person")
    client.force_login(lead)

    for url in ["/admin/registrations/", "/admin/registrations/?export=csv"]:
        response = client.get(url, follow=True)
        assert "Private Person" not in response.content.decode(), url
    assert not lead.has_perm("opportunities.view_registration")


@pytest.mark.django_db
def test_a_meeting_can_never_name_a_host_group(lead, meeting):
    """A host group sees its opportunity's registrations: a lead must not be able to make
    their own group one, so a meeting clears it on every save."""
    meeting.host_group = lead.groups.get(name__startswith="Forum leads")
    meeting.save()
    meeting.refresh_from_db()
    assert meeting.host_group is None


def outcome_form(**overrides):
    data = {
        "title": "What came of the June meeting",
        "slug": "outcome",
        "summary": "What people said.",
        "what_happened": rich_text("<p>We talked about letters.</p>"),
        "attendance": "9",
        "written_by": "The co-production lead and a co-chair",
        "points": inline_formset(
            [
                {
                    "theme": "Letters",
                    "what_was_said": "Letters are hard to read.",
                    "answered_by": "Patient information lead",
                    "status": "awaiting",
                    "answer": "",
                    "link_page": "",
                }
            ]
        ),
        "comments": inline_formset([]),
        "action-submit": "Submit for review",
    }
    data.update(overrides)
    return nested_form_data(data)


def co_chair_of(forum):
    return UserFactory(groups=["Forum co-chairs", co_chairs_group_name(forum.title)])


@pytest.mark.django_db
def test_workflow_from_draft_to_co_chair_to_publication(client, lead, past_meeting, forum):
    co_chair = co_chair_of(forum)
    comms = UserFactory(groups=["Communications officers"])

    # The lead writes the outcome and submits it: a draft, with the forum's co-chairs.
    client.force_login(lead)
    response = client.post(add_url("forumoutcomepage", past_meeting), outcome_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    outcome = Page.objects.get(slug="outcome", path__startswith=past_meeting.path)
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(outcome.pk))
    assert state.workflow.name == "Forum review: Riverside forum"
    assert state.current_task_state.task.name == "Co-chair review: Riverside forum"
    assert not outcome.live

    # A lead cannot approve their own work.
    task_state = state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[outcome.pk, "approve", task_state.pk]
    )
    client.post(approve, {"comment": ""})
    state.refresh_from_db()
    assert state.current_task_state.pk == task_state.pk

    # The co-chair approves: now with the communications officers, still not public.
    client.force_login(co_chair)
    response = client.post(approve, {"comment": "Reads well."})
    assert response.status_code in {200, 302}
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Communications officer approval"
    outcome.refresh_from_db()
    assert not outcome.live

    # The communications officer approves: published.
    client.force_login(comms)
    final = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[outcome.pk, "approve", state.current_task_state.pk],
    )
    client.post(final, {"comment": ""})
    outcome.refresh_from_db()
    state.refresh_from_db()
    assert state.status == "approved"
    assert outcome.live
    assert outcome.specific.points.get().due_date is not None


def submitted_outcome(client, lead, meeting):
    """An outcome `lead` wrote and submitted in the admin, and its task state."""
    client.force_login(lead)
    response = client.post(add_url("forumoutcomepage", meeting), outcome_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    outcome = Page.objects.get(slug="outcome", path__startswith=meeting.path)
    return outcome, outcome.current_workflow_state.current_task_state


def approve_url(outcome, task_state):
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[outcome.pk, "approve", task_state.pk]
    )


@pytest.fixture
def two_forums_with_an_outcome_each(client, forum, other_forum, past_meeting):
    """Measured before: one "Forum review" on every forum, so every co-chair reviewed every
    forum's outcomes."""
    other_meeting = MeetingPageFactory(parent=other_forum, slug="may", starts_at=in_days(-50))
    other_lead = UserFactory(groups=["Co-production leads", leads_group_name(other_forum)])
    lead = UserFactory(groups=["Co-production leads", leads_group_name(forum)])
    mine = submitted_outcome(client, lead, past_meeting)
    theirs = submitted_outcome(client, other_lead, other_meeting)
    client.logout()
    return mine, theirs


@pytest.mark.django_db
def test_each_forum_has_its_own_co_chairs_and_review(forum, other_forum, forum_index):
    for page in (forum, other_forum):
        workflow = page.get_workflow()
        assert workflow.name == f"Forum review: {page.title}"
        review, approval = [task.specific for task in workflow.tasks]
        assert [group.name for group in review.groups.all()] == [co_chairs_group_name(page.title)]
        assert approval.name == "Communications officer approval"
    # The forums' index is the communications officers' own page: no review.
    assert forum_index.get_workflow() is None


@pytest.mark.django_db
def test_a_co_chair_is_offered_only_their_own_forums_outcomes(
    client, forum, two_forums_with_an_outcome_each
):
    (mine, my_task), (theirs, their_task) = two_forums_with_an_outcome_each
    client.force_login(co_chair_of(forum))

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard
    assert edit_url(mine) in dashboard and edit_url(theirs) not in dashboard
    assert allowed(client.get(edit_url(mine)))
    assert not allowed(client.get(edit_url(theirs)))

    response = client.post(approve_url(theirs, their_task), {"comment": ""})
    assert response.status_code in {302, 403}
    their_task.refresh_from_db()
    assert their_task.status == "in_progress"


@pytest.mark.django_db
def test_a_co_chair_who_approves_lands_on_their_dashboard(
    client, forum, two_forums_with_an_outcome_each
):
    """Measured before: "Sorry, you do not have permission to access this area" after
    approving, from the review button and from the page's editor alike."""
    (mine, task_state), _theirs = two_forums_with_an_outcome_each
    co_chair = co_chair_of(forum)
    client.force_login(co_chair)

    response = client.post(approve_url(mine, task_state), {"comment": "Reads well."}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    html = response.content.decode()
    assert "do not have permission" not in html
    assert "Your role" in html
    state = Page.objects.get(pk=mine.pk).current_workflow_state
    assert state.current_task_state.task.name == "Communications officer approval"

    # From the editor: the other outcome of this forum, approved with the editor's button.
    lead = UserFactory(groups=["Co-production leads", leads_group_name(forum)])
    april = MeetingPageFactory(parent=forum, slug="april", starts_at=in_days(-70))
    outcome, _task_state = submitted_outcome(client, lead, april)
    client.force_login(co_chair)
    data = outcome_form(**{"action-submit": "", "action-workflow-action": "true"})
    data["workflow-action-name"] = "approve"
    response = client.post(edit_url(outcome), data, follow=True)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert "do not have permission" not in response.content.decode()
    state = Page.objects.get(pk=outcome.pk).current_workflow_state
    assert state.current_task_state.task.name == "Communications officer approval"


@pytest.mark.django_db
def test_no_outcome_for_a_meeting_that_has_not_happened(client, lead, meeting, past_meeting):
    """Measured before: an outcome could be posted for next week's meeting."""
    client.force_login(lead)
    response = client.post(add_url("forumoutcomepage", meeting), outcome_form())
    assert response.status_code == 200
    assert "This meeting has not happened yet" in response.content.decode()
    assert not Page.objects.filter(slug="outcome").exists()
    response = client.post(add_url("forumoutcomepage", past_meeting), outcome_form())
    assert response.status_code == 302


def errors(response):
    import re

    html = response.content.decode()
    return re.findall(r"error-message[^>]*>\s*(?:<[^>]+>\s*)*([^<]+)", html) + re.findall(
        r"w-field__errors[^>]*>([\s\S]{0,300})", html
    )


def meeting_form(**overrides):
    data = {
        "title": "Riverside forum, 7 March",
        "slug": "march",
        "summary": "A drop-in meeting online.",
        "starts_at": "2030-03-07 10:30",
        "ends_at": "2030-03-07 13:00",
        "meeting_format": "online",
        "venue": "",
        "joining_instructions": "We use Microsoft Teams.",
        "joining_link": "https://teams.example.org/march",
        "what_will_be_discussed": rich_text("<p>Letters.</p>"),
        "host_team": "Involvement team",
        "contact": "Grace, co-production lead",
        "contact_email": "involvement@example.org",
        "places": "25",
        "closing_date": "",
        "support_notes": "",
        "comments": inline_formset([]),
        "action-submit": "Submit for review",
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
def test_lead_adds_a_meeting_in_the_admin_with_only_the_meeting_fields(client, lead, forum):
    from forums.meetings.pages import MeetingPage

    client.force_login(lead)
    response = client.post(add_url("meetingpage", forum), meeting_form())

    assert response.status_code == 302, errors(response)
    meeting = MeetingPage.objects.get(slug="march", alias_of=None)
    revision = meeting.latest_revision.as_object()
    assert revision.kind == "meeting" and revision.online and not revision.in_person
    assert str(revision.closing_date) == "2030-03-07"
    assert revision.host_group is None


@pytest.mark.django_db
def test_an_in_person_meeting_without_a_venue_is_refused_in_the_admin(client, lead, forum):
    from forums.meetings.pages import MeetingPage

    client.force_login(lead)
    response = client.post(add_url("meetingpage", forum), meeting_form(meeting_format="in_person"))

    assert response.status_code == 200
    assert "Choose the venue for an in-person activity." in response.content.decode()
    assert not MeetingPage.objects.filter(slug="march").exists()


@pytest.mark.django_db
def test_lead_can_choose_a_venue_but_not_change_one(client, lead):
    from tests.opportunities.factories import VenueFactory

    venue = VenueFactory(name="Riverside House")
    client.force_login(lead)

    chooser = client.get("/admin/snippets/choose/opportunities/venue/")
    edit = client.get(f"/admin/snippets/opportunities/venue/edit/{venue.pk}/")

    assert chooser.status_code == 200 and "Riverside House" in chooser.content.decode()
    assert edit.status_code != 200
