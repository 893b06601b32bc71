"""Translators: what they can and cannot do, the second person's check, machine drafts, and
the out-of-date report (home/translating)."""

from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from glossary.models import GlossaryTerm
from home.translating.out_of_date import behind_english
from home.translation import synchronise_language_trees
from tests.glossary.factories import GlossaryTermFactory
from tests.home.factories import ContentPageFactory, UserFactory

pytestmark = pytest.mark.django_db

URDU_TRANSLATORS = "Translators: Urdu"
DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


@pytest.fixture
def tree(home_page):
    """An English page with its copies in every language, as the admin makes them."""
    about = ContentPageFactory(
        parent=home_page,
        slug="about",
        title="About involvement",
        summary="How you can help.",
        body=[
            {"type": "rich_text", "value": "<p>We listen to you.</p>"},
            {"type": "rich_text", "value": "<p>We change things.</p>"},
        ],
    )
    about.save_revision().publish()
    synchronise_language_trees()
    urdu = Locale.objects.get(language_code="ur")
    return SimpleNamespace(
        english=about,
        urdu=urdu,
        urdu_home=Page.objects.get(depth=2, locale=urdu),
        urdu_about=Page.objects.get(slug="about", locale=urdu),
    )


@pytest.fixture
def translator(tree):
    return UserFactory(username="urdu", groups=[URDU_TRANSLATORS])


@pytest.fixture
def second_translator(tree):
    return UserFactory(username="urdu2", groups=[URDU_TRANSLATORS])


@pytest.fixture
def comms(tree):
    return UserFactory(username="comms", groups=["Communications officers"])


def start_translation(client, user, page, code="ur"):
    client.force_login(user)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    locale = Locale.objects.get(language_code=code)
    return client.post(url, {"locales": [locale.pk]})


def urdu_translation(tree):
    return Translation.objects.get(
        source__object_id=tree.english.translation_key, target_locale=tree.urdu
    )


def put(client, url, value):
    """A passage saved as wagtail-localize's editor saves it."""
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def translate_every_passage(client, translation, prefix="اردو"):
    for segment in translation.source.stringsegment_set.all():
        url = reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
        )
        response = put(client, url, f"{prefix} {segment.string.data}")
        assert response.status_code in (200, 201), response.content


# --- Groups -----------------------------------------------------------------------------


def test_each_language_has_a_group_that_may_change_but_not_publish_its_tree(tree):
    group = Group.objects.get(name=URDU_TRANSLATORS)
    assert group.permissions.filter(codename="submit_translation").exists()
    assert group.permissions.filter(codename="change_glossaryterm").exists()
    assert not group.permissions.filter(codename__startswith="add_").exists()
    assert set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    ) == {(tree.urdu_home.pk, "change_page")}
    assert tree.urdu_home.get_workflow().name == "Translation review: Urdu"
    assert Page.objects.get(depth=2, locale__language_code="en-gb").get_workflow() is None
    for code, name in [("pl", "Polish"), ("ar", "Arabic"), ("bn", "Bengali"), ("pa", "Punjabi")]:
        assert Group.objects.filter(name=f"Translators: {name}").exists(), code
    every = Group.objects.get(name="Translators")
    assert GroupPagePermission.objects.filter(group=every).count() == 7


def test_communications_officers_manage_the_glossary_and_services(client, comms):
    client.force_login(comms)
    for model in ["glossary/glossaryterm", "glossary/plainerword", "forums/service"]:
        assert client.get(f"/admin/snippets/{model}/add/").status_code == 200, model


# --- What a translator can and cannot do -----------------------------------------------


def test_the_translator_reaches_the_admin_pages_and_the_reports(client, translator, tree):
    client.force_login(translator)
    for url in [
        "/admin/pages/",
        f"/admin/pages/{tree.urdu_home.pk}/",
        "/admin/snippets/glossary/glossaryterm/",
        reverse("wagtail_localize:translations_report"),
        reverse("translating_out_of_date"),
    ]:
        assert client.get(url, follow=True).status_code == 200, url


def test_the_translator_cannot_edit_or_publish_english_pages(client, translator, tree):
    client.force_login(translator)
    edit = reverse("wagtailadmin_pages:edit", args=[tree.english.pk])
    assert client.get(edit).status_code == 302
    response = client.post(edit, {"title": "Changed", "slug": "about", "action-publish": "1"})
    assert response.status_code == 302
    tree.english.refresh_from_db()
    assert tree.english.title == "About involvement"
    assert not tree.english.permissions_for_user(translator).can_publish()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/registrations/",
        "/admin/register/",
        "/admin/register/equality/",
        "/admin/ideas/suggestions/",
        "/admin/users/",
    ],
)
def test_the_translator_never_sees_personal_data(client, translator, url):
    client.force_login(translator)
    response = client.get(url)
    assert response.status_code in (302, 403), url
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


def test_the_translator_is_offered_only_their_languages(client, translator, tree):
    client.force_login(translator)
    html = client.get(
        reverse("wagtail_localize:submit_page_translation", args=[tree.english.pk])
    ).content.decode()
    polish = Locale.objects.get(language_code="pl")
    assert f'name="locales" value="{tree.urdu.pk}"' in html
    assert f'name="locales" value="{polish.pk}"' not in html

    response = start_translation(client, translator, tree.english, code="pl")
    assert response.status_code == 200  # the form again: Polish is not a choice
    assert not Translation.objects.exists()


def test_the_translator_translates_a_page_and_sends_it_for_review(client, translator, tree):
    response = start_translation(client, translator, tree.english)
    assert response.status_code == 302
    translation = urdu_translation(tree)
    edit = reverse("wagtailadmin_pages:edit", args=[tree.urdu_about.pk])
    html = client.get(edit).content.decode()
    assert "js-translation-editor" in html and "Send for review" in html
    translate_every_passage(client, translation)

    # No "Publish" for a translator.
    assert client.post(edit, {"action": "publish"}).status_code in (302, 403)
    assert Page.objects.get(pk=tree.urdu_about.pk).title == "About involvement"
    response = client.post(reverse("translating_send_for_review", args=[translation.pk]))
    assert response.status_code == 302

    page = Page.objects.get(pk=tree.urdu_about.pk).specific
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == translator
    # Readers see nothing of it until a second person approves.
    assert page.title == "About involvement"
    assert page.get_latest_revision_as_object().title == "اردو About involvement"
    # The one who sent it cannot approve it.
    task = state.current_task_state.task.specific
    assert task.get_actions(page, translator) == []
    assert not task.get_task_states_user_can_moderate(translator).exists()


@pytest.mark.parametrize("reviewer", ["comms", "second_translator"])
def test_a_second_person_approves_and_so_publishes(client, translator, tree, reviewer, request):
    start_translation(client, translator, tree.english)
    translation = urdu_translation(tree)
    translate_every_passage(client, translation)
    client.post(reverse("translating_send_for_review", args=[translation.pk]))
    page = Page.objects.get(pk=tree.urdu_about.pk).specific
    reviewer = request.getfixturevalue(reviewer)

    task_state = page.current_workflow_state.current_task_state
    assert task_state.task.specific.get_task_states_user_can_moderate(reviewer).exists()
    client.force_login(reviewer)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.title == "اردو About involvement"
    assert page.live and not page.has_unpublished_changes
    assert client.get("/ur/about/").status_code == 200


def test_the_translator_translates_snippets_in_their_language_only(client, translator, tree):
    term = GlossaryTermFactory(name="Carer", definition="Someone who looks after a person.")
    client.force_login(translator)
    english_edit = reverse("wagtailsnippets_glossary_glossaryterm:edit", args=[term.pk])
    assert client.get(english_edit).status_code == 302
    response = client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["glossary", "glossaryterm", term.pk],
        ),
        {"locales": [tree.urdu.pk]},
    )
    assert response.status_code == 302
    urdu_term = GlossaryTerm.objects.get(translation_key=term.translation_key, locale=tree.urdu)
    urdu_edit = reverse("wagtailsnippets_glossary_glossaryterm:edit", args=[urdu_term.pk])
    assert "js-translation-editor" in client.get(urdu_edit).content.decode()
    translation = Translation.objects.get(target_locale=tree.urdu)
    translate_every_passage(client, translation)

    # Someone who wrote it does not publish it: a second person does.
    client.post(urdu_edit, {"action": "publish"})
    urdu_term.refresh_from_db()
    assert urdu_term.name == "Carer"
    # The Polish copy is not theirs, whether in the editor or through the editor's API.
    polish_term = term.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish_term.save()
    polish_edit = reverse("wagtailsnippets_glossary_glossaryterm:edit", args=[polish_term.pk])
    assert client.get(polish_edit).status_code == 302

    client.force_login(UserFactory(username="other", groups=[URDU_TRANSLATORS]))
    client.post(urdu_edit, {"action": "publish"})
    urdu_term.refresh_from_db()
    assert urdu_term.name == "اردو Carer"


def test_the_editor_api_refuses_a_language_not_given(client, tree, translator):
    term = GlossaryTermFactory(name="Ward")
    client.force_login(UserFactory(username="all", groups=["Translators"]))
    client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["glossary", "glossaryterm", term.pk],
        ),
        {"locales": [Locale.objects.get(language_code="pl").pk]},
    )
    translation = Translation.objects.get(target_locale__language_code="pl")
    segment = translation.source.stringsegment_set.first()
    client.force_login(translator)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    assert put(client, url, "Oddział").status_code in (302, 403)
    assert not StringTranslation.objects.exists()


# --- Machine drafts ---------------------------------------------------------------------


def test_machine_translation_is_off_unless_configured(settings):
    from wagtail_localize.machine_translators import get_machine_translator

    assert getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None) is None
    assert get_machine_translator() is None


def test_the_machine_translator_comes_from_the_environment():
    from settings.base import machine_translator

    assert machine_translator({}) is None
    deepl = machine_translator({"DEEPL_API_KEY": "key:fx", "LIBRETRANSLATE_URL": "http://lt"})
    assert deepl == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "key:fx"},
    }
    libre = machine_translator({"LIBRETRANSLATE_URL": "http://lt.internal:5000/"})
    assert libre["CLASS"].endswith("libretranslate.LibreTranslator")
    assert libre["OPTIONS"] == {"LIBRETRANSLATE_URL": "http://lt.internal:5000", "API_KEY": ""}


def test_machine_drafts_wait_for_a_person(client, settings, translator, comms, tree):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
    start_translation(client, translator, tree.english)
    translation = urdu_translation(tree)
    client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": "/admin/"},
    )
    machine = StringTranslation.objects.filter(translation_type="machine")
    assert machine.count() == translation.source.stringsegment_set.count()

    response = client.post(
        reverse("translating_send_for_review", args=[translation.pk]), follow=True
    )
    assert "drafted by machine" in response.content.decode()
    assert Page.objects.get(pk=tree.urdu_about.pk).current_workflow_state is None

    # Not even a communications officer publishes it unchecked.
    client.force_login(comms)
    edit = reverse("wagtailadmin_pages:edit", args=[tree.urdu_about.pk])
    response = client.post(edit, {"action": "publish"}, follow=True)
    assert "drafted by machine" in response.content.decode()
    assert Page.objects.get(pk=tree.urdu_about.pk).title == "About involvement"

    # A person reads each passage and saves it: now it may go.
    client.force_login(translator)
    for string_translation in machine:
        segment = StringSegment.objects.get(
            source=translation.source, string=string_translation.translation_of
        )
        put(
            client,
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            string_translation.data,
        )
    assert not StringTranslation.objects.filter(translation_type="machine").exists()
    client.post(reverse("translating_send_for_review", args=[translation.pk]))
    assert Page.objects.get(pk=tree.urdu_about.pk).current_workflow_state is not None


def test_sync_never_publishes_machine_drafts_or_for_a_translator(
    client, settings, translator, tree
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
    start_translation(client, translator, tree.english)
    translation = urdu_translation(tree)
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 200
    assert "send each translation for review" in response.content.decode()
    response = client.post(url, {"publish_translations": "on", "use_machine_translation": "on"})
    assert "checked by a person" in response.content.decode()


# --- Out of date ------------------------------------------------------------------------


def publish_english(page, **changes):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_the_report_notices_english_changes_and_a_sync_keeps_unchanged_passages(
    client, translator, comms, tree
):
    start_translation(client, translator, tree.english)
    translation = urdu_translation(tree)
    translate_every_passage(client, translation)
    client.force_login(comms)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[tree.urdu_about.pk]), {"action": "publish"}
    )
    assert behind_english(translator) == []

    publish_english(tree.english, title="About getting involved")
    [row] = behind_english(translator)
    assert (row.changed, row.removed, row.missing) == (1, 1, 0)
    assert row.needs_sync and row.english_changed_at > row.synced_at
    client.force_login(translator)
    html = client.get(reverse("translating_out_of_date")).content.decode()
    assert "About involvement" in html and "1 passage is new or different" in html
    assert "behind the English" in client.get("/admin/").content.decode()

    # Sync: the new title needs translating, every other passage keeps its Urdu.
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]), {}
    )
    assert response.status_code == 302
    [row] = behind_english(translator)
    assert (row.changed, row.removed, row.missing) == (0, 0, 1)
    kept = StringTranslation.objects.filter(locale=tree.urdu).values_list("data", flat=True)
    assert "اردو How you can help." in kept
    assert "اردو <p>We listen to you.</p>" in kept or "اردو We listen to you." in kept


def test_the_report_notices_a_changed_snippet(client, translator, tree):
    term = GlossaryTermFactory(name="Carer", definition="Someone who looks after a person.")
    client.force_login(translator)
    client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["glossary", "glossaryterm", term.pk],
        ),
        {"locales": [tree.urdu.pk]},
    )
    translate_every_passage(client, Translation.objects.get(target_locale=tree.urdu))
    assert behind_english(translator) == []
    term.definition = "Someone who looks after a family member or friend."
    term.save()
    [row] = behind_english(translator)
    assert row.changed == 1 and row.kind == "glossary term"
    # Not shown to translators of other languages.
    polish = UserFactory(username="pl", groups=["Translators: Polish"])
    assert behind_english(polish) == []


def test_translated_forum_pages_go_through_the_translation_review(tree):
    from forums.models import ForumPage
    from tests.forums.factories import ForumIndexPageFactory, ForumPageFactory

    index = ForumIndexPageFactory(parent=tree.english.get_parent())
    ForumPageFactory(parent=index, title="Riverside forum")
    synchronise_language_trees()
    urdu_forum = ForumPage.objects.get(locale=tree.urdu)
    assert urdu_forum.get_workflow().name == "Translation review: Urdu"
    english_forum = ForumPage.objects.get(locale__language_code="en-gb")
    assert english_forum.get_workflow().name == "Forum review: Riverside forum"
