"""The register in the admin: the involvement team alone sees it, every look and export goes
in the audit log, exports are safe to open, and equality answers are only ever totals."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry

from opportunities.models import EqualityMonitoring, Person
from opportunities.register.equality import suppress
from tests.home.factories import UserFactory
from tests.opportunities.factories import PersonFactory, TopicFactory

pytestmark = pytest.mark.django_db
LIST_URL = "/admin/register/"


@pytest.fixture
def people(register_page):
    carers = TopicFactory(slug="carers", name="Carers", locale=register_page.locale)
    carer = PersonFactory(name="Carer Person", in_person=True, online=False)
    carer.topics.set([carers])
    carer.save()
    return [carer, PersonFactory(name='=HYPERLINK("http://evil")', skills="@SUM(A1)")]


@pytest.fixture
def team(client):
    user = UserFactory(groups=["Involvement team"])
    client.force_login(user)
    return user


def test_the_team_searches_and_filters(client, people, team):
    by_search = client.get(LIST_URL, {"q": "Carer"}).content.decode()
    by_topic = client.get(LIST_URL, {"topics": people[0].topics.get().pk}).content.decode()
    by_way = client.get(LIST_URL, {"in_person": "true"}).content.decode()

    assert "Carer Person" in by_search and "HYPERLINK" not in by_search
    assert "Carer Person" in by_topic and "HYPERLINK" not in by_topic
    assert "Carer Person" in by_way and "HYPERLINK" not in by_way


def test_each_look_at_a_record_is_in_the_audit_log_without_the_name(client, people, team):
    response = client.get(f"{LIST_URL}inspect/{people[0].pk}/")

    assert response.status_code == 200 and "Carer Person" in response.content.decode()
    entry = ModelLogEntry.objects.get(action="opportunities.view_person")
    assert entry.user == team and entry.object_id == str(people[0].pk)
    assert "Carer" not in entry.label


def test_export_is_logged_for_each_person_and_escapes_formulas(client, people, team):
    export = client.get(LIST_URL, {"export": "csv"})
    csv = b"".join(export.streaming_content).decode()

    assert "Carer Person" in csv
    assert "'=HYPERLINK" in csv and ",=HYPERLINK" not in csv
    assert "'@SUM(A1)" in csv
    logged = ModelLogEntry.objects.filter(action="opportunities.export_register")
    assert sorted(logged.values_list("object_id", flat=True)) == sorted(str(p.pk) for p in people)


def test_deleting_in_the_admin_erases_the_person(client, people, team):
    client.post(f"{LIST_URL}delete/{people[0].pk}/")

    assert not Person.objects.filter(pk=people[0].pk).exists()
    person_type = ContentType.objects.get_for_model(Person)
    for entry in ModelLogEntry.objects.filter(content_type=person_type):
        assert "Carer" not in entry.label


@pytest.mark.parametrize(
    "groups", [["Communications officers"], ["Co-production leads"], ["Translators"]]
)
def test_nobody_else_sees_or_exports_the_register(client, people, groups):
    client.force_login(UserFactory(groups=groups))

    for url in [
        LIST_URL,
        f"{LIST_URL}?export=csv",
        f"{LIST_URL}inspect/{people[0].pk}/",
        f"{LIST_URL}edit/{people[0].pk}/",
        f"{LIST_URL}equality/",
    ]:
        response = client.get(url, follow=True)
        assert b"Carer Person" not in response.content, url
        assert response.status_code in {403, 404} or response.redirect_chain, url
    assert not ModelLogEntry.objects.filter(action="opportunities.view_person").exists()


def test_the_admin_menu_shows_the_register_only_to_the_team(client, people, team):
    assert b"Involvement register" in client.get("/admin/").content
    client.force_login(UserFactory(groups=["Communications officers"]))
    assert b"Involvement register" not in client.get("/admin/").content


def test_suppression_hides_small_groups_and_one_more_when_one_alone_is_hidden():
    assert suppress({"a": 10, "b": 7, "c": 0}) == {"a": 10, "b": 7, "c": 0}
    assert suppress({"a": 10, "b": 7, "c": 2}) == {
        "a": 10,
        "b": "fewer than 5",
        "c": "fewer than 5",
    }
    assert suppress({"a": 10, "b": 3, "c": 1}) == {
        "a": 10,
        "b": "fewer than 5",
        "c": "fewer than 5",
    }


def test_equality_report_is_totals_with_small_groups_hidden(client, register_page, team):
    for number in range(6):
        EqualityMonitoring.objects.create(
            person=PersonFactory(), ethnicity="white", religion="muslim" if number < 2 else ""
        )

    html = client.get(f"{LIST_URL}equality/").content.decode()

    assert "People who answered any equality question: 6" in html
    assert "<td>6</td>" in html  # six White
    assert "fewer than 5" in html  # two Muslim, and the next smallest
    assert "<td>2</td>" not in html
