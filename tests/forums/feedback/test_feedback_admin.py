"""Service feedback in the admin: staff enter what they heard by channel (never as the
website), communications officers and the involvement team act on it, every other group is
refused, each look is audited, and the way to reply is erased 90 days after it is finished."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from forums.feedback import demo as feedback_demo
from forums.feedback import services
from forums.feedback.models import Channel, FeedbackStatus, ServiceFeedback
from forums.ideas.models import IdeaSettings
from forums.ideas.pages import IdeaPage
from forums.taxonomy import service_for
from home.demo_data import demo_path, read_yaml
from tests.forums.ideas.factories import IdeaIndexPageFactory, VotingRoundFactory
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db

HANDLERS = ["Communications officers", "Involvement team"]


def make_feedback(**fields):
    fields.setdefault("experience", "I waited four months for my first appointment.")
    return ServiceFeedback.objects.create(**fields)


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(groups=["Involvement team"]))
    return client


@pytest.mark.parametrize("channel", ["forum", "paper", "phone"])
def test_staff_enter_feedback_heard_by_each_channel(staff_client, channel):
    service = service_for("wards")
    response = staff_client.post(
        "/admin/service_feedback/new/",
        {
            "service": service.pk,
            "experience": "Nobody told me when I would go home. Some days I want to end my life.",
            "improvement": "A plan before I leave.",
            "language": "en-gb",
            "channel": channel,
            "created_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    feedback = ServiceFeedback.objects.get()
    assert feedback.channel == channel
    assert feedback.service == service
    assert feedback.status == FeedbackStatus.NEW
    # Screened like the public form: crisis words flag it for the top of the list.
    assert feedback.mentions_crisis


def test_staff_cannot_enter_feedback_as_the_website(staff_client):
    response = staff_client.post(
        "/admin/service_feedback/new/",
        {
            "experience": "The parking is impossible.",
            "language": "en-gb",
            "channel": Channel.WEBSITE,
            "created_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 200
    assert not ServiceFeedback.objects.exists()


def test_list_shows_crisis_then_new_oldest_first_with_fixed_queries(
    staff_client, django_assert_max_num_queries
):
    now = timezone.now()
    read = make_feedback(experience="read one", status=FeedbackStatus.READ)
    old_new = make_feedback(experience="old new one", created_at=now - datetime.timedelta(days=30))
    make_feedback(experience="recent new one")
    crisis = make_feedback(experience="crisis one", mentions_crisis=True)
    assert list(ServiceFeedback.objects.all())[:2] == [crisis, old_new]
    assert list(ServiceFeedback.objects.all())[-1] == read
    with django_assert_max_num_queries(40) as few:
        assert staff_client.get("/admin/service_feedback/").status_code == 200
    for number in range(20):
        make_feedback(experience=f"more {number}", service=service_for("wards"))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = staff_client.get("/admin/service_feedback/?status=new&channel=website")
    assert response.status_code == 200


def test_viewing_a_record_is_audited(staff_client):
    feedback = make_feedback(name="Sam", email="sam@example.org", wants_reply=True)
    response = staff_client.get(f"/admin/service_feedback/inspect/{feedback.pk}/")
    assert response.status_code == 200
    assert "sam@example.org" in response.content.decode()
    assert ModelLogEntry.objects.filter(
        action="forums.view_feedback", object_id=str(feedback.pk)
    ).exists()


@pytest.mark.parametrize("group", HANDLERS)
def test_each_handler_turns_feedback_into_an_idea_with_the_same_service(client, home_page, group):
    index = IdeaIndexPageFactory(parent=home_page)
    VotingRoundFactory(index=index)
    client.force_login(UserFactory(groups=[group]))
    service = service_for("community")
    feedback = make_feedback(service=service, improvement="Ring people back within two days.")
    response = client.post(f"/admin/feedback/{feedback.pk}/idea/", {"title": "Call people back"})
    assert response.url == f"/admin/service_feedback/inspect/{feedback.pk}/", response.url
    feedback.refresh_from_db()
    idea = IdeaPage.objects.get(title="Call people back", locale=index.locale)
    assert feedback.status == FeedbackStatus.TURNED_INTO_IDEA
    assert feedback.idea_id == idea.pk
    assert idea.service == service
    # Communications officers publish; the involvement team's idea waits for them as a draft.
    assert idea.live == (group == "Communications officers")
    assert idea.what == "Ring people back within two days."


def test_mark_read_and_close(staff_client):
    feedback = make_feedback()
    staff_client.post(f"/admin/feedback/{feedback.pk}/read/")
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.READ
    staff_client.post(f"/admin/feedback/{feedback.pk}/close/")
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.CLOSED and feedback.finished_at


def test_every_other_group_is_refused(client):
    feedback = make_feedback(email="sam@example.org")
    others = Group.objects.exclude(name__in=HANDLERS)
    assert others.exists()
    for group in others:
        client.force_login(UserFactory(groups=[group.name]))
        for url in [
            "/admin/service_feedback/",
            f"/admin/service_feedback/inspect/{feedback.pk}/",
            "/admin/service_feedback/new/",
        ]:
            response = client.get(url)
            assert response.status_code in (302, 403), (group.name, url)
            assert b"sam@example.org" not in response.content
        for action in ["read", "close", "idea"]:
            response = client.post(f"/admin/feedback/{feedback.pk}/{action}/", {"title": "x"})
            # Without admin access Wagtail sends them to sign in; with it, 403.
            assert response.status_code in (302, 403), (group.name, action)
            assert (
                response.url != f"/admin/service_feedback/inspect/{feedback.pk}/"
                if (response.status_code == 302)
                else True
            )
    feedback.refresh_from_db()
    assert feedback.status == FeedbackStatus.NEW


def test_reply_details_erased_90_days_after_finishing(db):
    user = UserFactory()
    old = make_feedback(
        name="Ana", email="ana@example.org", phone="07700 900123", wants_reply=True
    )
    recent = make_feedback(name="Bo", email="bo@example.org", wants_reply=True)
    open_one = make_feedback(
        name="Cy", email="cy@example.org", created_at=timezone.now() - datetime.timedelta(days=400)
    )
    for feedback in (old, recent):
        services.close(feedback, user)
    ServiceFeedback.objects.filter(pk=old.pk).update(
        finished_at=timezone.now() - datetime.timedelta(days=91)
    )
    call_command("tend_feedback")
    call_command("tend_feedback")
    old.refresh_from_db(), recent.refresh_from_db(), open_one.refresh_from_db()
    assert (old.name, old.email, old.phone, old.wants_reply) == ("", "", "", False)
    assert old.anonymised_at is not None
    assert old.experience  # the words stay, naming nobody
    assert recent.email == "bo@example.org" and recent.anonymised_at is None
    assert open_one.email == "cy@example.org"
    assert old in ServiceFeedback.objects.for_themes()


def test_demo_feedback_fills_last_quarter_in_several_languages(home_page):
    created = []
    feedback_demo.build(home_page, created)
    feedback_demo.build(home_page, created)
    rows = ServiceFeedback.objects.all()
    # Built twice, each message once.
    assert rows.count() == len(read_yaml(demo_path("forums", "feedback", "feedback.yaml")))
    start = feedback_demo.quarter_start(timezone.localdate(), 1)
    last = [row for row in rows if row.created_at.date() >= start]
    assert len(last) >= 40
    assert {"ur", "pl", "bn", "pa", "ar", "pt", "ro"} <= {row.language for row in rows}
    assert rows.filter(service__isnull=True).count() == 0


def test_quarter_start():
    assert feedback_demo.quarter_start(datetime.date(2026, 12, 2), 1) == datetime.date(2026, 7, 1)
    assert feedback_demo.quarter_start(datetime.date(2026, 2, 1), 1) == datetime.date(2025, 10, 1)


def test_erasing_an_address_erases_feedback_reply_details(client):
    mine = make_feedback(name="Sam", email="sam@example.org", phone="07700 900123")
    other = make_feedback(name="Alex", email="alex@example.org")
    client.force_login(UserFactory(groups=["Involvement team"]))
    response = client.post("/admin/erase-address/", {"email": "Sam@Example.org"})
    assert "1 piece of service feedback" in response.content.decode()
    mine.refresh_from_db(), other.refresh_from_db()
    assert (mine.name, mine.email, mine.phone) == ("", "", "")
    assert mine.anonymised_at and mine.experience
    assert other.email == "alex@example.org"


def test_feedback_from_the_website_can_be_corrected_keeping_its_channel(staff_client):
    feedback = make_feedback(channel=Channel.WEBSITE)
    response = staff_client.post(
        f"/admin/service_feedback/edit/{feedback.pk}/",
        {
            "experience": "I waited four months for a first appointment.",
            "language": "en-gb",
            "channel": Channel.WEBSITE,
            "created_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    feedback.refresh_from_db()
    assert feedback.channel == Channel.WEBSITE
    assert feedback.experience == "I waited four months for a first appointment."


def test_crisis_words_entered_by_staff_reach_safeguarding_once(
    staff_client, site, django_capture_on_commit_callbacks
):
    IdeaSettings.objects.create(site=site, safeguarding_email="safeguarding@example.org")
    data = {
        "experience": "On the phone she said: some days I want to end my life.",
        "language": "en-gb",
        "channel": Channel.PHONE,
        "created_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post("/admin/service_feedback/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    feedback = ServiceFeedback.objects.get()
    assert feedback.mentions_crisis and feedback.safeguarding_told_at
    assert [message.to for message in mail.outbox] == [["safeguarding@example.org"]]
    assert "some days I want to end my life" in mail.outbox[0].body
    assert "Check that the person has been offered crisis support" in mail.outbox[0].body
    # Corrected later: not told again.
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/admin/service_feedback/edit/{feedback.pk}/", data)
    assert len(mail.outbox) == 1
