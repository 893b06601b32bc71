import pytest
from wagtail.models import Locale

from forums.meetings.pages import (
    DevelopmentGroupPapersPage,
    ForumPage,
    MeetingPage,
    NewsletterPage,
)
from forums.outcomes.models import OutcomePoint, PointStatus
from forums.outcomes.pages import ForumOutcomePage
from forums.themes.models import Theme, ThemeStatus
from forums.told_us.pages import WhatYouToldUsPage
from home.demo_data import demo_path, read_yaml


@pytest.mark.django_db
def test_demo_forums_a_year_of_rounds_and_a_mix_of_answers(demo_site, demo_loaded_again):
    assert demo_loaded_again.after == demo_loaded_again.before  # adds nothing twice

    english = {"alias_of": None, "locale__language_code": "en-gb"}
    assert ForumPage.objects.filter(**english).count() == 6
    assert MeetingPage.objects.filter(**english).count() == 6 * 5
    assert ForumOutcomePage.objects.filter(**english).count() == 6 * 4
    assert DevelopmentGroupPapersPage.objects.filter(**english).count() == 2
    assert NewsletterPage.objects.filter(**english).count() == 1
    points = OutcomePoint.objects.published()
    assert points.overdue().exists()
    assert points.filter(status=PointStatus.ANSWERED).exists()
    assert points.filter(status=PointStatus.PROJECT, link_page__isnull=False).exists()
    # Each local forum swaps between in person and online; the evening one stays online.
    riverside = MeetingPage.objects.filter(
        path__startswith=ForumPage.objects.get(slug="riverside", **english).path
    ).order_by("starts_at")
    formats = [meeting.meeting_format for meeting in riverside]
    assert all(a != b for a, b in zip(formats, formats[1:], strict=False))
    evening = ForumPage.objects.get(slug="evening", **english)
    assert set(
        MeetingPage.objects.filter(path__startswith=evening.path).values_list(
            "meeting_format", flat=True
        )
    ) == {"online"}


@pytest.mark.django_db
def test_demo_themes_are_named_merged_and_rejected_as_the_team_would(demo_site):
    decisions = read_yaml(demo_path("forums", "themes", "themes.yaml"))
    named = set(Theme.objects.filter(named_by_staff=True).values_list("name", flat=True))
    # Every example in the data file found its theme: a change to the grouping that moves
    # one shows here, not as a silently unnamed theme.
    assert named == {row["name"] for row in decisions["names"] + decisions["split"]}
    assert Theme.objects.filter(status=ThemeStatus.MERGED).count() == len(decisions["merge"])
    assert Theme.objects.filter(status=ThemeStatus.REJECTED).count() == len(decisions["reject"])
    split_off = Theme.objects.get(name=decisions["split"][0]["name"])
    assert split_off.memberships.filter(pinned=True).exists() and split_off.quotes


@pytest.mark.django_db
def test_demo_what_you_told_us_is_translated_with_its_themes(demo_site, client):
    english = WhatYouToldUsPage.objects.get(locale__language_code="en-gb")
    assert english.live and english.rows
    answered = {answer.theme_id for answer in english.answers.all()}
    assert None not in answered
    urdu = english.get_translation(Locale.objects.get(language_code="ur"))
    assert urdu.alias_of_id is None  # a translation, not a copy of the English
    html = client.get(urdu.url).content.decode()
    assert "خط صرف انگریزی میں" in html  # "Letters only in English", as the answer names it
    assert "Letters only in English" not in html
