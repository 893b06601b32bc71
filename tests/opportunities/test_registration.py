import datetime
import uuid
from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from home.email_delivery.models import EmailDelivery
from home.email_delivery.services import MAX_TRIES, retry_due, send_again
from home.formatting import local_date
from opportunities.models import Registration
from tests.opportunities.factories import OpportunityPageFactory, RegistrationFactory


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks):
    """Runs what the view queued for after its transaction (the email task), as a real
    request would once it commits."""
    return django_capture_on_commit_callbacks


@pytest.fixture
def opportunity(index_page):
    return OpportunityPageFactory(parent=index_page, title="Leaflet reading group")


def form_data(**overrides):
    data = {
        "submission_key": str(uuid.uuid4()),
        "name": "Alex Taylor",
        "email": "alex@example.org",
        "phone": "",
        "contact_method": "email",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.django_db
def test_form_is_on_the_page_with_a_fresh_key_each_time(client, opportunity):
    first = client.get(opportunity.url).content.decode()
    second = client.get(opportunity.url).content.decode()
    key = first.split('name="submission_key" value="')[1][:36]
    assert key not in second
    assert 'autocomplete="email"' in first and 'autocomplete="name"' in first
    assert "Read our privacy notice" not in first or "privacy" in first


@pytest.mark.django_db
def test_valid_form_saves_once_redirects_and_emails(client, opportunity, after_commit):
    with after_commit(execute=True):
        response = client.post(opportunity.url, form_data())

    assert response.status_code == 302
    # Nothing private in the address (access logs, a forwarded link): the thanks page
    # names the registration to this browser alone, through a signed cookie for that page.
    assert response["Location"] == opportunity.url + "thanks/"
    cookie = response.cookies["involve_thanks"]
    assert cookie["path"] == opportunity.url + "thanks/" and cookie["httponly"]
    [registration] = Registration.objects.all()
    assert registration.name == "Alex Taylor" and registration.language == "en-gb"
    assert not registration.on_waiting_list
    assert registration.emails_sent_at is not None
    [email] = mail.outbox
    assert email.to == ["alex@example.org"]
    assert "Leaflet reading group" in email.subject
    thanks_response = client.get(response["Location"])
    thanks = thanks_response.content.decode()
    assert "private" in thanks_response["Cache-Control"]  # it names the person's email
    assert "Thank you for registering" in thanks
    assert "We have sent a confirmation to <bdi>alex@example.org</bdi>" in thanks


@pytest.mark.django_db
def test_double_submit_stores_one_record(client, opportunity, after_commit):
    data = form_data()
    with after_commit(execute=True):
        first = client.post(opportunity.url, data)
    with after_commit(execute=True):
        second = client.post(opportunity.url, data)

    assert Registration.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert len(mail.outbox) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"name": ""}, "name", "Enter your name"),
        ({"email": "", "phone": ""}, "email", "Enter an email address or a phone number"),
        ({"email": "not-an-email"}, "email", "Enter an email address like name@example.com"),
        (
            {"email": "", "phone": "0208", "contact_method": "phone"},
            "phone",
            "Enter a phone number, like 07700 900 982",
        ),
        (
            {"email": "", "phone": "07700 900982", "contact_method": "email"},
            "email",
            "Enter an email address, or choose another way to contact you",
        ),
        (
            {"phone": "", "contact_method": "phone_back"},
            "phone",
            "Enter a phone number, or choose another way to contact you",
        ),
        ({"contact_method": ""}, "contact_method", "Choose how you would like us to contact you"),
        ({"consent": None}, "consent", "Tick the box to say we can contact you"),
        (
            {"needs_interpreter": "on", "interpreter_language": ""},
            "interpreter_language",
            "Tell us which language you need",
        ),
    ],
)
def test_each_form_error_is_summarised_shown_by_its_field_and_saves_nothing(
    client, opportunity, overrides, field, message
):
    data = form_data(message="Please call after 4pm", **overrides)

    response = client.post(opportunity.url, data)
    html = response.content.decode()

    assert response.status_code == 200
    assert Registration.objects.count() == 0
    assert "There is a problem" in html
    anchor = f"id_{field}_0" if field == "contact_method" else f"id_{field}"
    assert f'<a href="#{anchor}">{message}' in html
    assert f'id="id_{field}-error"' in html
    assert "Please call after 4pm</textarea>" in html  # what was typed is kept


@pytest.mark.django_db
def test_phone_me_back_needs_no_email(client, opportunity):
    response = client.post(
        opportunity.url, form_data(email="", phone="07700 900982", contact_method="phone_back")
    )
    assert response.status_code == 302
    assert Registration.objects.get().contact_method == "phone_back"
    assert mail.outbox == []


@pytest.mark.django_db
def test_honeypot_pretends_success_and_saves_nothing(client, opportunity):
    response = client.post(opportunity.url, form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert Registration.objects.count() == 0
    assert "Thank you for registering" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_rate_limit_stops_a_flood_from_one_address_and_keeps_what_was_typed(client, opportunity):
    for _attempt in range(8):
        assert client.post(opportunity.url, form_data()).status_code == 302

    response = client.post(opportunity.url, form_data(name="Robot"))

    assert response.status_code == 429
    assert "You have sent a lot of forms in a short time" in response.content.decode()
    assert 'value="Robot"' in response.content.decode()
    assert Registration.objects.count() == 8
    other = client.post(
        opportunity.url, form_data(email="sam@example.org"), REMOTE_ADDR="10.0.0.2"
    )
    assert other.status_code == 302
    # The same email from another address is the same person's inbox: refused too.
    same_inbox = client.post(opportunity.url, form_data(), REMOTE_ADDR="10.0.0.3")
    assert same_inbox.status_code == 429


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["access_needs", "message"])
def test_a_page_of_text_is_the_most_one_box_takes(client, opportunity, field):
    response = client.post(opportunity.url, form_data(**{field: "x" * 2001}))
    assert response.status_code != 302
    assert "Write 2000 characters or fewer. You wrote 2001." in response.content.decode()
    assert Registration.objects.count() == 0
    assert client.post(opportunity.url, form_data(**{field: "x" * 2000})).status_code == 302


@pytest.mark.django_db
def test_a_form_with_thousands_of_extra_fields_is_refused(client, opportunity):
    data = form_data(**{f"extra{number}": "x" for number in range(1200)})
    assert client.post(opportunity.url, data).status_code == 400
    assert Registration.objects.count() == 0


@pytest.mark.django_db
def test_full_opportunity_puts_new_people_on_the_waiting_list(client, opportunity, after_commit):
    opportunity.places = 1
    opportunity.save()
    RegistrationFactory(opportunity=opportunity)
    RegistrationFactory(opportunity=opportunity, status="withdrawn")

    page = client.get(opportunity.url).content.decode()
    with after_commit(execute=True):
        response = client.post(opportunity.url, form_data())

    assert "you would join the waiting list" in page
    latest = Registration.objects.latest("created_at")
    assert latest.on_waiting_list
    assert "You are on the waiting list" in client.get(response["Location"]).content.decode()
    assert "waiting list" in mail.outbox[0].body


@pytest.mark.django_db
def test_support_request_reaches_the_host_with_a_reply_by_date(client, opportunity, after_commit):
    with after_commit(execute=True):
        client.post(
            opportunity.url,
            form_data(
                needs_interpreter="on", interpreter_language="Polish", needs_quiet_room="on"
            ),
        )

    registration = Registration.objects.get()
    host_email = next(m for m in mail.outbox if m.to == ["host@example.org"])
    assert registration.reply_by is not None
    assert registration.reply_by.weekday() < 5
    assert f"reply by {local_date(registration.reply_by, language='en-gb')}" in host_email.subject
    assert "An interpreter (Polish)" in host_email.body
    assert "A quiet room" in host_email.body


@pytest.mark.django_db
def test_failing_mail_server_loses_nothing_and_is_retried(client, opportunity, after_commit):
    with (
        mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=ConnectionRefusedError("mail server down"),
        ),
        after_commit(execute=True),
    ):
        response = client.post(opportunity.url, form_data())

    assert response.status_code == 302  # the person is not blocked
    registration = Registration.objects.get()
    assert registration.emails_sent_at is None
    assert mail.outbox == []

    later = timezone.now() + datetime.timedelta(minutes=6)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("retry_emails", stdout=open("/dev/null", "w"))
        call_command("retry_emails", stdout=open("/dev/null", "w"))

    registration.refresh_from_db()
    assert registration.emails_sent_at is not None
    assert len(mail.outbox) == 1  # sent once, not once per retry


def refusing(address):
    """A mail server that accepts every message but those to `address`."""
    real = EmailBackend.send_messages

    def send_messages(backend, messages):
        if any(address in message.to for message in messages):
            raise ConnectionRefusedError(f"550 5.1.1 <{address}>: mailbox unavailable")
        return real(backend, messages)

    return mock.patch.object(EmailBackend, "send_messages", send_messages)


@pytest.mark.django_db
def test_a_refused_host_never_means_the_registrant_hears_twice(client, opportunity, after_commit):
    """Measured before: the registrant got the same confirmation 8 times in 21 minutes and
    the host's notice never went, with no alert."""
    with refusing("host@example.org"), after_commit(execute=True):
        client.post(opportunity.url, form_data(needs_quiet_room="on"))
    assert [m.to for m in mail.outbox] == [["alex@example.org"]]

    minute = timezone.now()
    for _minute in range(60):  # an hour of the schedule's every-minute runs
        minute += datetime.timedelta(minutes=1)
        with (
            refusing("host@example.org"),
            mock.patch("django.utils.timezone.now", return_value=minute),
        ):
            call_command("retry_emails", stdout=open("/dev/null", "w"))

    assert [m.to for m in mail.outbox] == [["alex@example.org"]]  # once, whatever the tries
    row = EmailDelivery.objects.get()
    assert row.tries == MAX_TRIES and row.gave_up_at is not None
    assert row.waiting_for == "h…@example.org"
    assert "host@example.org" not in row.last_error and "mailbox unavailable" in row.last_error
    assert Registration.objects.get().emails_sent_at is None

    # The team puts the address right and sends it again: only the host's notice goes.
    assert send_again(row, user=None)
    assert [m.to for m in mail.outbox] == [["alex@example.org"], ["host@example.org"]]
    assert Registration.objects.get().emails_sent_at is not None
    row.refresh_from_db()
    assert row.sent_at is not None


@pytest.mark.django_db
def test_thanks_page_without_a_valid_reference_is_generic(client, opportunity):
    registration = RegistrationFactory(opportunity=opportunity, email="someone@example.org")
    client.cookies["involve_thanks"] = str(registration.pk)  # unsigned: forged
    html = client.get(opportunity.url + "thanks/").content.decode()
    assert "Thank you for registering" in html
    assert "someone@example.org" not in html


@pytest.mark.django_db
def test_the_thanks_page_names_the_registration_to_the_browser_that_sent_it_only(
    client, opportunity, after_commit
):
    with after_commit(execute=True):
        response = client.post(opportunity.url, form_data())
    mine = client.get(response["Location"]).content.decode()
    someone_given_the_link = Client().get(response["Location"]).content.decode()

    assert "alex@example.org" in mine
    assert "alex@example.org" not in someone_given_the_link


@pytest.mark.django_db
def test_recaptcha_loads_only_with_keys_and_cookie_consent(client, opportunity, settings):
    settings.RECAPTCHA_PUBLIC_KEY = "public-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-key"

    without_consent = client.get(opportunity.url).content.decode()
    client.cookies[settings.COOKIE_CONSENT_NAME] = "accepted"
    with_consent = client.get(opportunity.url).content.decode()

    assert "google.com/recaptcha" not in without_consent
    assert "google.com/recaptcha" in with_consent or "recaptcha.net" in with_consent


@pytest.mark.django_db
def test_recaptcha_failure_is_a_form_error_and_saves_nothing(client, opportunity, settings):
    settings.RECAPTCHA_PUBLIC_KEY = "public-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-key"
    client.cookies[settings.COOKIE_CONSENT_NAME] = "accepted"
    failed = mock.Mock(is_valid=False, error_codes=["invalid-input-response"], extra_data={})

    with mock.patch("django_recaptcha.fields.client.submit", return_value=failed) as submit:
        response = client.post(opportunity.url, form_data(**{"g-recaptcha-response": "bad"}))

    assert submit.called  # never Google itself: the client is patched
    assert response.status_code == 200
    assert Registration.objects.count() == 0
    assert "There is a problem" in response.content.decode()


@pytest.mark.django_db
def test_email_is_stored_in_one_spelling_for_matching(client, opportunity):
    client.post(opportunity.url, form_data(email="  Alex.Taylor@Example.ORG "))
    assert Registration.objects.get().email == "alex.taylor@example.org"


@pytest.mark.django_db
def test_with_the_production_queue_the_page_never_waits_and_failures_retry_later(
    client, opportunity, after_commit, settings
):
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from opportunities.registrations.tasks import send_registration_emails

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    email_tasks = DBTaskResult.objects.filter(task_path__endswith="send_registration_emails")

    with after_commit(execute=True):
        assert client.post(opportunity.url, form_data()).status_code == 302
    registration = Registration.objects.get()
    assert mail.outbox == []  # queued for the worker, not sent during the request
    assert email_tasks.count() == 1

    # What the worker does with the queued task, first with the mail server down...
    with (
        mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=ConnectionRefusedError("mail server down"),
        ),
        pytest.raises(ConnectionRefusedError),
    ):
        send_registration_emails.call(registration.pk)
    # Queued again by the schedule minutes later: not a tight loop.
    row = EmailDelivery.objects.get()
    assert timezone.now() < row.next_try_at < timezone.now() + datetime.timedelta(minutes=6)
    assert retry_due(now=timezone.now()) == 0
    assert email_tasks.count() == 1
    assert retry_due(now=row.next_try_at) == 1
    assert email_tasks.count() == 2

    # ...then when it is back, and once more, as a duplicate delivery would.
    assert send_registration_emails.call(registration.pk) == "sent 1"
    assert send_registration_emails.call(registration.pk) == "already sent"
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_thanks_link_stops_naming_the_person_after_a_day(client, opportunity, after_commit):
    with after_commit(execute=True):
        response = client.post(opportunity.url, form_data())
    Registration.objects.update(created_at=timezone.now() - datetime.timedelta(days=1, minutes=1))

    html = client.get(response["Location"]).content.decode()

    assert "Thank you for registering" in html
    assert "alex@example.org" not in html
