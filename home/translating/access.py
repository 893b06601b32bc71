"""Who may translate what: the languages a person is given.

A person's languages are the locales whose page tree (each language's home page is the root
of its own tree) they may change: a communications officer every language, English
included; "Translators: Urdu" Urdu only. Snippet permissions are per model in Wagtail, not
per language, so the same rule is applied to translatable snippets here: a translator edits
the Urdu glossary terms, never the English ones.

Imports nothing of ours."""

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.permission_policies.pages import PagePermissionPolicy


def language_ids(user):
    """The ids of the locales `user` may write in (see the module's docstring)."""
    if not user.is_active:
        return set()
    if user.is_superuser:
        return set(Locale.objects.values_list("pk", flat=True))
    cache = getattr(user, "_involve_language_ids", None)
    if cache is None:
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        cache = set(
            Page.objects.filter(depth=2, pk__in=editable.values("pk")).values_list(
                "locale_id", flat=True
            )
        )
        user._involve_language_ids = cache
    return cache


def may_write_in(user, locale):
    return getattr(locale, "pk", locale) in language_ids(user)


def translation_locales(user):
    """The locales other than the default one that `user` may translate into."""
    return Locale.objects.filter(pk__in=language_ids(user)).exclude(pk=Locale.get_default().pk)


def may_edit_snippet(user, instance):
    """Whether `user`, who has Wagtail's permission to change the snippet's model, may edit
    this copy of it: any copy of a snippet that is not translatable, only the copies in
    their languages of one that is. Someone who may add the snippet (translators may only
    change it) but writes in no language's page tree (the involvement team, who keep the
    payment levels) edits its copies in the default language, which translators translate."""
    if not isinstance(instance, TranslatableMixin):
        return True
    meta = instance._meta
    if not language_ids(user) and user.has_perm(f"{meta.app_label}.add_{meta.model_name}"):
        return instance.locale_id == Locale.get_default().pk
    return may_write_in(user, instance.locale_id)
