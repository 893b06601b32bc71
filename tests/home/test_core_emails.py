"""home.emails: one way to build an email in the recipient's language and send it once,
trying again later when the mail server is down (the retry policy itself is in
test_email_delivery.py)."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task

from home.email_delivery.models import EmailDelivery
from home.email_delivery.services import retry_due
from home.emails import ALREADY_SENT, SENT, render_email, send_once
from home.models import EditorGroupDescription

TEMPLATES = {
    "t/hello_subject.txt": (
        "{% load i18n %}\n  Hello {{ name }} in {% get_current_language as L %}{{ L }}\n"
    ),
    "t/hello.txt": ("{% load i18n %}{% get_current_language as L %}Body for {{ name }} ({{ L }})"),
    "t/hello.html": "<p>Hello {{ name }}</p>",
    "t/title_subject.txt": "About {{ title }}",
    "t/title.txt": "{% include 't/title_line.txt' %}",
    "t/title_line.txt": "News of {{ title }}.",
    "t/title.html": "<p>News of {{ title }}.</p>",
}


@pytest.fixture(autouse=True)
def email_templates(settings):
    settings.TEMPLATES = [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", TEMPLATES)]},
        }
    ]


@task()
def send_hello(group_id):
    """A task as an app writes one: build, then send once, retrying on failure."""
    message = render_email("t/hello", {"name": "Sam"}, to=["sam@example.org"], language="cy")
    return send_once(
        message,
        task=send_hello,
        args=(group_id,),
        claim=lambda: EditorGroupDescription.objects.create(group_id=group_id, description="x"),
    )


def test_an_email_is_rendered_in_the_recipients_language_with_a_one_line_subject():
    message = render_email("t/hello", {"name": "Sam"}, to=["sam@example.org"], language="ur")
    assert message.subject == "Hello Sam in ur"
    assert message.body == "Body for Sam (ur)"
    assert message.to == ["sam@example.org"]
    assert not isinstance(message, EmailMultiAlternatives)


def test_an_email_may_carry_html_a_given_subject_and_headers():
    message = render_email(
        "t/hello",
        {"name": "Sam"},
        to=["sam@example.org"],
        language="en-gb",
        subject="Support requested",
        html=True,
        headers={"List-Unsubscribe": "<https://example.org/u>"},
    )
    assert message.subject == "Support requested"
    assert message.alternatives[0].content == "<p>Hello Sam</p>"
    assert message.extra_headers["List-Unsubscribe"] == "<https://example.org/u>"


@pytest.mark.django_db
def test_send_once_sends_and_a_second_run_sends_nothing():
    group = Group.objects.create(name="Readers")
    assert send_hello.call(group.pk) == SENT
    assert send_hello.call(group.pk) == ALREADY_SENT
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Hello Sam in cy"


@pytest.mark.django_db
def test_a_claim_that_marks_no_row_means_already_sent():
    message = render_email("t/hello", {"name": "Sam"}, to=["sam@example.org"], language="en-gb")
    assert send_once(message, claim=lambda: 0) == ALREADY_SENT
    assert send_once(message, claim=lambda: 1) == SENT
    assert send_once([message, message]) == SENT
    assert len(mail.outbox) == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    "target",
    [
        "django.core.mail.EmailMessage.send",
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
    ],
)
def test_a_failed_send_rolls_the_claim_back_and_is_queued_again_later(settings, target):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    group = Group.objects.create(name="Readers")
    with mock.patch(target, side_effect=ConnectionRefusedError("down")):
        with pytest.raises(ConnectionRefusedError):
            send_hello.call(group.pk)
    assert not EditorGroupDescription.objects.filter(group=group).exists()  # rolled back
    row = EmailDelivery.objects.get()
    assert row.tries == 1 and row.subject == "Hello Sam in cy"
    expected = timezone.now() + datetime.timedelta(minutes=5)
    assert abs(row.next_try_at - expected) < datetime.timedelta(seconds=30)

    assert retry_due(now=timezone.now()) == 0  # not yet
    assert retry_due(now=row.next_try_at) == 1
    (queued,) = send_hello.get_backend().results
    assert queued.args == [group.pk]
    assert send_hello.call(group.pk) == SENT
    assert len(mail.outbox) == 1
    row.refresh_from_db()
    assert row.sent_at is not None


@pytest.mark.django_db
def test_a_message_with_nobody_to_send_to_is_a_failure_not_silence():
    message = render_email("t/hello", {"name": "Sam"}, to=[], language="en-gb")
    with pytest.raises(ValueError):
        send_once(message)


def test_plain_text_is_not_escaped_and_html_is():
    """A mail program shows "&#x27;" as it is: the subject and the text part (included
    templates too) keep what the editor typed; only the HTML part is escaped."""
    title = "Carers' break days & more <3"
    message = render_email(
        "t/title", {"title": title}, to=["sam@example.org"], language="en-gb", html=True
    )
    assert message.subject == f"About {title}"
    assert message.body == f"News of {title}."
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    assert html == "<p>News of Carers&#x27; break days &amp; more &lt;3.</p>"
