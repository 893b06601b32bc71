"""What a person writes when registering interest ("anything you would like to tell us",
access needs) is screened as suggestions are: words of crisis or self-harm, in any of the
site's languages, tell the host at once (the host's notice, which otherwise goes only with a
support request) and show the person crisis support."""

import uuid

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.models import Locale

from home.translation import synchronise_language_trees
from opportunities.models import Registration
from tests.opportunities.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db

URDU = "وارڈ سے گھر آنے کے بعد سے مجھے خودکشی کے خیالات آتے ہیں۔ کیا میں پھر بھی آ سکتا ہوں؟"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def opportunity(index_page):
    return OpportunityPageFactory(parent=index_page, title="Leaflet reading group")


def register(client, django_capture_on_commit_callbacks, page, **fields):
    data = {
        "submission_key": str(uuid.uuid4()),
        "name": "Amir Khan",
        "email": "amir@example.org",
        "phone": "",
        "contact_method": "email",
        "consent": "on",
        "website": "",
        **fields,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, data)
    assert response.status_code == 302
    return response


def test_a_message_about_suicide_tells_the_host_and_shows_support(
    client, django_capture_on_commit_callbacks, opportunity
):
    response = register(client, django_capture_on_commit_callbacks, opportunity, message=URDU)
    registration = Registration.objects.get()
    assert registration.mentions_crisis and not registration.asks_for_support
    host = next(message for message in mail.outbox if message.to == ["host@example.org"])
    assert host.subject.startswith("Please read today")
    assert "mentions crisis or self-harm" in host.body and URDU in host.body
    thanks = client.get(response["Location"]).content.decode()
    assert "Call Samaritans free on 116 123" in thanks
    assert "NHS 111 and choose option 2" in thanks


def test_access_needs_are_screened_too(client, django_capture_on_commit_callbacks, opportunity):
    register(
        client,
        django_capture_on_commit_callbacks,
        opportunity,
        access_needs="Nie mam siły żyć, ale chcę przyjść. Potrzebuję cichego pokoju.",
    )
    host = next(message for message in mail.outbox if message.to == ["host@example.org"])
    assert host.subject.startswith("Please read today")
    assert "Nie mam siły żyć" in host.body


def test_an_ordinary_message_goes_to_nobody_new(
    client, django_capture_on_commit_callbacks, opportunity
):
    response = register(
        client,
        django_capture_on_commit_callbacks,
        opportunity,
        message="Czy mogę przyjść z córką? Ciągle się martwię, że się spóźnię.",
    )
    assert [message.to for message in mail.outbox] == [["amir@example.org"]]
    assert "116 123" not in client.get(response["Location"]).content.decode()


def test_the_host_reads_the_message_with_a_support_request(
    client, django_capture_on_commit_callbacks, opportunity
):
    register(
        client,
        django_capture_on_commit_callbacks,
        opportunity,
        needs_quiet_room="on",
        message="I will come by bus & may be late.",
    )
    host = next(message for message in mail.outbox if message.to == ["host@example.org"])
    assert host.subject.startswith("Support requested")
    assert "What they wrote:\nI will come by bus & may be late." in host.body
    assert "crisis" not in host.body


def test_the_host_is_told_which_language_it_came_in(
    client, django_capture_on_commit_callbacks, opportunity
):
    synchronise_language_trees()
    urdu_page = opportunity.get_translation(Locale.objects.get(language_code="ur"))
    register(client, django_capture_on_commit_callbacks, urdu_page, message=URDU)
    host = next(message for message in mail.outbox if message.to == ["host@example.org"])
    assert "They registered from the site in Urdu (ur)" in host.body
    assert "ask an interpreter today" in host.body
