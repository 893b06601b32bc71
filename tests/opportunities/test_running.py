"""Running one activity from its page in the admin: who is coming, the waiting list and its
offers, support requests by reply-by date, people to ring, attendance in one go (written to
the register) and a message to everyone coming, for its host team and the involvement team
only."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone

from opportunities.listing import demo as listing_demo
from opportunities.models import ActivityRecord, Registration
from opportunities.registrations import services as places
from opportunities.running import demo as running_demo
from tests.home.factories import UserFactory
from tests.opportunities.factories import (
    OpportunityPageFactory,
    PersonFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db


def host_team(name):
    group = Group.objects.create(name=name)
    group.permissions.add(Permission.objects.get(codename="host_opportunities"))
    return group


@pytest.fixture
def carers():
    return host_team("Carers team")


@pytest.fixture
def activity(index_page, carers):
    opportunity = OpportunityPageFactory(
        parent=index_page,
        title="Carers panel",
        host_group=carers,
        places=2,
        starts_at=timezone.now() + datetime.timedelta(days=10),
    )
    person = PersonFactory(name="Alex", email="alex@example.org")
    today = timezone.localdate()
    RegistrationFactory(
        opportunity=opportunity, name="Alex", email="alex@example.org", person=person
    )
    RegistrationFactory(
        opportunity=opportunity,
        name="Pat",
        email="",
        phone="07700 900982",
        contact_method="phone_back",
        language="pl",
        needs_quiet_room=True,
        reply_by=today - datetime.timedelta(days=2),
    )
    RegistrationFactory(
        opportunity=opportunity,
        name="Wren",
        email="wren@example.org",
        on_waiting_list=True,
        needs_travel_help=True,
        reply_by=today + datetime.timedelta(days=3),
    )
    RegistrationFactory(opportunity=opportunity, name="Gone", status="withdrawn")
    return opportunity


def url(opportunity):
    return f"/admin/activities/{opportunity.pk}/"


def host(carers):
    user = UserFactory(groups=["Co-production leads"])
    user.groups.add(carers)
    return user


def test_the_host_team_sees_who_is_coming_who_waits_and_what_to_do(client, activity, carers):
    client.force_login(host(carers))

    response = client.get(url(activity))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Coming: 2 people" in html and "Waiting list: 1 person" in html
    assert "Gone" not in html
    # Overdue first, then the next reply-by date.
    assert html.index("Overdue:") < html.index("Help with travel")
    assert "A quiet room" in html
    ring = html.split('id="ring"')[1].split('id="message"')[0]
    assert "Pat" in ring and "07700 900982" in ring and "Alex" not in ring


@pytest.mark.parametrize("who", ["another host team", "translator", "nobody"])
def test_nobody_else_may_open_it(client, activity, who):
    if who == "another host team":
        other = UserFactory(groups=["Co-production leads"])
        other.groups.add(host_team("Ward team"))
        client.force_login(other)
    elif who == "translator":
        client.force_login(UserFactory(groups=["Translators"]))

    response = client.get(url(activity))
    posted = client.post(url(activity), {"action": "attendance", "attended": ["1"]})

    if who == "nobody":
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    else:
        assert response.status_code == 403 or response["Location"] == "/admin/"
    assert "Alex" not in response.content.decode()
    assert posted.status_code in {302, 403}
    assert not Registration.objects.filter(status="attended").exists()


def test_the_involvement_team_may_open_any(client, activity):
    client.force_login(UserFactory(groups=["Involvement team"]))
    assert client.get(url(activity)).status_code == 200


def started(opportunity):
    type(opportunity).objects.filter(pk=opportunity.pk).update(
        starts_at=timezone.now() - datetime.timedelta(hours=2)
    )
    opportunity.refresh_from_db()
    return opportunity


def test_nobody_attends_an_activity_that_has_not_started(client, activity, carers):
    """Found in the manual run: a panel a week away could be marked as attended."""
    client.force_login(host(carers))
    alex = Registration.objects.get(name="Alex")
    page = client.get(url(activity)).content.decode()
    assert "You can mark who came once the activity has started." in page
    assert 'name="attended"' not in page
    client.post(url(activity), {"action": "attendance", "attended": [alex.pk]})
    assert Registration.objects.get(name="Alex").status != "attended"
    assert not ActivityRecord.objects.exists()


def test_attendance_is_marked_in_one_go_and_written_to_the_register(client, activity, carers):
    activity = started(activity)
    client.force_login(host(carers))
    alex = Registration.objects.get(name="Alex")
    pat = Registration.objects.get(name="Pat")
    wren = Registration.objects.get(name="Wren")

    response = client.post(
        url(activity), {"action": "attendance", "attended": [alex.pk, pat.pk, wren.pk, "x"]}
    )

    assert response.status_code == 302
    assert set(Registration.objects.filter(status="attended").values_list("name", flat=True)) == {
        "Alex",
        "Pat",
    }  # someone waiting did not hold a place, so did not attend
    [record] = ActivityRecord.objects.all()
    assert record.person == alex.person and record.opportunity_id == activity.pk
    assert record.description == "Carers panel"
    assert record.took_part_on == timezone.localdate(activity.starts_at)

    # Saved again with Alex unticked: Alex did not come after all.
    client.post(url(activity), {"action": "attendance", "attended": [pat.pk]})
    assert Registration.objects.get(name="Alex").status == "confirmed"
    assert not ActivityRecord.objects.exists()
    assert (
        f'value="{pat.pk}" id="attended-{pat.pk}" checked'
        in client.get(url(activity)).content.decode()
    )


def test_a_call_is_noted_and_shown(client, activity, carers):
    client.force_login(host(carers))
    pat = Registration.objects.get(name="Pat")

    empty = client.post(url(activity), {"action": "rang", "registration": pat.pk, "outcome": ""})
    assert "Say what came of the call" in empty.content.decode()

    client.post(
        url(activity), {"action": "rang", "registration": pat.pk, "outcome": "Coming, needs lift"}
    )
    ring = client.get(url(activity)).content.decode().split('id="ring"')[1]
    assert "Coming, needs lift" in ring


def test_a_message_reaches_everyone_coming_each_in_their_language(
    client, activity, carers, django_capture_on_commit_callbacks
):
    RegistrationFactory(
        opportunity=activity, name="Agata", email="agata@example.org", language="pl"
    )
    client.force_login(host(carers))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url(activity),
            {
                "action": "message",
                "message-subject": "Room change",
                "message-body": "We now meet in Room 2.",
            },
        )

    assert response.status_code == 302
    sent = {m.to[0]: m for m in mail.outbox}
    assert set(sent) == {"alex@example.org", "agata@example.org"}  # not waiting, not gone
    assert "We now meet in Room 2." in sent["alex@example.org"].body
    assert "A message from the" in sent["alex@example.org"].body
    assert "A message from the" not in sent["agata@example.org"].body
    assert "/cancel/" in sent["agata@example.org"].body


def test_a_message_needs_a_subject_and_words(client, activity, carers):
    client.force_login(host(carers))
    response = client.post(url(activity), {"action": "message", "message-subject": ""})
    assert response.status_code == 200
    assert "Enter a subject" in response.content.decode()
    assert not mail.outbox


def test_the_page_costs_the_same_whatever_the_number_of_people(
    client, activity, carers, django_assert_max_num_queries
):
    client.force_login(host(carers))
    client.get(url(activity))
    with django_assert_max_num_queries(40) as few:
        client.get(url(activity))
    for number in range(10):
        RegistrationFactory(
            opportunity=activity, name=f"Phone {number}", email="", contact_method="phone"
        )
        RegistrationFactory(opportunity=activity, name=f"Wait {number}", on_waiting_list=True)
    places.offer_free_places(activity.pk)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert "Phone 9" in client.get(url(activity)).content.decode()


def test_the_page_explorer_offers_it_only_to_those_who_may_open_it(client, activity, carers):
    listing = f"/admin/pages/{activity.get_parent().pk}/"
    edit = f"/admin/pages/{activity.pk}/edit/"
    link = f"/admin/activities/{activity.pk}/"

    client.force_login(UserFactory(is_superuser=True))
    assert link in client.get(listing).content.decode()
    assert link in client.get(edit).content.decode()

    client.force_login(UserFactory(groups=["Communications officers"]))
    page = client.get(edit)
    assert page.status_code == 200 and link not in page.content.decode()


def test_the_activities_list_leads_each_team_to_the_activities_it_runs(
    client, index_page, activity, carers, django_assert_max_num_queries
):
    """Found in the manual run: the involvement team opens no page lists, so nothing led
    them to an activity's page. The Activities menu item lists what each may run."""
    ward = OpportunityPageFactory(
        parent=index_page,
        title="Ward walk-round",
        host_group=host_team("Ward team"),
        starts_at=timezone.now() + datetime.timedelta(days=3),
    )
    OpportunityPageFactory(
        parent=index_page,
        title="Long gone",
        starts_at=timezone.now() - datetime.timedelta(days=30),
    )
    client.force_login(UserFactory(groups=["Involvement team"]))
    dashboard = client.get("/admin/").content.decode()
    assert '"/admin/activities/"' in dashboard  # the sidebar's menu, as JSON
    with django_assert_max_num_queries(30):
        listing = client.get("/admin/activities/").content.decode()
    assert listing.index("Ward walk-round") < listing.index("Carers panel")
    assert f'href="{url(activity)}"' in listing and f'href="{url(ward)}"' in listing
    assert "Long gone" not in listing
    # The carers panel: two holding a place, one waiting (the withdrawn one not counted).
    row = listing.split("Carers panel")[1].split("</tr>")[0]
    assert "<td>2</td>" in row and "<td>1</td>" in row

    client.force_login(host(carers))
    listing = client.get("/admin/activities/").content.decode()
    assert "Carers panel" in listing and "Ward walk-round" not in listing

    client.force_login(UserFactory(groups=["Translators"]))
    refused = client.get("/admin/activities/")
    assert refused.status_code == 403 or refused["Location"] == "/admin/"
    assert '"/admin/activities/"' not in client.get("/admin/").content.decode()


def test_the_activities_list_costs_the_same_whatever_the_number(
    client, index_page, activity, django_assert_max_num_queries
):
    client.force_login(UserFactory(groups=["Involvement team"]))
    client.get("/admin/activities/")
    with django_assert_max_num_queries(30) as few:
        client.get("/admin/activities/")
    for number in range(10):
        opportunity = OpportunityPageFactory(parent=index_page, title=f"Panel {number}")
        RegistrationFactory(opportunity=opportunity)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/admin/activities/")


def test_the_demo_gives_the_team_three_people_to_ring(client, home_page):
    listing_demo.build(home_page, [])
    running_demo.build(home_page, created := [])
    running_demo.build(home_page, again := [])
    assert created and again == []
    training = Registration.objects.filter(email="").first().opportunity
    client.force_login(UserFactory(groups=["Involvement team"]))
    html = client.get(f"/admin/activities/{training.pk}/").content.decode()
    assert html.count("Not rung yet") == 3
    assert "An interpreter (Urdu)" in html  # a support request, with its reply-by date
