"""A translation goes live only after a person has read every machine-drafted passage and a
second person has checked it.

Pages: the translator sends the translation for review (`send_for_review`: a draft
revision made from the translation, and the language tree's "Translation review" workflow
started on it; readers see nothing of it until it is approved). A communications officer
or another translator approves it in Wagtail's workflow, which publishes that revision
(`finish`). Snippets here have no drafts or workflows in Wagtail (they are not
DraftStateMixin models), so wagtail-localize's "Publish" is the only step: a translator may
not publish a snippet translation they wrote passages of (`publish_refusal`).

Imports access of this package."""

from django.db.models import Exists, OuterRef
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, TranslationLog

from .access import may_write_in


def machine_drafted(translation):
    """The source's string segments whose translation into the target language is still the
    machine's (wagtail-localize marks a passage "manual" once a person saves it)."""
    machine = StringTranslation.objects.filter(
        translation_of=OuterRef("string_id"),
        context=OuterRef("context_id"),
        locale=translation.target_locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    return translation.source.stringsegment_set.filter(Exists(machine))


def untranslated(translation):
    """The source's string segments with no translation into the target language yet; not
    a page's slug (its address, kept as it is unless the translator changes it: nobody
    reads it as English)."""
    return (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .exclude(context__path="slug")
    )


def machine_refusal(translation):
    """Why this translation cannot go live yet because of machine drafts, or None."""
    count = machine_drafted(translation).count()
    if not count:
        return None
    return ngettext(
        "%(count)d passage was drafted by machine and nobody has checked it. Open the "
        "passage marked “Machine translated”, check it, correct it if needed and "
        "save it.",
        "%(count)d passages were drafted by machine and nobody has checked them. Open each "
        "passage marked “Machine translated”, check it, correct it if needed and "
        "save it.",
        count,
    ) % {"count": count}


def publish_refusal(user, translation, instance):
    """Why `user` may not publish this translation straight away from wagtail-localize's
    editor, or None.

    Machine drafts must be checked first, by anyone. A translator (someone who may not
    write in the default language) publishes no page (Wagtail's page permissions see to
    that) and no snippet translation they wrote passages of: a second person does."""
    refusal = machine_refusal(translation)
    if refusal:
        return refusal
    if isinstance(instance, Page) or user.is_superuser:
        return None
    if may_write_in(user, Locale.get_default()):
        return None
    own = StringTranslation.objects.filter(
        locale=translation.target_locale_id,
        last_translated_by=user,
        translation_of__in=translation.source.stringsegment_set.values("string_id"),
    )
    if own.exists():
        return _(
            "You translated part of this, so another translator or a communications "
            "officer checks it and publishes it."
        )
    return None


class ReviewError(Exception):
    """A translation that cannot be sent for review, with the reason to show."""


def send_for_review(translation, user):
    """Save the translation as a draft of its page and start the language's "Translation
    review" workflow on it, so that a second person approves (and so publishes) exactly
    what was sent. A review already in progress is replaced by this one. Returns the
    workflow state; raises ReviewError with a reason a person can act on."""
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise ReviewError(_("Only page translations are sent for review."))
    page = page.specific
    if not page.permissions_for_user(user).can_edit():
        raise ReviewError(_("You may not translate pages into this language."))
    refusal = machine_refusal(translation)
    if refusal:
        raise ReviewError(refusal)
    workflow = page.get_workflow()
    if workflow is None or not workflow.active:
        raise ReviewError(_("This language has no review step; ask a communications officer."))
    # Not wagtail-localize's save_target(publish=False): it writes the translation into the
    # page itself, which readers see at once, before making the draft. This makes only the
    # draft (a revision); the page changes when the reviewer approves it.
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    # As wagtail-localize's save_target does: a translated slug is made valid and unique.
    draft.slug = find_available_slug(
        draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
    )
    revision = draft.save_revision(user=user)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    return workflow.start(page, user)
