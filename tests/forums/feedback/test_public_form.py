"""The public "Tell us about a service" form: what a good submission saves (from the
website, in the page's language, anonymous unless a reply is wanted), each error a person
can meet, the core's honeypot and rate limit, safeguarding in English and in Urdu (one email
to the safeguarding contact, crisis support on the thanks page), PALS for a complaint, the
Urdu page in Urdu, and a fixed cost in queries."""

import datetime
import io
import uuid
from unittest import mock

import polib
import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Locale

from forums.feedback import demo as feedback_demo
from forums.feedback import tasks
from forums.feedback.models import Channel, FeedbackStatus, ServiceFeedback
from forums.feedback.pages import FEEDBACK_PER_ADDRESS, FeedbackPage
from forums.taxonomy import IDEA_SERVICES, Service, service_for
from home.demo_translations import HEADER, find_original, translate_one, translation_files
from home.emails import ALREADY_SENT
from home.models import HomePage
from home.translation import synchronise_language_trees
from tests.home.factories import UserFactory

from .factories import FeedbackPageFactory

pytestmark = pytest.mark.django_db

CRISIS_EN = "Nobody called after I left the ward. Some days I want to end my life."
CRISIS_UR = "وارڈ سے گھر آنے کے بعد سے مجھے اپنی زندگی ختم کرنے کے خیالات آتے ہیں۔"
COMPLAINT = "The receptionist was rude to my dad and I want to make a complaint."
# Every interface string this form added: none may be left in English on another page.
NEW_STRINGS = [
    "Which service is it about?",
    "How did it go?",
    "What would have made it better? (optional)",
    "I would like a reply",
    "Your name (optional)",
    "If you would like a reply",
    "Send your feedback",
    "You do not have to give your name. We read everything you send. We do not publish it.",
    "Tell us in your own words what happened and how it felt. Please do not name anyone.",
    "We do not need your name. Tick this only if you want us to contact you.",
    "Give an email address or a phone number, or both.",
]


@pytest.fixture(autouse=True)
def services(db):
    """The services a migrated site has (migration 0008 made them from the former choices)."""
    return {value: service_for(value) for value in IDEA_SERVICES}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate-limit counts live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page(home_page):
    return FeedbackPageFactory(parent=home_page)


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """Post the form as a person would (what they typed over these defaults), running what
    the save queued for after its commit (the safeguarding email)."""

    def post(url, **typed):
        data = {
            "service": "wards",
            "experience": "The nurses on the ward were kind and explained everything.",
            "improvement": "",
            "name": "",
            "email": "",
            "phone": "",
            "submission_key": str(uuid.uuid4()),
        }
        data.update(typed)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return post


@pytest.fixture
def urdu_page(page):
    synchronise_language_trees()
    return page.get_translation(Locale.objects.get(language_code="ur"))


def test_a_good_submission_is_saved_from_the_website_in_the_pages_language(
    client, send, page, services
):
    response = send(page.url, improvement="A leaflet about the ward before I arrive.")
    assert response.status_code == 302 and response.url == page.url + "thanks/"
    feedback = ServiceFeedback.objects.get()
    assert feedback.channel == Channel.WEBSITE
    assert feedback.language == "en-gb"
    assert feedback.status == FeedbackStatus.NEW
    assert feedback.service == services["wards"]
    assert feedback.improvement == "A leaflet about the ward before I arrive."
    assert not (feedback.wants_reply or feedback.name or feedback.email or feedback.phone)
    assert not (feedback.mentions_crisis or feedback.mentions_complaint)
    thanks = client.get(response.url).content.decode()
    assert "Thank you for telling us" in thanks
    assert "116 123" not in thanks and "PALS" not in thanks
    assert mail.outbox == []


def test_not_sure_saves_no_service(send, page):
    send(page.url, service="not-sure")
    assert ServiceFeedback.objects.get().service is None


def test_a_double_click_saves_once(send, page):
    key = str(uuid.uuid4())
    send(page.url, submission_key=key)
    send(page.url, submission_key=key)
    assert ServiceFeedback.objects.count() == 1


def test_reply_details_are_kept_only_when_a_reply_is_wanted(send, page):
    send(page.url, name="Sam", email="sam@example.org", phone="not a number")
    anonymous = ServiceFeedback.objects.get()
    assert (anonymous.name, anonymous.email, anonymous.phone) == ("", "", "")
    send(page.url, wants_reply="on", name="Sam", phone="07700 900 982")
    replied = ServiceFeedback.objects.exclude(pk=anonymous.pk).get()
    assert replied.wants_reply and replied.name == "Sam"
    assert replied.phone == "+447700900982" and replied.email == ""


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ({"experience": ""}, "Tell us how it went"),
        ({"experience": "x" * 2001}, "Write 2000 characters or fewer. You wrote 2001."),
        (
            {"wants_reply": "on", "name": "Sam"},
            "Enter an email address or a phone number, or untick the box",
        ),
        ({"wants_reply": "on", "phone": "12345"}, "Enter a phone number, like 07700 900 982"),
        (
            {"wants_reply": "on", "email": "sam@"},
            "Enter an email address like name@example.com",
        ),
        ({"service": "no-such-service"}, "Choose a service from the list, or choose “Not sure”"),
        ({"service": ""}, "Choose the service, or choose “Not sure”"),
    ],
)
def test_each_error_is_summarised_and_shown_with_what_was_typed(send, page, typed, error):
    typed = {"improvement": "A quieter waiting room.", **typed}
    response = send(page.url, **typed)
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html and 'class="nhsuk-error-summary"' in html
    # In the summary, linked to its field, and beside the field.
    assert html.count(error) >= 2
    assert "A quieter waiting room." in html
    assert ServiceFeedback.objects.count() == 0


def test_the_error_summary_lists_errors_in_the_order_of_the_page(send, page):
    html = send(page.url, service="", experience="", wants_reply="on").content.decode()
    summary = html[html.index("nhsuk-error-summary__list") :]
    links = ["#id_service_0", "#id_experience", "#id_email"]
    assert sorted(links, key=summary.index) == links


def test_the_honeypot_and_rate_limit_of_the_core_are_wired(send, page):
    response = send(page.url, website="https://spam.example")
    assert response.status_code == 302 and not ServiceFeedback.objects.exists()
    for _n in range(FEEDBACK_PER_ADDRESS):
        assert send(page.url).status_code == 302
    response = send(page.url)
    assert response.status_code == 429 and response["Retry-After"]
    assert "You have sent a lot of feedback in a short time." in response.content.decode()
    assert ServiceFeedback.objects.count() == FEEDBACK_PER_ADDRESS


def test_crisis_in_english_is_told_once_and_answered_with_support(
    client, send, page, idea_settings
):
    response = send(page.url, experience=CRISIS_EN)
    feedback = ServiceFeedback.objects.get()
    assert feedback.mentions_crisis and feedback.safeguarding_told_at is not None
    assert [message.to for message in mail.outbox] == [["safeguarding@example.org"]]
    body = mail.outbox[0].body
    assert CRISIS_EN in body and "Safeguarding lead on duty" in body
    assert "Safeguarding" in mail.outbox[0].subject
    # Run again (a retry, a second worker): still one email.
    assert tasks.tell_safeguarding.call(feedback.pk) == ALREADY_SENT
    assert len(mail.outbox) == 1
    thanks = client.get(response.url).content.decode()
    assert "NHS 111 and choose option 2" in thanks and "116 123" in thanks


def test_crisis_in_urdu_is_told_once_and_answered_in_urdu(client, send, urdu_page, idea_settings):
    response = send(urdu_page.url, experience=CRISIS_UR)
    assert response.url.startswith("/ur/")
    feedback = ServiceFeedback.objects.get()
    assert feedback.mentions_crisis and feedback.language == "ur"
    assert [message.to for message in mail.outbox] == [["safeguarding@example.org"]]
    assert CRISIS_UR in mail.outbox[0].body
    assert "Urdu (ur)" in mail.outbox[0].body
    thanks = client.get(response.url).content.decode()
    with translation.override("ur"):
        help_now = translation.gettext("If you need help now")
        thank_you = translation.gettext("Thank you for telling us")
    assert help_now != "If you need help now" and help_now in thanks
    assert thank_you != "Thank you for telling us" and thank_you in thanks


def test_a_complaint_is_answered_with_how_to_reach_pals(client, send, page, idea_settings):
    response = send(page.url, experience=COMPLAINT)
    feedback = ServiceFeedback.objects.get()
    assert feedback.mentions_complaint and not feedback.mentions_crisis
    assert mail.outbox == []
    thanks = client.get(response.url).content.decode()
    assert "Patient Advice and Liaison Service" in thanks
    assert "0800 123 4567" in thanks and "mailto:pals@example.org" in thanks
    assert "116 123" not in thanks


def test_the_urdu_form_is_in_urdu(client, urdu_page):
    html = client.get(urdu_page.url).content.decode()
    assert '<html lang="ur" dir="rtl">' in html
    for msgid in NEW_STRINGS:
        assert msgid not in html, msgid
    with translation.override("ur"):
        assert translation.gettext("Send your feedback") in html


def test_an_urdu_submission_keeps_its_language_and_errors_are_in_urdu(send, urdu_page):
    response = send(urdu_page.url, experience="")
    html = response.content.decode()
    with translation.override("ur"):
        error = translation.gettext("Tell us how it went")
    assert error != "Tell us how it went" and error in html
    assert "Tell us how it went" not in html
    send(urdu_page.url)
    assert ServiceFeedback.objects.get().language == "ur"


def test_the_form_costs_a_fixed_number_of_queries(client, page, django_assert_max_num_queries):
    """Site, routing, language, navigation and one query for the services, however many."""
    default = Locale.get_default()
    for number in range(10):
        Service.objects.create(name=f"Service {number}", slug=f"service-{number}", locale=default)
    client.get(page.url)
    with django_assert_max_num_queries(15):
        response = client.get(page.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_the_demo_builds_the_page_once_under_the_home_page(home_page):
    created = []
    feedback_demo.build_page(home_page, created)
    feedback_demo.build_page(home_page, created)
    page = FeedbackPage.objects.get(locale=home_page.locale)
    assert page.get_parent().pk == home_page.pk and page.live
    assert page.url.endswith("/tell-us-about-a-service/")
    assert "how it went" in page.introduction
    assert created == ["“Tell us about a service”"]


def test_the_demo_page_takes_its_urdu_translation(client, home_page):
    """forums/demo/translations/ur/feedback-page.po covers every segment of the demo page."""
    feedback_demo.build_page(home_page, [])
    synchronise_language_trees()
    urdu = Locale.objects.get(language_code="ur")
    (path,) = [
        path
        for lang, path in translation_files()
        if lang == "ur" and path.name == "feedback-page.po"
    ]
    po = polib.pofile(str(path))
    original = find_original(po.metadata[HEADER], home_page)
    entries = {entry.msgid: entry.msgstr for entry in po if entry.translated()}
    assert translate_one(original, urdu, entries)
    html = client.get("/ur/tell-us-about-a-service/").content.decode()
    assert "ہمیں کسی خدمت کے بارے میں بتائیں" in html
    assert "Good or bad, we want to hear how it went." not in html


def test_page_tree():
    assert FeedbackPage.allowed_subpage_models() == []
    assert FeedbackPage.allowed_parent_page_models() == [HomePage]


def test_a_communications_officer_can_add_the_page_in_the_admin(client, home_page):
    client.force_login(UserFactory(groups=["Communications officers"]))
    response = client.get(f"/admin/pages/add/forums/feedbackpage/{home_page.pk}/")
    assert response.status_code == 200


@pytest.mark.parametrize("group", ["Involvement team", "Communications officers"])
def test_a_refused_alert_is_retried_and_on_each_handlers_dashboard(
    client, send, page, idea_settings, group
):
    refused = mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=ConnectionRefusedError("mail server down"),
    )
    with refused:
        send(page.url, experience=CRISIS_EN)
    feedback = ServiceFeedback.objects.get()
    assert feedback.mentions_crisis and feedback.safeguarding_told_at is None
    client.force_login(UserFactory(groups=[group]))
    dashboard = client.get("/admin/").content.decode()
    assert dashboard.count("A safeguarding alert has not been delivered") == 1
    assert "Safeguarding: feedback about a service mentions crisis or self-harm" in dashboard

    later = timezone.now() + datetime.timedelta(minutes=6)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("retry_emails", stdout=io.StringIO())
    feedback.refresh_from_db()
    assert feedback.safeguarding_told_at is not None
    assert [message.to for message in mail.outbox] == [["safeguarding@example.org"]]
