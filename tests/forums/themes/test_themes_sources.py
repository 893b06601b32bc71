"""Service feedback and forum points are themed beside suggestions, and the quarterly
figures count them per service with the ideas and projects they led to."""

import datetime

from django.utils import timezone

from forums.feedback.models import ServiceFeedback
from forums.taxonomy import service_for
from forums.themes import services
from forums.themes.models import Theme, ThemeMembership
from forums.themes.sources import all_items
from tests.forums.factories import add_point
from tests.forums.ideas.factories import IdeaPageFactory

from .texts import PARKING

FEEDBACK_ON_WAITING = [
    ("en", "I had to wait four months to see anyone from the team after my referral."),
    ("ur", "ریفرل کے بعد ٹیم سے ملنے کے لیے مجھے چار مہینے انتظار کرنا پڑا۔"),
    ("pl", "Po skierowaniu czekałam cztery miesiące na wizytę."),
]


def test_feedback_and_points_join_the_themes_with_their_services(said, outcome):
    wards = service_for("wards")
    idea = IdeaPageFactory(parent=said["waiting"][0].index)
    feedback = [
        ServiceFeedback.objects.create(
            service=wards, experience=text, language=language, idea=idea
        )
        for language, text in FEEDBACK_ON_WAITING
    ]
    ServiceFeedback.objects.create(experience="")
    point = add_point(outcome, theme="Parking", what_was_said=PARKING[0][1])
    outcome.save_revision().publish()
    keys = {item.key for item in all_items()}
    assert {f"feedback:{row.pk}" for row in feedback} <= keys
    assert f"point:{point.pk}" in keys
    assert len([key for key in keys if key.startswith("feedback:")]) == 3

    services.compute_themes()
    waiting = ThemeMembership.objects.get(item_key=f"feedback:{feedback[0].pk}").theme
    assert (
        waiting
        == ThemeMembership.objects.get(item_key=f"suggestion:{said['waiting'][0].pk}").theme
    )
    assert waiting.services == [{"id": wards.pk, "name": wards.name, "count": 3}]

    today = timezone.localdate()
    rows = services.themes_by_service(today - datetime.timedelta(days=90), today)
    row = next(row for row in rows if row["id"] == waiting.pk)
    assert row["size"] == 10
    assert row["by_service"] == {wards.pk: 3, None: 7}
    assert row["ideas"] == [idea.pk]


def test_a_theme_never_quotes_feedback_that_mentions_crisis(said):
    """Feedback flagged for crisis counts in its theme, but is never quoted, even when its
    words are the theme's most typical: here, the very words of the theme's quotes (which
    the tie-break on the key would otherwise put first)."""
    services.compute_themes()
    waiting = ThemeMembership.objects.get(item_key=f"suggestion:{said['waiting'][0].pk}").theme
    quoted = {quote["text"]: quote["language"] for quote in waiting.quotes}
    crisis = {
        f"feedback:{row.pk}"
        for row in (
            ServiceFeedback.objects.create(
                experience=text, language=language, mentions_crisis=True
            )
            for text, language in quoted.items()
        )
    }
    services.compute_themes()
    members = set(
        ThemeMembership.objects.filter(item_key__in=crisis).values_list("theme", flat=True)
    )
    assert members  # themed, and counted
    quotes = [quote["key"] for theme in Theme.objects.all() for quote in theme.quotes]
    assert quotes and not crisis & set(quotes)
