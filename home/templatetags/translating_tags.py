"""The translators' panel above wagtail-localize's translation editor: what is left to do
before the translation can go live, and (for a page) the button that sends it to a second
person. Used by templates/wagtail_localize/admin/edit_translation.html."""

from django import template

from home.translating.review import machine_drafted, untranslated

register = template.Library()


@register.inclusion_tag("home/translating/review_panel.html", takes_context=True)
def translation_review_panel(context):
    translation = context["translation"]
    instance = context["instance"]
    page_perms = context.get("page_perms")
    state = getattr(instance, "current_workflow_state", None) if context["is_page"] else None
    return {
        "translation": translation,
        "is_page": context["is_page"],
        "can_send": bool(page_perms and page_perms.can_edit()),
        "can_publish": bool(page_perms and page_perms.can_publish()),
        "machine": machine_drafted(translation).count(),
        "missing": untranslated(translation).count(),
        "in_review": state,
        "csrf_token": context.get("csrf_token"),
    }
