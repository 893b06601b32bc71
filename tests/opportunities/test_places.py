"""A place from registering to the day: the cancel link in every confirmation and reminder,
and a freed place offered to the waiting list in turn, by email, with a time to answer."""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from forums.meetings.tasks import send_meeting_reminder
from opportunities.models import PlaceOffer, Registration
from opportunities.registrations import services
from opportunities.registrations.links import REGISTRATION_LINKS, cancel_link, place_link
from opportunities.registrations.services import (
    OFFER_LASTS,
    SHORTEST_OFFER,
    offer_expires_at,
)
from opportunities.registrations.tasks import send_registration_emails
from tests.forums.factories import ForumIndexPageFactory, ForumPageFactory, MeetingPageFactory
from tests.home.factories import UserFactory
from tests.opportunities.factories import OpportunityPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+/(?:cancel|place)/\S+/")


@pytest.fixture
def opportunity(index_page):
    return OpportunityPageFactory(parent=index_page, title="Leaflet reading group", places=1)


@pytest.fixture
def full(opportunity):
    """One place, taken by Alex; Bea then Cy waiting, in that order."""
    alex = RegistrationFactory(opportunity=opportunity, name="Alex", email="alex@example.org")
    bea = RegistrationFactory(
        opportunity=opportunity, name="Bea", email="bea@example.org", on_waiting_list=True
    )
    cy = RegistrationFactory(
        opportunity=opportunity, name="Cy", email="cy@example.org", on_waiting_list=True
    )
    return alex, bea, cy


def path_of(url):
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def link_in(email):
    return path_of(LINK.search(email.body).group(0))


def names(email, registration, purpose):
    """Whether the email carries a working `purpose` link for this registration (a link's
    timestamp is to the second, so it is read, not compared)."""
    tokens = re.findall(rf"/{purpose}/([A-Za-z0-9_-]+)/", email.body)
    return any(
        REGISTRATION_LINKS.read(token, purpose) == registration.public_id for token in tokens
    )


def offer_of(registration):
    return PlaceOffer.objects.filter(registration=registration).first()


# 1. Cancelling


def test_the_confirmation_carries_a_cancel_link_that_asks_before_it_cancels(
    client, full, django_capture_on_commit_callbacks
):
    alex, _bea, _cy = full
    send_registration_emails.call(alex.pk)
    url = link_in(mail.outbox[0])
    assert "/cancel/" in url

    asked = client.get(url)  # what a mail scanner does: nothing changes
    alex.refresh_from_db()
    assert asked.status_code == 200 and alex.status == "new"
    page = asked.content.decode()
    assert "Cancel your place?" in page and "Leaflet reading group" in page
    assert "You registered as <bdi>Alex</bdi>." in page
    assert '<form method="post"' in page

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(url)
    alex.refresh_from_db()
    assert alex.status == "withdrawn"
    assert "Your place is cancelled" in done.content.decode()

    again = client.post(url)
    assert "This is already cancelled" in again.content.decode()
    assert "This is already cancelled" in client.get(url).content.decode()
    assert Registration.objects.get(pk=alex.pk).status == "withdrawn"


def test_someone_waiting_is_asked_to_leave_the_waiting_list(client, full):
    _alex, bea, _cy = full
    send_registration_emails.call(bea.pk)
    body = mail.outbox[0].body
    assert "To leave the waiting list, use this link:" in body

    url = link_in(mail.outbox[0])
    assert "Leave the waiting list?" in client.get(url).content.decode()
    assert "You have left the waiting list" in client.post(url).content.decode()


def test_every_meeting_reminder_carries_the_cancel_link(home_page):
    forum = ForumPageFactory(parent=ForumIndexPageFactory(parent=home_page))
    meeting = MeetingPageFactory(parent=forum, title="Riverside, Thursday")
    alex = RegistrationFactory(opportunity=meeting, name="Alex", email="alex@example.org")

    send_meeting_reminder.call(alex.pk)
    send_registration_emails.call(alex.pk)

    reminder, confirmation = mail.outbox
    for email in (reminder, confirmation):
        assert names(email, alex, "cancel")
        assert alex.opportunity.get_full_url() + "cancel/" in email.body


def translated(page, language_code):
    """The page's own translation in that language, published (as a translator would)."""
    locale = Locale.objects.get(language_code=language_code)
    copy = page.copy_for_translation(locale, copy_parents=True, alias=False)
    copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)


def test_the_cancel_page_is_in_the_language_the_person_registered_in(client, opportunity):
    polish = translated(opportunity, "pl")
    agata = RegistrationFactory(opportunity=polish, name="Agata", language="pl")
    send_registration_emails.call(agata.pk)

    url = link_in(mail.outbox[0])
    assert url.startswith("/pl/")
    page = client.get(url).content.decode()
    assert '<html lang="pl"' in page
    assert "Cancel your place?" not in page and "Anulować" in page


@pytest.mark.parametrize(
    "change, status, says",
    [
        (lambda url: url[:-8] + "/", 404, "This link does not work"),
        (lambda url: url.replace("/cancel/", "/place/"), 404, "This link does not work"),
    ],
)
def test_a_broken_link_explains_itself(client, full, change, status, says):
    alex = full[0]
    response = client.get(change(path_of(cancel_link(alex))))
    assert response.status_code == status
    assert says in response.content.decode()
    assert "Leaflet reading group" in response.content.decode()


def test_an_old_link_has_expired_and_says_so_in_the_persons_language(client, opportunity):
    urdu = translated(opportunity, "ur")
    person = RegistrationFactory(opportunity=urdu, language="ur")
    url = path_of(cancel_link(person))
    later = timezone.now() + datetime.timedelta(days=401)

    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        response = client.get(url)

    assert response.status_code == 410
    page = response.content.decode()
    assert '<html lang="ur"' in page and "This link has expired" not in page


def test_an_anonymised_registration_is_no_longer_held(client, full):
    alex = full[0]
    url = path_of(cancel_link(alex))
    Registration.objects.filter(pk=alex.pk).anonymise()
    response = client.get(url)
    assert response.status_code == 410
    assert "We no longer hold these details" in response.content.decode()


def test_a_cancellation_and_an_answer_purge_the_kept_page(
    client, full, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    alex, bea, _cy = full
    opportunity = alex.opportunity
    assert "it is taken" in Client().get(opportunity.url).content.decode()
    assert Client().get(opportunity.url)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        client.post(path_of(cancel_link(alex)))
    assert Client().get(opportunity.url)["X-Page-Cache"] == "miss"
    assert Client().get(opportunity.url)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        client.post(path_of(place_link(bea)), {"answer": "decline"})
    assert Client().get(opportunity.url)["X-Page-Cache"] == "miss"
    cache.clear()


# 2. A freed place goes to the waiting list, in turn


def test_a_cancelled_place_is_offered_to_the_first_person_waiting(
    client, full, django_capture_on_commit_callbacks
):
    alex, bea, cy = full
    with django_capture_on_commit_callbacks(execute=True):
        client.post(path_of(cancel_link(alex)))

    offer = offer_of(bea)
    assert offer is not None and offer.outcome == "waiting"
    assert offer_of(cy) is None
    [email] = mail.outbox
    assert email.to == ["bea@example.org"]
    assert "A place has come up: \u2068Leaflet reading group\u2069" == email.subject
    assert names(email, bea, "place")
    assert offer.emailed_at is not None
    # The offered place is held for Bea: a newcomer joins the list behind her.
    assert alex.opportunity.is_full()
    newcomer = RegistrationFactory(opportunity=alex.opportunity, on_waiting_list=True)
    assert services.offer_free_places(alex.opportunity.pk) == []
    assert offer_of(newcomer) is None


def test_a_newcomer_never_takes_a_place_offered_to_someone_waiting(
    client, full, django_capture_on_commit_callbacks
):
    alex = full[0]
    services.cancel_registration(alex)
    opportunity = alex.opportunity
    key = client.get(opportunity.url).content.decode().split('name="submission_key" value="')[1]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            opportunity.url,
            {
                "submission_key": key[:36],
                "name": "Dee",
                "email": "dee@example.org",
                "contact_method": "email",
                "consent": "on",
                "website": "",
            },
        )
    assert Registration.objects.get(name="Dee").on_waiting_list


def test_taking_an_offered_place(client, full):
    alex, bea, _cy = full
    services.cancel_registration(alex)
    url = path_of(place_link(bea))

    asked = client.get(url)
    page = asked.content.decode()
    assert "A place has come up for you" in page and "Please answer by" in page
    assert offer_of(bea).outcome == "waiting"  # a scanner's visit answers nothing

    taken = client.post(url, {"answer": "accept"})
    bea.refresh_from_db()
    assert "The place is yours" in taken.content.decode()
    assert not bea.on_waiting_list and offer_of(bea).outcome == "accepted"
    assert "The place is yours" in client.post(url, {"answer": "accept"}).content.decode()
    assert alex.opportunity.places_taken() == 1


def test_saying_no_thanks_passes_the_place_to_the_next_person(
    client, full, django_capture_on_commit_callbacks
):
    alex, bea, cy = full
    services.cancel_registration(alex)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path_of(place_link(bea)), {"answer": "decline"})

    bea.refresh_from_db()
    assert "You are no longer on the waiting list" in response.content.decode()
    assert bea.status == "withdrawn" and offer_of(bea).outcome == "declined"
    assert offer_of(cy).outcome == "waiting"
    assert [m.to for m in mail.outbox] == [["cy@example.org"]]


def test_an_offer_not_taken_in_time_passes_to_the_next_person(
    client, full, django_capture_on_commit_callbacks
):
    alex, bea, cy = full
    services.cancel_registration(alex)
    later = offer_of(bea).expires_at + datetime.timedelta(minutes=1)

    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("pass_on_place_offers", stdout=open("/dev/null", "w"))
        call_command("pass_on_place_offers", stdout=open("/dev/null", "w"))
        too_late = client.post(path_of(place_link(bea)), {"answer": "accept"})

    assert offer_of(bea).outcome == "expired"
    assert offer_of(cy).outcome == "waiting"
    assert [m.to for m in mail.outbox] == [["cy@example.org"]]
    assert "The time to answer has passed" in too_late.content.decode()
    bea.refresh_from_db()
    assert bea.on_waiting_list


def test_a_late_answer_before_the_schedule_runs_still_passes_the_place_on(full):
    alex, bea, cy = full
    services.cancel_registration(alex)
    later = offer_of(bea).expires_at + datetime.timedelta(minutes=1)

    assert services.accept_place(bea, now=later) == services.RAN_OUT
    assert offer_of(cy).outcome == "waiting"


def test_staff_withdrawing_someone_frees_their_place_for_the_waiting_list(
    client, full, django_capture_on_commit_callbacks
):
    alex, bea, _cy = full
    client.force_login(UserFactory(groups=["Involvement team"]))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/registrations/edit/{alex.pk}/",
            {"status": "withdrawn", "on_waiting_list": "", "reply_by": ""},
        )

    assert response.status_code == 302
    assert offer_of(bea).outcome == "waiting"
    assert [m.to for m in mail.outbox] == [["bea@example.org"]]


def test_the_last_place_goes_to_one_of_two_people_accepting(full):
    """Two offers for one place (the host cut the places after offering two): the first
    to accept has it; the second keeps their turn at the head of the list."""
    alex, bea, cy = full
    opportunity = alex.opportunity
    type(opportunity).objects.filter(pk=opportunity.pk).update(places=2)
    services.cancel_registration(alex)
    assert offer_of(bea) and offer_of(cy)
    type(opportunity).objects.filter(pk=opportunity.pk).update(places=1)

    assert services.accept_place(cy) == services.ACCEPTED
    assert services.accept_place(bea) == services.PLACE_GONE
    assert offer_of(bea) is None  # first in the queue again
    assert opportunity.registrations.holding_a_place().count() == 1


def test_how_long_an_offer_lasts(opportunity):
    now = timezone.make_aware(datetime.datetime(2026, 12, 2, 9, 0))

    assert offer_expires_at(opportunity, now) == now + OFFER_LASTS
    opportunity.starts_at = now + datetime.timedelta(days=10)
    assert offer_expires_at(opportunity, now) == now + OFFER_LASTS
    # Sooner: the start of the day before the activity.
    opportunity.starts_at = timezone.make_aware(datetime.datetime(2026, 12, 4, 14, 0))
    assert offer_expires_at(opportunity, now) == timezone.make_aware(
        datetime.datetime(2026, 12, 3, 0, 0)
    )
    # Too close for that: a few hours, never past the start.
    opportunity.starts_at = now + datetime.timedelta(hours=20)
    assert offer_expires_at(opportunity, now) == now + SHORTEST_OFFER
    opportunity.starts_at = now + datetime.timedelta(hours=2)
    assert offer_expires_at(opportunity, now) == opportunity.starts_at
