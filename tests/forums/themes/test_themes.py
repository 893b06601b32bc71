"""Themes found on a fixed multilingual set: same subject together, others apart, stable,
and staff decisions kept through a re-run."""

import datetime

from django.utils import timezone

from forums.themes import services
from forums.themes.models import Theme, ThemeMembership, ThemeRun, ThemeSize, ThemeStatus

from .conftest import key


def theme_of(suggestion):
    return ThemeMembership.objects.get(item_key=key(suggestion)).theme


def test_messages_on_one_subject_land_together_across_languages(said):
    services.compute_themes()
    themes = {
        subject: {theme_of(s).pk for s in suggestions} for subject, suggestions in said.items()
    }
    for subject, found in themes.items():
        assert len(found) == 1, subject
    assert len({next(iter(found)) for found in themes.values()}) == 3
    waiting = Theme.objects.get(pk=next(iter(themes["waiting"])))
    assert waiting.size == 7
    assert len(waiting.quotes) == 3
    assert waiting.words and waiting.name


def test_two_runs_give_the_same_themes_and_embed_only_new_text(said):
    first = services.compute_themes()
    before = dict(ThemeMembership.objects.values_list("item_key", "theme_id"))
    second = services.compute_themes()
    assert dict(ThemeMembership.objects.values_list("item_key", "theme_id")) == before
    assert first.embedded_count == 19 and second.embedded_count == 0
    assert ThemeRun.objects.count() == 2
    assert ThemeSize.objects.filter(run=second).count() == Theme.objects.count()


def test_a_changed_text_is_embedded_again(said):
    services.compute_themes()
    suggestion = said["parking"][0]
    suggestion.what = "Nowhere to leave my car near the clinic."
    suggestion.save()
    assert services.compute_themes().embedded_count == 1


def test_a_rename_merge_and_reject_survive_a_rerun(said):
    services.compute_themes()
    waiting = theme_of(said["waiting"][0])
    parking = theme_of(said["parking"][0])
    kind = theme_of(said["kind"][0])
    services.rename(waiting, "Waiting times")
    services.merge(parking, into=kind)
    services.reject(kind)
    services.compute_themes()
    assert theme_of(said["waiting"][3]).name == "Waiting times"
    assert theme_of(said["waiting"][3]).pk == waiting.pk
    for suggestion in said["parking"] + said["kind"]:
        assert theme_of(suggestion).pk == kind.pk
    kind.refresh_from_db()
    parking.refresh_from_db()
    assert kind.status == ThemeStatus.REJECTED
    assert parking.status == ThemeStatus.MERGED and parking.merged_into == kind
    assert not Theme.objects.filter(status=ThemeStatus.ACTIVE).exclude(pk=waiting.pk).exists()
    assert list(waiting.history.values_list("size", flat=True)) == [7, 7]


def test_items_split_off_by_staff_stay_in_their_new_theme(said):
    services.compute_themes()
    waiting = theme_of(said["waiting"][0])
    moved = [key(said["waiting"][2]), key(said["waiting"][3])]
    new = services.split(waiting, moved, "Long waits, in other languages")
    services.compute_themes()
    assert {theme_of(s).pk for s in said["waiting"][2:4]} == {new.pk}
    assert theme_of(said["waiting"][0]).pk == waiting.pk
    new.refresh_from_db()
    assert new.size == 2 and new.name == "Long waits, in other languages"


def test_themes_by_service_counts_the_period_only(said, django_assert_max_num_queries):
    services.compute_themes()
    today = timezone.localdate()
    old = said["parking"][0]
    old.submitted_at = timezone.now() - datetime.timedelta(days=200)
    old.save()
    services.compute_themes()
    with django_assert_max_num_queries(6):
        rows = services.themes_by_service(today - datetime.timedelta(days=90), today)
    sizes = sorted(row["size"] for row in rows)
    assert sizes == [5, 6, 7]
    assert all(row["by_service"] == {None: row["size"]} for row in rows)
    assert all(row["ideas"] == [] and row["projects"] == [] for row in rows)
