"""home.public_forms and home.public_post: the honeypot, the submission key, reCAPTCHA only
with keys and consent, the rate limit's 429, and saving a submission exactly once."""

import uuid

import pytest
from django import forms
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import redirect
from django.test import RequestFactory

from home.models import EditorGroupDescription
from home.public_forms import PublicFormMixin, recaptcha_enabled
from home.public_post import handle_public_form, handle_public_post, save_once
from home.ratelimit import FAILED_PER_ACCEPTED, TOO_MANY, RateLimit

CONSENT = django_settings.COOKIE_CONSENT_NAME


class NameForm(PublicFormMixin, forms.Form):
    name = forms.CharField(error_messages={"required": "Enter your name"})


class FollowForm(PublicFormMixin, forms.Form):
    uses_submission_key = False
    email = forms.EmailField()


class ButtonForm(PublicFormMixin, forms.Form):
    uses_honeypot = False
    uses_submission_key = False


class DescriptionForm(PublicFormMixin, forms.ModelForm):
    class Meta:
        model = EditorGroupDescription
        fields = ["description"]


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def get(**cookies):
    request = RequestFactory().get("/form/")
    request.COOKIES.update(cookies)
    return request


def post(data, **cookies):
    request = RequestFactory().post("/form/", data)
    request.COOKIES.update(cookies)
    return request


def test_a_new_form_has_a_hidden_submission_key_and_a_honeypot_after_its_own_fields():
    form = NameForm()
    assert list(form.fields) == ["name", "website", "submission_key"]
    assert isinstance(form.initial["submission_key"], uuid.UUID)
    assert NameForm().initial["submission_key"] != form.initial["submission_key"]
    assert isinstance(form.fields["submission_key"].widget, forms.HiddenInput)
    assert list(DescriptionForm().fields) == ["description", "website", "submission_key"]
    assert list(FollowForm().fields) == ["email", "website"]
    assert list(ButtonForm().fields) == []


def test_the_honeypot_marks_a_robot():
    assert NameForm({"name": "Sam", "website": "http://spam"}).is_spam
    assert not NameForm({"name": "Sam", "website": ""}).is_spam
    assert not ButtonForm({"website": "x"}).is_spam


def test_recaptcha_only_with_keys_and_consent_to_optional_cookies(settings):
    settings.RECAPTCHA_PUBLIC_KEY = settings.RECAPTCHA_PRIVATE_KEY = ""
    assert not recaptcha_enabled(get(**{CONSENT: "accepted"}))
    settings.RECAPTCHA_PUBLIC_KEY = "public-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-key"
    assert not recaptcha_enabled(get())
    assert not recaptcha_enabled(get(**{CONSENT: "rejected"}))
    assert recaptcha_enabled(get(**{CONSENT: "accepted"}))
    assert "captcha" in NameForm.for_request(get(**{CONSENT: "accepted"})).fields
    assert "captcha" not in NameForm.for_request(get()).fields
    assert "captcha" in ButtonForm(use_recaptcha=True).fields


def test_for_request_binds_a_post_and_leaves_a_get_empty():
    assert not NameForm.for_request(get()).is_bound
    bound = NameForm.for_request(post({"name": "Sam"}))
    assert bound.is_bound and bound.data["name"] == "Sam"


LIMIT = RateLimit("core-test", limit=2)


def render(form):
    return HttpResponse(" | ".join(str(e) for e in form.non_field_errors()) or "form")


def valid_data(**extra):
    return {"name": "Sam", "submission_key": str(uuid.uuid4()), **extra}


def test_get_shows_the_form_and_a_valid_post_redirects():
    saved = []

    def on_valid(form):
        saved.append(form.cleaned_data["name"])
        return redirect("/thanks/")

    response = handle_public_form(
        get(), NameForm, rate_limit=LIMIT, on_valid=on_valid, render=render
    )
    assert response.status_code == 200 and saved == []
    response = handle_public_form(
        post(valid_data()), NameForm, rate_limit=LIMIT, on_valid=on_valid, render=render
    )
    assert response.status_code == 302 and response["Location"] == "/thanks/"
    assert saved == ["Sam"]


def test_an_invalid_post_shows_the_form_again_with_the_chosen_status():
    def on_valid(form):
        raise AssertionError("nothing is saved")

    response = handle_public_form(
        post({"name": ""}), NameForm, rate_limit=LIMIT, on_valid=on_valid, render=render
    )
    assert response.status_code == 200
    response = handle_public_form(
        post({"name": ""}),
        NameForm,
        rate_limit=LIMIT,
        on_valid=on_valid,
        render=render,
        invalid_status=400,
    )
    assert response.status_code == 400


def test_on_valid_may_refuse_with_a_form_error():
    def on_valid(form):
        form.add_error("name", "We do not know that name")

    form = NameForm(post(valid_data()).POST)
    response = handle_public_post(
        post(valid_data()),
        form,
        rate_limit=LIMIT,
        on_valid=on_valid,
        render=render,
        invalid_status=400,
    )
    assert response.status_code == 400 and form.errors["name"] == ["We do not know that name"]


def test_a_robot_is_thanked_and_nothing_is_saved():
    def on_valid(form):
        raise AssertionError("nothing is saved")

    spam = valid_data(website="http://spam")
    response = handle_public_form(
        post(spam),
        NameForm,
        rate_limit=LIMIT,
        on_valid=on_valid,
        render=render,
        on_spam=lambda: redirect("/thanks/"),
    )
    assert response.status_code == 302 and response["Location"] == "/thanks/"
    response = handle_public_form(
        post(spam), NameForm, rate_limit=LIMIT, on_valid=on_valid, render=render
    )
    assert response.status_code == 302 and response["Location"] == "/form/"


def test_over_the_limit_the_form_comes_back_with_429_and_what_was_typed():
    saved = []

    def on_valid(form):
        saved.append(1)
        return redirect("/thanks/")

    for _ in range(2):
        handle_public_form(
            post(valid_data()), NameForm, rate_limit=LIMIT, on_valid=on_valid, render=render
        )
    forms_seen = []

    def render_and_keep(form):
        forms_seen.append(form)
        return render(form)

    response = handle_public_form(
        post(valid_data()), NameForm, rate_limit=LIMIT, on_valid=on_valid, render=render_and_keep
    )
    assert response.status_code == 429
    assert response.content.decode() == str(TOO_MANY)
    assert forms_seen[0]["name"].value() == "Sam"
    assert saved == [1, 1]
    # Another form's limit is counted apart.
    other = RateLimit("core-test-other", limit=2)
    response = handle_public_form(
        post(valid_data()), NameForm, rate_limit=other, on_valid=on_valid, render=render
    )
    assert response.status_code == 302


def test_the_limit_counts_per_address():
    limit = RateLimit("core-test-address", limit=1)
    first, second = post({}), post({})
    second.META["REMOTE_ADDR"] = "192.0.2.9"
    assert not limit.reached(first)
    limit.accepted(first)
    assert limit.reached(post({}))
    assert not limit.reached(second)


def test_mistakes_do_not_use_up_the_limit_but_endless_ones_are_refused():
    def on_valid(form):
        return redirect("/thanks/")

    def send(data):
        return handle_public_form(
            post(data), NameForm, rate_limit=LIMIT, on_valid=on_valid, render=render
        ).status_code

    # Two mistakes, then the two forms the limit allows.
    assert [send({"name": ""}) for _ in range(2)] == [200, 200]
    assert [send(valid_data()) for _ in range(2)] == [302, 302]
    assert send(valid_data()) == 429
    # A robot guessing: refused after FAILED_PER_ACCEPTED times the limit of mistakes.
    cache.clear()
    failed_limit = LIMIT.limit * FAILED_PER_ACCEPTED
    assert {send({"name": ""}) for _ in range(failed_limit)} == {200}
    assert send(valid_data()) == 429


def test_one_email_address_is_limited_whatever_the_address_it_comes_from():
    limit = RateLimit("core-test-email", limit=2)
    statuses = []
    for number in range(3):
        request = post({"email": "Sam@Example.org"})
        request.META["REMOTE_ADDR"] = f"192.0.2.{number + 1}"
        response = handle_public_form(
            request,
            EmailForm,
            rate_limit=limit,
            on_valid=lambda form: HttpResponse("sent"),
            render=render,
        )
        statuses.append(response.status_code)
    assert statuses == [200, 200, 429]
    other = post({"email": "alex@example.org"})
    other.META["REMOTE_ADDR"] = "192.0.2.3"
    assert not limit.reached(other, email="alex@example.org")


def test_the_429_says_when_to_try_again():
    for _ in range(LIMIT.limit):
        LIMIT.accepted(post({}))
    response = handle_public_form(
        post(valid_data()),
        NameForm,
        rate_limit=LIMIT,
        on_valid=lambda form: redirect("/thanks/"),
        render=render,
    )
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= LIMIT.window_seconds
    assert LIMIT.seconds_left(now=3600 * 5 + 600) == 3000


def test_with_the_cache_down_nothing_is_limited(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("Redis is down")

    for name in ("get", "add", "incr"):
        monkeypatch.setattr(cache, name, broken)
    request = post({})
    LIMIT.accepted(request)
    LIMIT.failed(request)
    assert not LIMIT.reached(request)


@pytest.mark.django_db
def test_save_once_makes_one_record_per_submission():
    group = Group.objects.create(name="Readers")
    first, created = save_once(EditorGroupDescription(description="a"), group, field="group")
    again, created_again = save_once(EditorGroupDescription(description="b"), group, field="group")
    assert created and not created_again
    assert again.pk == first.pk
    assert EditorGroupDescription.objects.get(group=group).description == "a"


class EmailForm(forms.Form):
    """A plain form (no honeypot, no key): asking for a fresh link, say."""

    email = forms.EmailField()


def test_a_plain_form_goes_through_the_same_flow_and_may_answer_with_a_page():
    def on_valid(form):
        return HttpResponse("sent")

    response = handle_public_form(
        get(), EmailForm, rate_limit=LIMIT, on_valid=on_valid, render=render
    )
    assert response.status_code == 200 and response.content == b"form"
    response = handle_public_form(
        post({"email": "sam@example.org"}),
        EmailForm,
        rate_limit=None,
        on_valid=on_valid,
        render=render,
    )
    assert response.status_code == 200 and response.content == b"sent"
    response = handle_public_form(
        post({"email": "nope"}), EmailForm, rate_limit=None, on_valid=on_valid, render=render
    )
    assert response.content == b"form"
