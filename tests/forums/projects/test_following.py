"""Following a project: double opt-in by email, links that are expired, tampered with or for
someone gone, one-click leaving, and following from the involvement register's private page
with no second email."""

import re
from unittest import mock

import pytest
from django.core import mail
from django.core.signing import TimestampSigner

from forums.projects.models import ProjectFollower
from forums.projects.tokens import make_token
from tests.opportunities.factories import PersonFactory

pytestmark = pytest.mark.django_db


def follow(client, project, email="sam@example.org", **extra):
    return client.post(project.url + "follow/", {"email": email, "website": "", **extra})


def link_in(message, kind):
    return re.search(rf"http://\S+/{kind}/\S+/", message.body).group(0)


def test_following_needs_the_link_in_the_email_then_a_button(
    client, project, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = follow(client, project, email="Sam@Example.org")
    assert response.status_code == 302
    assert response["Location"] == project.url + "follow/sent/"
    follower = ProjectFollower.objects.get()
    assert follower.email == "sam@example.org" and follower.confirmed_at is None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sam@example.org"]
    confirm_url = link_in(mail.outbox[0], "follow/confirm")
    path = confirm_url.split("localhost", 1)[-1]

    # Opening the link (as an email scanner would) confirms nothing.
    response = client.get(path)
    assert response.status_code == 200
    assert "Yes, send me updates" in response.content.decode()
    follower.refresh_from_db()
    assert follower.confirmed_at is None

    response = client.post(path)
    assert "You are following this project" in response.content.decode()
    follower.refresh_from_db()
    assert follower.confirmed_at is not None


def test_a_second_submit_makes_one_follower(client, project):
    follow(client, project)
    follow(client, project)
    assert ProjectFollower.objects.count() == 1


def test_an_invalid_address_shows_the_error_and_saves_nothing(client, project):
    response = follow(client, project, email="not an email")
    assert response.status_code == 400
    content = response.content.decode()
    assert "There is a problem" in content
    assert "Enter an email address like name@example.com" in content
    assert 'value="not an email"' in content
    assert not ProjectFollower.objects.exists()


def test_an_address_longer_than_any_can_be_is_refused_and_saves_nothing(client, project):
    response = follow(client, project, email="a" * 250 + "@example.org")
    assert response.status_code == 400
    assert "Write 254 characters or fewer. You wrote 262." in response.content.decode()
    assert not ProjectFollower.objects.exists()


def test_the_honeypot_saves_nothing(client, project):
    response = follow(client, project, website="spam")
    assert response.status_code == 302
    assert not ProjectFollower.objects.exists()
    assert not mail.outbox


def test_tampered_and_expired_links(client, project):
    follower = ProjectFollower.objects.create(
        project=project, email="sam@example.org", language="en-gb"
    )
    token = make_token(follower, "follow-confirm")
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert client.get(f"{project.url}follow/confirm/{tampered}/").status_code == 404
    assert client.get(f"{project.url}follow/confirm/short/").status_code == 404
    # A leaving link cannot confirm, nor a confirming link make anyone leave.
    leave_token = make_token(follower, "unfollow")
    assert client.get(f"{project.url}follow/confirm/{leave_token}/").status_code == 404
    assert client.post(f"{project.url}unfollow/{token}/").status_code == 404
    assert ProjectFollower.objects.filter(pk=follower.pk).exists()

    with mock.patch.object(TimestampSigner, "timestamp", return_value="1"):
        old = make_token(follower, "follow-confirm")
    response = client.get(f"{project.url}follow/confirm/{old}/")
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()


def test_leaving_deletes_the_follow_and_the_link_still_says_so_after(client, project):
    follower = ProjectFollower.objects.create(
        project=project, email="sam@example.org", language="en-gb"
    )
    url = f"{project.url}unfollow/{make_token(follower, 'unfollow')}/"
    assert "Stop the emails" in client.get(url).content.decode()
    assert ProjectFollower.objects.exists()
    response = client.post(url)
    assert "You will get no more updates" in response.content.decode()
    assert not ProjectFollower.objects.exists()
    response = client.get(url)
    assert response.status_code == 410
    assert "We no longer hold these details" in response.content.decode()


def test_one_click_unsubscribe_from_a_mail_program(client, project):
    follower = ProjectFollower.objects.create(
        project=project, email="sam@example.org", language="en-gb"
    )
    url = f"/projects/unfollow/{make_token(follower, 'unfollow')}/"
    # No CSRF token: the mail program cannot have one.
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.get(url).status_code == 405
    response = strict.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not ProjectFollower.objects.exists()
    ProjectFollower.objects.create(project=project, email="kim@example.org", language="en-gb")
    assert strict.post("/projects/unfollow/tampered/").status_code != 200
    assert ProjectFollower.objects.exists()


def test_people_on_the_register_follow_from_their_private_page_without_a_second_email(
    client, project, register_page
):
    person = PersonFactory(email="amira@example.org")
    url = register_page.link_url("you", person, "manage")
    content = client.get(url).content.decode()
    assert "Projects you follow" in content
    assert project.title in content

    response = client.post(url, {"action": "follow", "project": project.pk})
    assert "You are following" in response.content.decode()
    follower = ProjectFollower.objects.get()
    assert follower.person == person and follower.confirmed_at is not None
    assert not mail.outbox

    response = client.post(url, {"action": "unfollow", "project": project.pk})
    assert "You will get no more updates" in response.content.decode()
    assert not ProjectFollower.objects.exists()


def test_leaving_the_register_erases_the_follows(project):
    person = PersonFactory(email="amira@example.org")
    ProjectFollower.objects.create(
        project=project, email=person.email, language="en-gb", person=person
    )
    person.erase()
    assert not ProjectFollower.objects.exists()


def test_unconfirmed_follows_are_removed_after_7_days(project):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    old = ProjectFollower.objects.create(project=project, email="a@example.org", language="en-gb")
    ProjectFollower.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    fresh = ProjectFollower.objects.create(
        project=project, email="b@example.org", language="en-gb"
    )
    confirmed = ProjectFollower.objects.create(
        project=project, email="c@example.org", language="en-gb", confirmed_at=timezone.now()
    )
    ProjectFollower.objects.filter(pk=confirmed.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    call_command("tend_project_followers")
    assert set(ProjectFollower.objects.values_list("pk", flat=True)) == {fresh.pk, confirmed.pk}
