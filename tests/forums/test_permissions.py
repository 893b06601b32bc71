"""Who may do what: a co-production lead edits their own forums and nothing else (never the
people who registered), and what they write goes from draft to a co-chair's review to a
communications officer, who publishes it."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from forums.meetings.signals import leads_group_name
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


@pytest.mark.django_db
def test_workflow_from_draft_to_co_chair_to_publication(client, lead, past_meeting):
    co_chair = UserFactory(groups=["Forum co-chairs"])
    comms = UserFactory(groups=["Communications officers"])

    # The lead writes the outcome and submits it: a draft, with the co-chairs.
    client.force_login(lead)
    response = client.post(add_url("forumoutcomepage", past_meeting), outcome_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    outcome = Page.objects.get(slug="outcome", path__startswith=past_meeting.path)
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(outcome.pk))
    assert state.workflow.name == "Forum review"
    assert state.current_task_state.task.name == "Forum co-chair review"
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
