"""Asking for a page in another language or format: the link under every page, the form
(without JavaScript, an error summary for bad input, saved once, rate limited), the email to
the communications team with the page, the admin list and its counts, who may see the way to
reply, and its erasing after CONTACT_DAYS."""

import datetime
import uuid

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from home.format_requests.models import CONTACT_DAYS, FormatRequest
from home.format_requests.views import REQUESTS_PER_ADDRESS
from home.models import OrganisationSettings
from home.translation import copy_into_every_language
from tests.home.factories import ContentPageFactory, UserFactory

pytestmark = pytest.mark.django_db

ASK = "/en-gb/ask-for-this-page/"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def organisation(site):
    settings = OrganisationSettings.for_site(site)
    settings.email = "hello@example.org"
    settings.format_requests_email = "comms@example.org"
    settings.save()
    return settings


@pytest.fixture
def content_page(home_page):
    return ContentPageFactory(parent=home_page, title="Travel costs", slug="travel-costs")


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """Post the form as a browser would, and run what it queued for after the commit."""

    def post(url=ASK, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return post


def form_data(page, **overrides):
    data = {
        "page": str(page.pk),
        "wanted": "ur",
        "other_language": "",
        "email": "",
        "phone": "",
        "submission_key": str(uuid.uuid4()),
        "website": "",
    }
    data.update(overrides)
    return data


def test_every_page_links_to_the_form_with_its_own_id(client, content_page):
    html = client.get(content_page.url).content.decode()
    assert f'href="/en-gb/ask-for-this-page/?page={content_page.pk}"' in html
    assert "Ask for this page in your language, or in another format" in html


def test_the_form_works_without_javascript_and_names_the_page(client, content_page):
    response = client.get(f"{ASK}?page={content_page.pk}")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<form method="post"' in html and "novalidate" in html
    assert f'name="page" value="{content_page.pk}"' in html
    assert "Travel costs" in html
    # Seven languages, another language, five formats; each language in its own words.
    assert html.count('name="wanted"') == 13
    assert '<span lang="ur" dir="rtl">(اردو)</span>' in html
    assert "Easy Read" in html and "British Sign Language" in html and "Braille" in html
    assert f"we delete it after {CONTACT_DAYS} days" in html


@pytest.mark.parametrize("page", ["", "abc", "999999"])
def test_the_form_for_no_page_or_a_page_that_does_not_exist_is_not_found(client, page):
    assert client.get(f"{ASK}?page={page}").status_code == 404


def test_a_draft_page_cannot_be_asked_about(client, home_page):
    draft = ContentPageFactory(parent=home_page, live=False)
    assert client.get(f"{ASK}?page={draft.pk}").status_code == 404


def test_a_request_reaches_the_team_with_its_page(send, client, organisation, content_page):
    response = send(**form_data(content_page, wanted="easy_read", email="sam@example.org"))
    assert response.status_code == 302
    request = FormatRequest.objects.get()
    assert request.page_id == content_page.pk and request.wanted == "easy_read"
    assert request.team_told_at is not None
    [email] = mail.outbox
    assert email.to == ["comms@example.org"]
    assert "Easy Read" in email.subject and "Travel costs" in email.subject
    assert content_page.full_url in email.body
    assert "sam@example.org" in email.body
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "We will tell you when the page is ready." in thanks.content.decode()


def test_without_a_requests_address_the_general_one_is_told(send, organisation, content_page):
    organisation.format_requests_email = ""
    organisation.save()
    send(**form_data(content_page))
    assert mail.outbox[0].to == ["hello@example.org"]


def test_a_request_from_a_copy_in_another_language_counts_for_the_english_page(
    send, organisation, content_page
):
    copy_into_every_language(content_page)
    urdu = content_page.get_translation(Locale.objects.get(language_code="ur"))
    response = send("/ur/ask-for-this-page/", **form_data(urdu, wanted="audio"))
    assert response.status_code == 302
    request = FormatRequest.objects.get()
    assert request.page_id == content_page.pk
    assert request.language == "ur"


def test_a_double_click_saves_one_request_and_sends_one_email(send, organisation, content_page):
    data = form_data(content_page)
    send(**data)
    send(**data)
    assert FormatRequest.objects.count() == 1
    assert len(mail.outbox) == 1


def test_another_language_is_named_and_kept(send, organisation, content_page):
    send(**form_data(content_page, wanted="other_language", other_language="Tigrinya"))
    request = FormatRequest.objects.get()
    assert request.wanted_label == "Another language: Tigrinya"
    assert "Tigrinya" in mail.outbox[0].subject


def errors_of(response):
    html = response.content.decode()
    assert 'class="nhsuk-error-summary"' in html
    return html


@pytest.mark.parametrize(
    "overrides, message, anchor",
    [
        ({"wanted": ""}, "Choose a language or a format", "#id_wanted_0"),
        ({"wanted": "klingon"}, "Select a valid choice", "#id_wanted_0"),
        (
            {"wanted": "other_language"},
            "Tell us which language you would like",
            "#id_other_language",
        ),
        (
            {"wanted": "other_language", "other_language": "x" * 81},
            "Use 80 characters or fewer",
            "#id_other_language",
        ),
        ({"email": "not an address"}, "Enter an email address like name@example.com", "#id_email"),
        ({"phone": "call me maybe"}, "Enter a phone number", "#id_phone"),
        ({"phone": "1" * 41}, "Use 40 characters or fewer", "#id_phone"),
    ],
)
def test_bad_input_saves_nothing_and_says_what_to_fix(
    send, content_page, overrides, message, anchor
):
    response = send(**form_data(content_page, **overrides))
    html = errors_of(response)
    assert response.status_code == 200
    assert message in html
    assert f'href="{anchor}"' in html
    assert FormatRequest.objects.count() == 0
    assert not mail.outbox


@pytest.mark.parametrize("page", ["999999", "", "https://evil.example/"])
def test_a_fake_page_saves_nothing(send, content_page, page):
    data = form_data(content_page)
    data["page"] = page
    response = send(**data)
    html = errors_of(response)
    assert "We could not tell which page you were reading" in html
    assert FormatRequest.objects.count() == 0


def test_a_page_that_is_not_live_saves_nothing(send, home_page):
    draft = ContentPageFactory(parent=home_page, live=False)
    response = send(**form_data(draft))
    assert "We could not tell which page you were reading" in errors_of(response)
    assert FormatRequest.objects.count() == 0


def test_what_was_typed_is_kept(send, content_page):
    response = send(**form_data(content_page, wanted="", email="sam@example.org"))
    assert 'value="sam@example.org"' in response.content.decode()


def test_the_honeypot_saves_nothing(send, content_page):
    response = send(**form_data(content_page, website="http://spam.example"))
    assert response.status_code == 302
    assert FormatRequest.objects.count() == 0


def test_too_many_requests_from_one_address_are_refused(send, content_page):
    for _ in range(REQUESTS_PER_ADDRESS.limit):
        assert send(**form_data(content_page)).status_code == 302
    response = send(**form_data(content_page))
    assert response.status_code == 429
    assert int(response["Retry-After"]) <= REQUESTS_PER_ADDRESS.window_seconds
    assert "Please try again in " in response.content.decode()
    assert FormatRequest.objects.count() == REQUESTS_PER_ADDRESS.limit


def test_the_429_gives_the_trusts_phone_number_in_the_visitors_language(
    send, organisation, content_page
):
    organisation.phone = "0300 123 4567"
    organisation.save()
    for _ in range(REQUESTS_PER_ADDRESS.limit):
        send(**form_data(content_page))

    response = send(url="/ur/ask-for-this-page/", **form_data(content_page))

    html = response.content.decode()
    assert response.status_code == 429
    with translation.override("ur"):
        too_many = translation.gettext("You have sent a lot of forms in a short time.")
        phone_us = translation.gettext("If you cannot wait, phone us on %(phone)s.")
    assert too_many in html
    assert phone_us % {"phone": "<bdi>0300 123 4567</bdi>"} in html
    assert "Please try again" not in html and "phone us" not in html


def ask_for(page, wanted, count, other_language=""):
    for _ in range(count):
        FormatRequest.objects.create(
            page=page, wanted=wanted, other_language=other_language, submission_key=uuid.uuid4()
        )


def test_the_counts_put_what_is_most_asked_for_first(client, home_page):
    travel = ContentPageFactory(parent=home_page, title="Travel costs")
    carers = ContentPageFactory(parent=home_page, title="Carers")
    ask_for(travel, "ur", 1)
    ask_for(carers, "easy_read", 3)
    ask_for(travel, "bn", 2)
    ask_for(travel, "other_language", 1, "Tigrinya")
    assert [
        (row["page__title"], row["wanted"], row["requests"])
        for row in (FormatRequest.objects.counts())
    ] == [
        ("Carers", "easy_read", 3),
        ("Travel costs", "bn", 2),
        ("Travel costs", "other_language", 1),
        ("Travel costs", "ur", 1),
    ]
    client.force_login(UserFactory(groups=["Communications officers"]))
    html = client.get(reverse("format_requests:counts")).content.decode()
    assert html.index("Easy Read") < html.index("Bengali") < html.index("Tigrinya")


def test_communications_officers_see_the_list_the_reply_address_and_the_counts(
    client, content_page
):
    FormatRequest.objects.create(
        page=content_page, wanted="braille", email="sam@example.org", submission_key=uuid.uuid4()
    )
    request = FormatRequest.objects.get()
    client.force_login(UserFactory(groups=["Communications officers"]))
    index = client.get(reverse("format_requests:index"))
    assert index.status_code == 200
    assert "Braille" in index.content.decode()
    inspect = client.get(reverse("format_requests:inspect", args=[request.pk]))
    assert "sam@example.org" in inspect.content.decode()
    assert client.get(reverse("format_requests:counts")).status_code == 200
    # Read-only: nobody adds or edits a visitor's request.
    assert client.get(reverse("format_requests:add")).status_code in (302, 403)
    assert client.get(reverse("format_requests:edit", args=[request.pk])).status_code in (
        302,
        403,
    )


@pytest.mark.parametrize("group", ["Translators", "Co-production leads", "Involvement team"])
def test_nobody_else_sees_the_requests_or_a_reply_address(client, content_page, group):
    FormatRequest.objects.create(
        page=content_page, wanted="braille", email="sam@example.org", submission_key=uuid.uuid4()
    )
    request = FormatRequest.objects.get()
    client.force_login(UserFactory(groups=[group]))
    for url in (
        reverse("format_requests:index"),
        reverse("format_requests:inspect", args=[request.pk]),
        reverse("format_requests:counts"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "sam@example.org" not in response.content.decode()
    assert "Language and format requests" not in client.get("/admin/").content.decode()


def test_the_way_to_reply_is_erased_after_contact_days_and_the_request_kept(content_page):
    old = timezone.now() - datetime.timedelta(days=CONTACT_DAYS + 1)
    recent = timezone.now() - datetime.timedelta(days=CONTACT_DAYS - 1)
    for created_at in (old, recent):
        FormatRequest.objects.create(
            page=content_page,
            wanted="ur",
            email="sam@example.org",
            phone="+447700900123",
            created_at=created_at,
            submission_key=uuid.uuid4(),
        )
    call_command("tend_format_requests", stdout=open("/dev/null", "w"))
    erased = FormatRequest.objects.get(created_at=old)
    kept = FormatRequest.objects.get(created_at=recent)
    assert (erased.email, erased.phone) == ("", "")
    assert erased.contact_erased_at is not None and erased.wanted == "ur"
    assert kept.email == "sam@example.org"
    # Twice in a day does nothing twice.
    first_erased_at = erased.contact_erased_at
    call_command("tend_format_requests", stdout=open("/dev/null", "w"))
    erased.refresh_from_db()
    assert erased.contact_erased_at == first_erased_at


def test_a_failed_email_is_tried_again_and_sent_once(organisation, content_page, monkeypatch):
    from home.format_requests.tasks import tell_the_team

    request = FormatRequest.objects.create(
        page=content_page, wanted="ur", submission_key=uuid.uuid4()
    )

    def fail(self, *args, **kwargs):
        raise ConnectionError("mail server down")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMessage.send", fail)
        with pytest.raises(ConnectionError):
            tell_the_team.call(request.pk)
    request.refresh_from_db()
    assert request.team_told_at is None
    tell_the_team.call(request.pk)
    tell_the_team.call(request.pk)
    assert len(mail.outbox) == 1


def test_a_reader_of_urdu_finds_urdu_ticked(client, content_page):
    copy_into_every_language(content_page)
    urdu = content_page.get_translation(Locale.objects.get(language_code="ur"))
    html = client.get(f"/ur/ask-for-this-page/?page={urdu.pk}").content.decode()
    assert 'value="ur" checked' in html
    assert '<span lang="ur" dir="rtl">' not in html  # Urdu is named in Urdu already
    assert '<span lang="bn" dir="ltr">(বাংলা)</span>' in html
