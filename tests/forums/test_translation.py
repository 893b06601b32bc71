"""Forum pages translate with wagtail-localize: words are translated, dates, statuses and
links stay the same in every language."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from forums.meetings.pages import MeetingPage
from forums.outcomes.pages import ForumOutcomePage
from home.translation import synchronise_language_trees
from tests.forums.factories import add_point


@pytest.mark.django_db
def test_an_outcome_and_its_points_translate_with_dates_and_statuses_kept(outcome):
    point = add_point(outcome, status="answered", answer="Done.")
    urdu = Locale.objects.get(language_code="ur")

    synchronise_language_trees()  # the parents' Urdu copies, as the site always has
    source, _created = TranslationSource.get_or_create_from_instance(outcome)
    strings = {segment.string.data for segment in source.stringsegment_set.all()}
    source.create_or_update_translation(urdu, fallback=True)
    translation = ForumOutcomePage.objects.get(
        translation_key=outcome.translation_key, locale=urdu
    )
    [translated_point] = translation.points.all()

    assert {"People wait too long.", "Done.", "Waiting times"} <= strings
    assert translated_point.locale == urdu
    assert translated_point.translation_key == point.translation_key
    assert translated_point.status == "answered"
    assert translated_point.due_date == point.due_date
    assert translation.attendance == outcome.attendance


@pytest.mark.django_db
def test_a_meeting_translates_with_its_time_and_link_kept(past_meeting):
    urdu = Locale.objects.get(language_code="ur")
    synchronise_language_trees()
    source, _created = TranslationSource.get_or_create_from_instance(past_meeting)
    source.create_or_update_translation(urdu, fallback=True)

    translation = MeetingPage.objects.get(
        translation_key=past_meeting.translation_key, locale=urdu
    )

    assert translation.starts_at == past_meeting.starts_at
    assert translation.joining_link == past_meeting.joining_link
    assert translation.meeting_format == past_meeting.meeting_format
