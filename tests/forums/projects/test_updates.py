"""Publishing an update emails each confirmed follower once: never again on re-publish, a
new revision or a second run of the task; a failed send is tried again and sends once."""

import datetime
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from forums.projects.models import ProjectFollower, ProjectUpdateSend
from forums.projects.pages import ProjectUpdatePage
from forums.projects.tasks import queue_update_emails, send_update_email
from home.email_delivery.models import EmailDelivery
from home.email_delivery.services import retry_due
from tests.forums.projects.factories import day

pytestmark = pytest.mark.django_db


@pytest.fixture
def followers(project):
    from django.utils import timezone

    return [
        ProjectFollower.objects.create(
            project=project, email="a@example.org", language="en-gb", confirmed_at=timezone.now()
        ),
        ProjectFollower.objects.create(
            project=project, email="b@example.org", language="en-gb", confirmed_at=timezone.now()
        ),
        # Never confirmed: hears nothing.
        ProjectFollower.objects.create(project=project, email="c@example.org", language="en-gb"),
    ]


def publish_update(project, django_capture_on_commit_callbacks, title="The pack is printed"):
    update = ProjectUpdatePage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        summary="Printed.",
        written_by="Carers lead",
        body="<p>The first pack is printed.</p>",
        published_on=day(0),
        live=False,
    )
    project.add_child(instance=update)
    with django_capture_on_commit_callbacks(execute=True):
        update.save_revision().publish()
    return update


def test_publishing_an_update_emails_each_confirmed_follower_once(
    project, followers, django_capture_on_commit_callbacks
):
    update = publish_update(project, django_capture_on_commit_callbacks)
    assert sorted(message.to[0] for message in mail.outbox) == ["a@example.org", "b@example.org"]
    message = mail.outbox[0]
    assert project.title in message.subject
    assert "The first pack is printed." in message.body
    assert "/unfollow/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/projects/unfollow/" in message.extra_headers["List-Unsubscribe"]
    assert ProjectUpdateSend.objects.filter(update=update).count() == 2


def test_republishing_or_a_new_revision_sends_no_second_email(
    project, followers, django_capture_on_commit_callbacks
):
    update = publish_update(project, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    update.body = "<p>Corrected a typing mistake.</p>"
    with django_capture_on_commit_callbacks(execute=True):
        update.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        update.get_latest_revision().publish()
    update.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        update.save_revision().publish()
    queue_update_emails.enqueue(update.pk)
    send_update_email.enqueue(followers[0].pk, update.pk)
    assert len(mail.outbox) == 2


def test_a_new_follower_gets_the_next_update_not_old_ones(
    project, followers, django_capture_on_commit_callbacks
):
    publish_update(project, django_capture_on_commit_callbacks, title="First")
    from django.utils import timezone

    ProjectFollower.objects.create(
        project=project, email="d@example.org", language="en-gb", confirmed_at=timezone.now()
    )
    mail.outbox.clear()
    publish_update(project, django_capture_on_commit_callbacks, title="Second")
    assert sorted(message.to[0] for message in mail.outbox) == [
        "a@example.org",
        "b@example.org",
        "d@example.org",
    ]


def test_a_failed_send_records_nothing_so_a_retry_sends_once(
    project, followers, django_capture_on_commit_callbacks
):
    # The immediate backend (tests) records the task as failed; the database queue
    # (production) also schedules a retry.
    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=ConnectionError("mail server down")
    ):
        publish_update(project, django_capture_on_commit_callbacks)
    update = ProjectUpdatePage.objects.get(alias_of=None)  # not its copies in other languages
    assert not ProjectUpdateSend.objects.exists()
    assert not mail.outbox

    queue_update_emails.enqueue(update.pk)
    queue_update_emails.enqueue(update.pk)
    assert len(mail.outbox) == 2


def test_unpublished_updates_send_nothing(project, followers):
    update = ProjectUpdatePage(
        title="Draft", slug="draft", written_by="Lead", body="<p>x</p>", live=False
    )
    project.add_child(instance=update)
    update.save_revision()
    queue_update_emails.enqueue(update.pk)
    assert not mail.outbox


def test_a_failed_send_is_tried_again_by_the_schedule_once_per_follower(
    project, followers, django_capture_on_commit_callbacks
):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=ConnectionError("down")):
        update = publish_update(project, django_capture_on_commit_callbacks)
    waiting = EmailDelivery.objects.filter(task_path=send_update_email.module_path)
    assert sorted(row.task_args for row in waiting) == sorted(
        [follower.pk, update.pk] for follower in followers[:2]
    )
    assert mail.outbox == []

    later = timezone.now() + datetime.timedelta(minutes=6)
    assert retry_due(now=later) == 2
    assert retry_due(now=later) == 0  # both went: nothing is tried twice
    assert len(mail.outbox) == 2
    assert waiting.filter(sent_at=None).count() == 0
