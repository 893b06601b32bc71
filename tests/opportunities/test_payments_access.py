"""Only the involvement team (and administrators) see claims: the list, each claim, its
receipts and the finance export. Every other editor group, an activity's own host team and
anonymous visitors are refused, and nothing about the person reaches them."""

import pytest
from django.contrib.auth.models import Group, Permission

from opportunities.models import ExpenseClaim
from tests.home.factories import UserFactory
from tests.opportunities.factories import RegistrationFactory
from tests.opportunities.payments_helpers import came, claim_url, full_claim

pytestmark = pytest.mark.django_db

TEAM = {"Involvement team"}


def urls(claim):
    return [
        "/admin/claims/",
        "/admin/claims/?status=submitted",
        f"/admin/claims/{claim.pk}/",
        f"/admin/claims/{claim.pk}/receipt/public_transport_receipt/",
        "/admin/claims/finance.csv?all=1",
    ]


def sent(client, claim, page):
    client.post(claim_url(claim, page), full_claim())
    claim.refresh_from_db()
    ExpenseClaim.objects.filter(pk=claim.pk).update(status="approved")
    return claim


def body(response):
    return b"".join(getattr(response, "streaming_content", [response.content]))


def test_every_other_group_is_refused(client, claim, payments_page, past_activity):
    claim = sent(client, claim, payments_page)
    host = Group.objects.create(name="Readers' host team")
    host.permissions.add(Permission.objects.get(codename="host_opportunities"))
    type(past_activity).objects.filter(pk=past_activity.pk).update(host_group=host)
    others = list(Group.objects.exclude(name__in=TEAM).values_list("name", flat=True))
    assert {"Communications officers", "Co-production leads", "Translators"} <= set(others)
    assert host.name in others and "Translators: Urdu" in others
    for name in [*others, None]:
        client.logout()
        if name:
            client.force_login(UserFactory(groups=[name]))
        for url in urls(claim):
            response = client.get(url)
            assert response.status_code in (302, 403), (name, url)
            assert b"Alex Taylor" not in body(response) and b"PNG" not in body(response)
        decided = client.post(
            f"/admin/claims/{claim.pk}/", {"decision": "rejected", "time_quantity": "0"}
        )
        exported = client.post("/admin/claims/finance.csv")
        assert decided.status_code in (302, 403) and exported.status_code in (302, 403)
        assert b"Alex Taylor" not in exported.content
    claim.refresh_from_db()
    assert claim.status == "approved" and claim.exported_at is None


def test_the_menu_shows_claims_only_to_the_team(client):
    client.force_login(UserFactory(groups=["Communications officers"]))
    assert '"/admin/claims/"' not in client.get("/admin/").content.decode()
    client.force_login(UserFactory(groups=["Involvement team"]))
    assert '"/admin/claims/"' in client.get("/admin/").content.decode()  # the sidebar's JSON


@pytest.mark.parametrize("who", ["Involvement team", "administrator"])
def test_the_team_and_administrators_get_in(client, claim, payments_page, who):
    claim = sent(client, claim, payments_page)
    user = UserFactory(is_superuser=True) if who == "administrator" else UserFactory(groups=[who])
    client.force_login(user)
    for url in urls(claim):
        assert client.get(url).status_code == 200, url


def test_the_list_costs_a_fixed_number_of_queries(
    client, claim, alex, past_activity, django_assert_max_num_queries
):
    client.force_login(UserFactory(groups=["Involvement team"]))
    with django_assert_max_num_queries(40) as few:
        client.get("/admin/claims/")
    more = [RegistrationFactory(opportunity=past_activity, status="confirmed") for _ in range(8)]
    came(past_activity, alex, *more)
    assert ExpenseClaim.objects.count() == 9

    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/admin/claims/").content.decode()
    assert html.count("/admin/claims/") >= 9
