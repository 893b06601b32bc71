"""The "Tell us about a service" page: the public form and its thanks page. The form posts,
then redirects to the thanks (POST-redirect-GET); services.py saves it.

Imports: forms, services and models of this package; ideas' settings (PALS and safeguarding
are the same for suggestions and feedback)."""

from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale
from wagtail.search import index

from home.blocks import SHORT_TEXT_FEATURES
from home.models import InvolvePage
from home.public_post import handle_public_form
from home.ratelimit import RateLimit
from home.thanks import redirect_to_thanks, thanked_pk

from ..ideas.models import IdeaSettings
from . import services
from .forms import PublicFeedbackForm
from .models import ServiceFeedback

THANKS_SALT = "involve.feedback.public"
# Generous for a person, tight for a robot.
FEEDBACK_PER_ADDRESS = 6
RATE_WINDOW_SECONDS = 60 * 60
TOO_MUCH_FEEDBACK = _("You have sent a lot of feedback in a short time.")


def never_cached(response):
    add_never_cache_headers(response)
    return response


class FeedbackPage(RoutablePageMixin, InvolvePage):
    """Tell us about a service: how it went, in the person's words, and what would make it
    better. Anonymous unless they ask for a reply. Staff read it in Service feedback."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _(
        "The form where people tell us how a service went. What they send is read by staff "
        "in Service feedback, never published."
    )
    template = "forums/feedback/feedback_page.html"

    class Meta:
        verbose_name = _("service feedback page")

    @path("")
    def form_route(self, request):
        def thanks(form):
            feedback = services.save_public_feedback(form.cleaned_data, request.LANGUAGE_CODE)
            return redirect_to_thanks(f"{self.url}thanks/", feedback.pk, salt=THANKS_SALT)

        response = handle_public_form(
            request,
            PublicFeedbackForm,
            rate_limit=RateLimit(
                "service-feedback", FEEDBACK_PER_ADDRESS, RATE_WINDOW_SECONDS, TOO_MUCH_FEEDBACK
            ),
            on_valid=thanks,
            on_spam=lambda: redirect(self.url + "thanks/"),
            render=lambda form: self.render(request, context_overrides={"form": form}),
            form_kwargs={"locale": Locale.get_active()},
        )
        return never_cached(response)

    @path("thanks/")
    def thanks_route(self, request):
        pk = thanked_pk(request, salt=THANKS_SALT)
        feedback = ServiceFeedback.objects.filter(pk=pk).first() if pk else None
        return never_cached(
            self.render(
                request,
                template="forums/feedback/thanks.html",
                context_overrides={
                    "feedback": feedback,
                    "idea_settings": IdeaSettings.read(self.get_site()),
                },
            )
        )
