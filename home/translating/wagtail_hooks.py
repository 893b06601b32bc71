"""Translators in the Wagtail admin: the out-of-date report and dashboard panel, the
"Send for review" step, and wagtail-localize's views kept to each person's languages.
Imported by home/wagtail_hooks.py.

wagtail-localize's own URLs stay; the ones below are registered first (order -1) at the
same addresses, so Django finds these narrowed views before its own."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.components import Component
from wagtail.models import TranslatableMixin
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from ..admin_menu import PermissionMenuItem
from . import views
from .access import may_edit_snippet
from .out_of_date import behind_english
from .review import machine_refusal, publish_refusal

PANEL_ROWS = 5
GUARDED = [
    ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
    ("overrides/<int:overridable_segment_id>/edit/", edit_translation.edit_override),
    ("pofile/download/", edit_translation.download_pofile),
    ("pofile/upload/", edit_translation.upload_pofile),
    ("machine_translate/", edit_translation.machine_translate),
    ("disable/", edit_translation.stop_translation),
]


@hooks.register("register_admin_urls", order=-1)
def register_translator_urls():
    return [
        path(
            "translating/<int:translation_id>/review/",
            views.send_for_review_view,
            name="translating_send_for_review",
        ),
        path(
            "translating/out-of-date/",
            views.OutOfDateReportView.as_view(),
            name="translating_out_of_date",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            views.SubmitPageTranslationView.as_view(),
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.SubmitSnippetTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsView.as_view(),
        ),
        *(
            path(f"localize/translate/<int:translation_id>/{route}", views.in_own_languages(view))
            for route, view in GUARDED
        ),
    ]


def _translation_of(instance):
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()


@hooks.register("before_edit_page", order=-1)
def check_before_publishing_page(request, page):
    """wagtail-localize's "Publish" on a page translation: refused while machine drafts
    wait for a person (only people who may publish the page see the button at all)."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = _translation_of(page)
    refusal = translation and machine_refusal(translation)
    if refusal:
        messages.error(request, refusal)
        return redirect(request.path)
    return None


@hooks.register("before_edit_snippet", order=-1)
def check_snippet_language(request, instance):
    """Only the copies in a person's languages; and wagtail-localize's "Publish" of a
    snippet translation refused while machine drafts wait or to its own translator."""
    if not may_edit_snippet(request.user, instance):
        return permission_denied(request)
    if (
        isinstance(instance, TranslatableMixin)
        and request.method == "POST"
        and request.POST.get("action") == "publish"
    ):
        translation = _translation_of(instance)
        refusal = translation and publish_refusal(request.user, translation, instance)
        if refusal:
            messages.error(request, refusal)
            return redirect(request.path)
    return None


class OutOfDatePanel(Component):
    """On the dashboard of anyone who translates: translations behind English."""

    name = "translations_out_of_date"
    order = 60
    template_name = "home/translating/out_of_date_panel.html"

    def __init__(self, request, rows):
        self.request = request
        self.rows = rows

    def render_html(self, parent_context=None):
        return render_to_string(
            self.template_name,
            {
                "rows": self.rows[:PANEL_ROWS],
                "count": len(self.rows),
                "report_url": reverse("translating_out_of_date"),
                "panel_id": self.name,
            },
            request=self.request,
        )


@hooks.register("construct_homepage_panels")
def add_out_of_date_panel(request, panels):
    if not request.user.has_perm(views.TRANSLATE):
        return
    rows = behind_english(request.user)
    if rows:
        panels.append(OutOfDatePanel(request, rows))


@hooks.register("register_reports_menu_item")
def register_out_of_date_report():
    return PermissionMenuItem(
        _("Out-of-date translations"),
        reverse("translating_out_of_date"),
        icon_name="warning",
        order=9001,
        permission=views.TRANSLATE,
    )
