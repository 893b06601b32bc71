"""The themes' admin pages: only the communications and involvement teams, and the changes
staff make there."""

import pytest
from django.contrib.auth.models import Group

from forums.themes import services
from forums.themes.models import Theme, ThemeStatus
from tests.home.factories import UserFactory

from .conftest import key

ALLOWED = ["Communications officers", "Involvement team"]


def client_in(client, group):
    client.force_login(UserFactory(groups=[group]))
    return client


@pytest.mark.parametrize("group", ALLOWED)
def test_the_teams_see_the_themes_with_quotes_and_words(client, said, group):
    services.compute_themes()
    client = client_in(client, group)
    response = client.get("/admin/themes/")
    assert response.status_code == 200
    html = response.content.decode()
    waiting = Theme.objects.get(memberships__item_key=key(said["waiting"][0]))
    assert waiting.name in html
    assert waiting.quotes[0]["text"][:20] in html
    assert client.get(f"/admin/themes/{waiting.pk}/").status_code == 200


def test_every_other_group_is_refused(client, said):
    services.compute_themes()
    theme = Theme.objects.first()
    others = Group.objects.exclude(name__in=ALLOWED).values_list("name", flat=True)
    assert others
    for name in others:
        client.force_login(UserFactory(groups=[name]))
        assert client.get("/admin/themes/").status_code in {302, 403}, name
        response = client.post(f"/admin/themes/{theme.pk}/", {"action": "reject"})
        assert response.status_code in {302, 403}, name
    theme.refresh_from_db()
    assert theme.status == ThemeStatus.ACTIVE


def test_the_list_costs_the_same_queries_however_many_themes(
    client, said, django_assert_max_num_queries
):
    services.compute_themes()
    client = client_in(client, ALLOWED[0])
    client.get("/admin/themes/")
    with django_assert_max_num_queries(30):
        assert client.get("/admin/themes/").status_code == 200


def test_rename_merge_split_and_reject_from_the_admin(client, said):
    services.compute_themes()
    client = client_in(client, ALLOWED[1])
    waiting = Theme.objects.get(memberships__item_key=key(said["waiting"][0]))
    parking = Theme.objects.get(memberships__item_key=key(said["parking"][0]))
    url = f"/admin/themes/{waiting.pk}/"
    client.post(url, {"action": "rename", "name": "Waiting times"})
    waiting.refresh_from_db()
    assert waiting.name == "Waiting times" and waiting.named_by_staff
    moved = key(said["waiting"][1])
    response = client.post(url, {"action": "split", "items": [moved], "name": "Therapy list"})
    new = Theme.objects.get(name="Therapy list")
    assert response.url.endswith(f"/admin/themes/{new.pk}/")
    client.post(f"/admin/themes/{parking.pk}/", {"action": "merge", "into": new.pk})
    parking.refresh_from_db()
    assert parking.merged_into == new
    client.post(url, {"action": "reject"})
    waiting.refresh_from_db()
    assert waiting.status == ThemeStatus.REJECTED
    response = client.post(url, {"action": "rename", "name": "  "}, follow=True)
    assert "Nothing was changed" in response.content.decode()
