"""The translators' admin views: send a page translation for review, the out-of-date
report, and wagtail-localize's own views narrowed to the languages a person is given.

Imports access, review and out_of_date of this package."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views import submit_translations, update_translations

from home.permissions import language_name

from .access import language_ids, may_write_in, translation_locales
from .out_of_date import behind_english
from .review import ReviewError, publish_refusal, send_for_review

TRANSLATE = "wagtail_localize.submit_translation"


@require_POST
def send_for_review_view(request, translation_id):
    """Send a page translation to a second person (the language's review workflow)."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    try:
        send_for_review(translation, request.user)
    except ReviewError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _(
                "Sent for review. Another %(language)s translator or a communications "
                "officer will check it; it goes live when they approve it."
            )
            % {"language": language_name(translation.target_locale.language_code)},
        )
    return redirect(translation.get_target_instance_edit_url())


class OutOfDateReportView(WagtailAdminTemplateMixin, TemplateView):
    """Translations behind English, in the languages the reader may translate into."""

    template_name = "home/translating/out_of_date_report.html"
    page_title = gettext_lazy("Out-of-date translations")
    header_icon = "warning"
    _show_breadcrumbs = True

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(TRANSLATE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = Locale.objects.filter(pk__in=language_ids(self.request.user)).exclude(
            pk=Locale.get_default().pk
        )
        chosen = locales.filter(language_code=self.request.GET.get("language")).first()
        context["locales"] = locales
        context["chosen"] = chosen
        context["rows"] = behind_english(self.request.user, locale=chosen)
        return context


class OwnLanguagesMixin:
    """wagtail-localize's "Translate" offers every language; a translator gets only theirs."""

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=translation_locales(self.request.user))
        return form


class SubmitPageTranslationView(OwnLanguagesMixin, submit_translations.SubmitPageTranslationView):
    pass


class SubmitSnippetTranslationView(
    OwnLanguagesMixin, submit_translations.SubmitSnippetTranslationView
):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's sync, whose "Publish immediately" would publish every language at
    once: allowed only to someone who may publish each of them now, and never together with
    "Use machine translation" (machine drafts wait for a person's check)."""

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations"):
            refusal = self.publish_refusal(form)
            if refusal:
                # wagtail-localize's template shows no field errors: say it at the top.
                messages.error(self.request, refusal)
                return self.render_to_response(self.get_context_data())
        return super().form_valid(form)

    def publish_refusal(self, form):
        user = self.request.user
        if form.cleaned_data.get("use_machine_translation"):
            return _("Machine drafts are checked by a person before they are published.")
        for translation in self.object.translations.filter(enabled=True):
            instance = translation.get_target_instance()
            if isinstance(instance, Page):
                if not instance.permissions_for_user(user).can_publish():
                    return _(
                        "You may not publish every language of this page: leave "
                        "“Publish immediately” unticked and send each translation "
                        "for review."
                    )
            elif not may_write_in(user, translation.target_locale_id):
                return _("You may not publish every language of this.")
            refusal = publish_refusal(user, translation, instance)
            if refusal:
                return f"{translation.target_locale.get_display_name()}: {refusal}"
        return None


def in_own_languages(view):
    """wagtail-localize's views for one translation (its passages, PO files, machine
    drafts) check Wagtail's permission for the snippet's model, which is not per language:
    this lets a person through only into the languages they are given."""

    @wraps(view)
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, pk=translation_id)
        if not may_write_in(request.user, translation.target_locale_id):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded
