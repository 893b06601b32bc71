"""Every page has its copy in every other language, however it was made: in the editor, by
the moderation queue, by a command, directly in code, or by the demo loader (see
home/translation.py). Until a translator translates it, the copy is an alias that repeats
the English and answers at the language's own address."""

import datetime
import uuid

import pytest
from django.core.management import call_command
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from forums.ideas.models import Suggestion
from forums.ideas.pages import IdeaPage
from forums.taxonomy import IDEA_SERVICES, service_for
from home.models import ContentPage
from home.translation import copy_into_every_language, synchronise_language_trees
from tests.forums.ideas.factories import IdeaIndexPageFactory, VotingRoundFactory
from tests.home.factories import ContentPageFactory, UserFactory

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = {"pl", "ro", "pa", "ur", "pt", "ar", "bn"}


def copies(page):
    """{language code: copy} of `page` in the other languages."""
    return {
        copy.locale.language_code: copy
        for copy in Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
    }


def assert_copied_and_answering(client, page):
    found = copies(page)
    assert set(found) == OTHER_LANGUAGES
    for language, copy in found.items():
        assert copy.alias_of_id == page.pk and copy.live, language
    for language in ("ur", "ar", "pl"):
        assert client.get(found[language].url).status_code == 200, language


@pytest.fixture
def comms():
    return UserFactory(groups=["Communications officers"])


def test_the_site_synchronises_every_other_language_from_english():
    english = Locale.get_default()
    others = Locale.objects.exclude(pk=english.pk)
    assert {locale.language_code for locale in others} == OTHER_LANGUAGES


def test_a_page_made_and_published_in_the_editor_has_its_copies(client, home_page, comms):
    client.force_login(comms)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["home", "contentpage", home_page.pk]),
        nested_form_data(
            {
                "title": "Travel costs",
                "slug": "travel-costs",
                "summary": "How we pay for your travel.",
                "body": streamfield([("rich_text", rich_text("<p>We pay your bus fare.</p>"))]),
                "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
                "action-publish": "Publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ContentPage.objects.get(slug="travel-costs", locale=Locale.get_default())
    assert page.live
    assert_copied_and_answering(client, page)


def test_an_idea_published_from_the_moderation_queue_has_its_copies(client, home_page, comms):
    for value in IDEA_SERVICES:
        service_for(value)
    index = IdeaIndexPageFactory(parent=home_page)
    VotingRoundFactory(index=index)
    synchronise_language_trees()  # the site as it stands: the index has its copies
    suggestion = Suggestion.objects.create(
        index=index,
        title="Longer visiting hours",
        what="Visiting ends at 7pm.",
        service=service_for("wards"),
        email="",
        language="en-gb",
        submission_key=uuid.uuid4(),
    )
    client.force_login(comms)
    response = client.post(
        f"/admin/ideas/suggestions/{suggestion.pk}/",
        {"decision": "published", "reason": "clear_idea"},
    )
    assert response.status_code == 302
    idea = IdeaPage.objects.get(pk=Suggestion.objects.get().idea_id)
    assert_copied_and_answering(client, idea)
    # The Urdu list of ideas lists it: every idea, not 18 of 19.
    urdu_index = index.get_translation(Locale.objects.get(language_code="ur"))
    assert urdu_index.get_children().filter(translation_key=idea.translation_key).exists()


def test_a_page_published_by_the_publish_scheduled_command_has_its_copies(client, home_page):
    page = ContentPageFactory(parent=home_page, live=False, slug="later")
    go_live = timezone.now() - datetime.timedelta(minutes=1)
    page.go_live_at = go_live
    page.save_revision(approved_go_live_at=go_live)
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert_copied_and_answering(client, page)


def test_a_page_made_live_in_code_without_a_revision_has_its_copies_after_the_commit(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = ContentPageFactory(parent=home_page, slug="made-in-code")
    assert_copied_and_answering(client, page)


def test_a_draft_made_in_code_gets_draft_copies_that_go_live_with_it(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = ContentPageFactory(parent=home_page, slug="draft", live=False)
    assert {copy.live for copy in copies(page).values()} == {False}
    page.save_revision().publish()
    assert_copied_and_answering(client, page)


def test_copying_again_makes_nothing_and_keeps_a_translation(home_page):
    page = ContentPageFactory(parent=home_page, slug="twice")
    made = copy_into_every_language(page)
    assert {copy.locale.language_code for copy in made} == OTHER_LANGUAGES
    urdu_copy = copies(page)["ur"]
    urdu_copy.alias_of = None  # as wagtail-localize leaves a page it translated
    urdu_copy.save()
    count = Page.objects.count()

    assert copy_into_every_language(page) == []
    synchronise_language_trees()
    assert Page.objects.count() == count
    assert copies(page)["ur"].alias_of_id is None


def test_an_alias_and_a_translation_are_never_copied_themselves(home_page):
    page = ContentPageFactory(parent=home_page, slug="source")
    copy_into_every_language(page)
    urdu_copy = copies(page)["ur"]
    count = Page.objects.count()
    assert copy_into_every_language(urdu_copy) == []
    urdu_copy.alias_of = None
    urdu_copy.save()
    assert copy_into_every_language(urdu_copy) == []  # nothing is synchronised from Urdu
    assert Page.objects.count() == count


def test_a_first_publish_saves_each_copy_once_and_the_next_carries_the_change(client, home_page):
    """The copies a page's first publish makes are taken from what is being published, so
    Wagtail's update of the page's aliases right after passes them by
    (`home.translation.AliasesCopiedOnPublish`); a later publish still brings every copy the
    page's new words."""
    page = ContentPageFactory(parent=home_page, live=False, slug="new-page", title="Draft")
    saved = []

    def count_copy_saves(sender, instance, **kwargs):
        if isinstance(instance, Page) and instance.alias_of_id == page.pk:
            saved.append(instance.locale.language_code)

    post_save.connect(count_copy_saves)
    try:
        page.title, page.summary = "First words", "The first summary."
        page.save_revision().publish()
        first = sorted(saved)
        saved.clear()
        page.title, page.summary = "Second words", "The second summary."
        page.save_revision().publish()
    finally:
        post_save.disconnect(count_copy_saves)

    assert first == sorted(OTHER_LANGUAGES)
    assert sorted(saved) == sorted(OTHER_LANGUAGES)
    for language, copy in copies(page).items():
        copy = copy.specific
        assert (copy.title, copy.summary, copy.live) == (
            "Second words",
            "The second summary.",
            True,
        ), language
    assert_copied_and_answering(client, page)
