"""Emails reach people in their own language, whatever the language of the request or task
that sends them, and plain text is never HTML-escaped. Urdu and Arabic are read through the
tagged pseudo-translation (tests/pseudo.py), as their catalogues are not compiled here."""

import re

import pytest
from django.core import mail
from django.utils import translation
from wagtail.users.models import UserProfile

from forums.ideas.models import VoteMode
from forums.ideas.services import request_email_vote
from opportunities.register.tasks import send_register_email
from opportunities.registrations.tasks import send_registration_emails
from tests.forums.ideas.factories import IdeaIndexPageFactory, IdeaPageFactory, VotingRoundFactory
from tests.home.factories import UserFactory
from tests.opportunities.factories import (
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    PersonFactory,
    RegisterPageFactory,
    RegistrationFactory,
)
from tests.pseudo import leftover, marked, pseudo_translation

pytestmark = pytest.mark.django_db

URL = re.compile(r"https?://\S+")


def english_left(text):
    """The lines of `text` (links aside) that still hold words no catalogue gave."""
    return [line for line in text.splitlines() if leftover(URL.sub("", line))]


def register_email(person):
    mail.outbox.clear()
    send_register_email.call(person.pk, "confirm_email")
    (message,) = mail.outbox
    return message


def vote_email(idea, voting_round, language, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        request_email_vote(idea, voting_round, "sam@example.org", False, language)
    (message,) = mail.outbox
    return message


def test_the_register_email_is_in_urdu_for_an_urdu_reader(home_page):
    RegisterPageFactory(parent=home_page)
    english = register_email(PersonFactory(language="en-gb", confirmed_at=None))
    # Sent from an English request (or a task with no language): the person's language wins.
    with pseudo_translation(["ur"]), translation.override("en-gb"):
        # The name is the person's own: marked, as it is no word of ours.
        urdu = register_email(PersonFactory(language="ur", confirmed_at=None, name=marked("Jo")))

    assert english.subject == "Confirm you want to join the involvement register"
    assert urdu.subject != english.subject and urdu.body != english.body
    assert "⟦ur:" in urdu.subject and "⟦ur:" in urdu.body
    assert not english_left(urdu.subject) and not english_left(urdu.body)


def test_the_vote_link_is_in_arabic_for_an_arabic_voter(
    home_page, django_capture_on_commit_callbacks
):
    index = IdeaIndexPageFactory(parent=home_page)
    voting_round = VotingRoundFactory(index=index, mode=VoteMode.EMAIL)
    # An idea's title is the editor's: written marked, as a translator would give it.
    idea = IdeaPageFactory(
        parent=index, title="⟦Longer visiting hours⟧", voting_round=voting_round
    )
    english = vote_email(idea, voting_round, "en-gb", django_capture_on_commit_callbacks)
    with pseudo_translation(["ar"]), translation.override("en-gb"):
        arabic = vote_email(idea, voting_round, "ar", django_capture_on_commit_callbacks)

    assert english.subject == "Confirm your vote"
    assert arabic.subject != english.subject and arabic.body != english.body
    assert "⟦ar:" in arabic.subject and "⟦ar:" in arabic.body
    assert not english_left(arabic.subject) and not english_left(arabic.body)


def test_a_title_with_an_apostrophe_and_an_ampersand_arrives_as_typed_in_plain_text(
    home_page, django_capture_on_commit_callbacks
):
    index = OpportunityIndexPageFactory(parent=home_page)
    opportunity = OpportunityPageFactory(parent=index, title="Carers' break days & more")
    registration = RegistrationFactory(opportunity=opportunity, language="en-gb")
    send_registration_emails.call(registration.pk)

    (message,) = mail.outbox
    # The title sits between Unicode isolates (FSI, PDI), which mail programs do not show.
    assert message.subject == "You registered interest: \u2068Carers' break days & more\u2069"
    assert "Carers' break days & more" in message.body
    assert "&#x27;" not in message.body + message.subject
    assert "&amp;" not in message.body + message.subject


def host_notice(opportunity):
    mail.outbox.clear()
    registration = RegistrationFactory(
        opportunity=opportunity, language="en-gb", bringing_supporter=True
    )
    send_registration_emails.call(registration.pk)
    return next(message for message in mail.outbox if message.to == ["host@example.org"])


@pytest.mark.parametrize(
    ("account", "chosen", "in_urdu"),
    [
        (True, "ur", True),  # the host's own admin language
        (True, "", False),  # never chose: the site's default
        (True, "fr", False),  # an admin language the site has no words in: the default
        (False, "", False),  # a shared mailbox, no account: the default
    ],
)
def test_a_staff_email_is_in_the_admin_language_of_the_person_who_gets_it(
    home_page, account, chosen, in_urdu
):
    if account:
        # The address as the account spells it; the opportunity has it in lower case.
        host = UserFactory(email="Host@example.org")
        UserProfile.objects.update_or_create(user=host, defaults={"preferred_language": chosen})
    index = OpportunityIndexPageFactory(parent=home_page)
    opportunity = OpportunityPageFactory(parent=index, contact_email="host@example.org")
    english = "Support requested for"

    with pseudo_translation(["ur"]):
        message = host_notice(opportunity)

    assert ("⟦ur:" in message.subject) is in_urdu
    assert ("⟦ur:" in message.body) is in_urdu
    assert message.subject.startswith(english) is not in_urdu
