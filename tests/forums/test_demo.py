import pytest

from forums.meetings.pages import (
    DevelopmentGroupPapersPage,
    ForumPage,
    MeetingPage,
    NewsletterPage,
)
from forums.outcomes.models import OutcomePoint, PointStatus
from forums.outcomes.pages import ForumOutcomePage


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
