"""Projects translate with wagtail-localize: words are translated; stages, levels, dates and
statuses stay the same in every language. Following the Urdu page follows the project."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from forums.projects.models import ProjectFollower
from forums.projects.pages import ProjectPage, ProjectUpdatePage
from home.translation import synchronise_language_trees
from tests.forums.projects.factories import (
    ProjectUpdatePageFactory,
    action,
    challenge,
    day,
    make_project,
    quote,
)

pytestmark = pytest.mark.django_db


def translate(page, locale):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    strings = {segment.string.data for segment in source.stringsegment_set.all()}
    source.create_or_update_translation(locale, fallback=True)
    return strings, type(page).objects.get(translation_key=page.translation_key, locale=locale)


def test_a_project_translates_with_its_stage_dates_and_statuses_kept(project_index):
    project = make_project(
        project_index,
        stage="checking",
        planned_level="co_designing",
        co_produced_with="Four carers",
        actions=[action(target_date=day(-3), status="under_way")],
        challenges=[challenge()],
        quotes=[quote()],
    )
    update = ProjectUpdatePageFactory(parent=project, title="Printed")
    urdu = Locale.objects.get(language_code="ur")
    synchronise_language_trees()

    strings, translation = translate(project, urdu)
    assert {"Write a carers pack", "No money yet.", "Nobody told me.", "Four carers"} <= strings
    assert translation.stage == "checking" and translation.planned_level == "co_designing"
    [translated_action] = translation.actions.all()
    assert translated_action.target_date == day(-3)
    assert translated_action.status == "under_way"
    assert translated_action.is_slipped
    assert translation.challenges.get().since == day(-5)
    assert translation.quotes.get().agreed

    _strings, translated_update = translate(update, urdu)
    assert isinstance(translated_update, ProjectUpdatePage)
    assert translated_update.published_on == update.published_on


def test_following_the_urdu_page_follows_the_project(client, project):
    urdu = Locale.objects.get(language_code="ur")
    synchronise_language_trees()
    urdu_page = ProjectPage.objects.get(translation_key=project.translation_key, locale=urdu)
    response = client.post(urdu_page.url + "follow/", {"email": "sam@example.org"})
    assert response.status_code == 302
    follower = ProjectFollower.objects.get()
    assert follower.project_id == project.pk
    assert follower.language == "ur"
