"""Suggesting an idea and moderating it: held until decided, saved once, crisis wording sent
to the safeguarding contact at once with crisis support shown, a reason for every decision,
each outcome acted on, logged and told to the author."""

import datetime
import io
import uuid
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from forums.ideas.models import IdeaFollower, Suggestion
from forums.ideas.moderation import decide
from forums.ideas.pages import IdeaPage
from forums.taxonomy import IDEA_SERVICES, service_for
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def idea_services(db):
    """The services a migrated site has (migration 0008 made them from the former choices)."""
    return {value: service_for(value) for value in IDEA_SERVICES}


def suggestion_data(**overrides):
    data = {
        "title": "Longer visiting hours",
        "what": "Visiting ends at 7pm. Many carers work until 6.",
        "service": "wards",
        "email": "",
        "submission_key": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def suggest(client, send, idea_index, **overrides):
    return send(client.post, idea_index.url + "suggest/", suggestion_data(**overrides))


def test_a_suggestion_is_held_not_published(client, send, idea_index):
    response = suggest(client, send, idea_index)
    assert response.status_code == 302 and response.url.endswith("/suggest/thanks/")
    suggestion = Suggestion.objects.get()
    assert suggestion.decision == "pending" and not suggestion.crisis_flag
    assert IdeaPage.objects.count() == 0
    thanks = client.get(response.url).content.decode()
    assert "Thank you for your idea" in thanks and "116 123" not in thanks


def test_a_double_click_saves_one_suggestion(client, send, idea_index):
    data = {"submission_key": str(uuid.uuid4())}
    suggest(client, send, idea_index, **data)
    suggest(client, send, idea_index, **data)
    assert Suggestion.objects.count() == 1


def test_an_invalid_suggestion_keeps_what_was_typed(client, send, idea_index):
    response = suggest(client, send, idea_index, title="", wants_updates="on")
    html = response.content.decode()
    assert "Enter your idea in a few words" in html
    assert "Enter an email address, or untick the box" in html
    assert "Many carers work until 6." in html
    assert Suggestion.objects.count() == 0


def test_the_honeypot_saves_nothing(client, send, idea_index):
    suggest(client, send, idea_index, website="spam")
    assert Suggestion.objects.count() == 0


def test_crisis_words_go_to_the_safeguarding_contact_at_once(
    client, send, idea_index, idea_settings
):
    response = suggest(
        client,
        send,
        idea_index,
        what="Nobody listens. Some days I want to hurt myself.",
        email="alex@example.org",
    )
    suggestion = Suggestion.objects.get()
    assert suggestion.crisis_flag and suggestion.safeguarding_told_at is not None
    assert [message.to for message in mail.outbox] == [["safeguarding@example.org"]]
    assert "Some days I want to hurt myself" in mail.outbox[0].body
    assert "Safeguarding lead on duty" in mail.outbox[0].body
    thanks = client.get(response.url).content.decode()
    assert "NHS 111 and choose option 2" in thanks and "116 123" in thanks


def test_crisis_words_without_a_contact_set_go_to_the_admins(client, send, idea_index, settings):
    settings.ADMINS = [("Admin", "admin@example.org")]
    suggest(client, send, idea_index, what="I think about suicide a lot.")
    assert mail.outbox[0].to == ["admin@example.org"]
    assert "Safeguarding" in mail.outbox[0].subject


def test_crisis_words_go_to_the_address_from_the_environment_before_the_admins(
    client, send, idea_index, settings
):
    settings.ADMINS = [("Admin", "admin@example.org")]
    settings.SAFEGUARDING_EMAIL = "duty-desk@example.org"
    suggest(client, send, idea_index, what="I think about suicide a lot.")
    assert [message.to for message in mail.outbox] == [["duty-desk@example.org"]]


def test_a_refused_safeguarding_alert_is_retried_and_on_every_moderators_dashboard(
    client, send, idea_index, idea_settings
):
    refused = mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=ConnectionRefusedError("mail server down"),
    )
    with refused:
        suggest(client, send, idea_index, what="Some days I want to hurt myself.")
    suggestion = Suggestion.objects.get()
    assert suggestion.safeguarding_told_at is None and mail.outbox == []

    moderator = UserFactory(groups=["Communications officers"])
    bystander = UserFactory(groups=["Co-production leads"])
    client.force_login(moderator)
    dashboard = client.get("/admin/").content.decode()
    assert "A safeguarding alert has not been delivered" in dashboard
    assert "Safeguarding: a suggested idea mentions crisis or self-harm" in dashboard
    client.force_login(bystander)
    assert (
        "A safeguarding alert has not been delivered" not in client.get("/admin/").content.decode()
    )

    later = timezone.now() + datetime.timedelta(minutes=6)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("retry_emails", stdout=io.StringIO())
    suggestion.refresh_from_db()
    assert suggestion.safeguarding_told_at is not None
    assert [message.to for message in mail.outbox] == [["safeguarding@example.org"]]
    client.force_login(moderator)
    assert (
        "A safeguarding alert has not been delivered" not in client.get("/admin/").content.decode()
    )


def test_a_complaint_is_flagged(client, send, idea_index):
    suggest(client, send, idea_index, what="I want to complain about a rude nurse.")
    assert Suggestion.objects.get().complaint_flag


@pytest.fixture
def comms():
    return UserFactory(groups=["Communications officers"])


@pytest.fixture
def pending(idea_index):
    return Suggestion.objects.create(
        index=idea_index,
        title="Longer visiting hours",
        what="Visiting ends at 7pm.",
        service=service_for("wards"),
        email="alex@example.org",
        wants_updates=True,
        language="en-gb",
        submission_key=uuid.uuid4(),
    )


def moderate(client, send, suggestion, **data):
    return send(client.post, f"/admin/ideas/suggestions/{suggestion.pk}/", data)


def logged(suggestion):
    entry = ModelLogEntry.objects.get(action="forums.moderate_suggestion")
    assert entry.object_id == str(suggestion.pk)
    return entry.data


def test_publishing_makes_a_live_idea_and_tells_the_author(
    client, send, comms, pending, email_round
):
    client.force_login(comms)
    response = moderate(client, send, pending, decision="published", reason="clear_idea")
    assert response.status_code == 302
    pending.refresh_from_db()
    idea = pending.idea
    assert idea.live and idea.source == "public" and idea.voting_round == email_round
    assert idea.status == "open" and idea.status_changes.count() == 1
    assert logged(pending) == {"decision": "published", "reason": "clear_idea"}
    assert mail.outbox[-1].to == ["alex@example.org"]
    assert "We have published it" in mail.outbox[-1].body and idea.url in mail.outbox[-1].body
    assert IdeaFollower.objects.get().idea == idea


def test_joining_an_existing_idea(client, send, comms, pending, make_idea, email_round):
    existing = make_idea(email_round)
    client.force_login(comms)
    moderate(
        client,
        send,
        pending,
        decision="joined",
        reason="already_listed",
        joined_idea=existing.pk,
    )
    pending.refresh_from_db()
    assert pending.idea.pk == existing.pk and IdeaPage.objects.count() == 1
    assert "Someone had the same idea" in mail.outbox[-1].body


def test_a_complaint_is_answered_with_pals(client, send, comms, pending, idea_settings):
    client.force_login(comms)
    moderate(client, send, pending, decision="complaint", reason="complaint")
    body = mail.outbox[-1].body
    assert "Patient Advice and Liaison Service" in body
    assert "0800 123 4567" in body and "pals@example.org" in body
    assert IdeaPage.objects.count() == 0


def test_passing_to_safeguarding_tells_the_contact(client, send, comms, pending, idea_settings):
    client.force_login(comms)
    moderate(client, send, pending, decision="safeguarding", reason="crisis")
    recipients = [message.to for message in mail.outbox]
    assert ["safeguarding@example.org"] in recipients and ["alex@example.org"] in recipients
    assert "116 123" in mail.outbox[-1].body


def test_declining_gives_the_reason(client, send, comms, pending):
    client.force_login(comms)
    moderate(client, send, pending, decision="declined", reason="names_people")
    pending.refresh_from_db()
    assert pending.decision == "declined" and pending.reason == "names_people"
    assert "Names or describes a person" in mail.outbox[-1].body
    assert logged(pending)["reason"] == "names_people"


def test_every_decision_needs_a_reason(client, send, comms, pending):
    client.force_login(comms)
    response = moderate(client, send, pending, decision="declined")
    assert response.status_code == 200
    pending.refresh_from_db()
    assert pending.decision == "pending" and not mail.outbox


def test_no_email_no_message(pending, comms, send):
    pending.email = ""
    pending.save()
    send(decide, pending, comms, decision="declined", reason="abusive")
    assert not mail.outbox


def test_only_moderators_moderate(client, pending):
    client.force_login(UserFactory(groups=["Co-production leads"]))
    # Wagtail turns a refusal into a redirect to the dashboard with a message.
    assert client.get("/admin/ideas/suggestions/").status_code in {302, 403}
    response = client.post(f"/admin/ideas/suggestions/{pending.pk}/", {"decision": "declined"})
    assert response.status_code in {302, 403}
    pending.refresh_from_db()
    assert pending.decision == "pending"


def test_moderators_see_the_list_with_flags(client, comms, pending):
    pending.crisis_flag = True
    pending.save()
    client.force_login(comms)
    html = client.get("/admin/ideas/suggestions/").content.decode()
    assert "Longer visiting hours" in html and "Crisis or self-harm" in html
    assert client.get(f"/admin/ideas/suggestions/{pending.pk}/").status_code == 200


def test_erasing_a_suggestion_forgets_the_address(pending):
    pending.erase()
    pending.refresh_from_db()
    assert pending.email == "" and not pending.wants_updates
