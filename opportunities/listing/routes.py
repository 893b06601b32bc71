"""The opportunity page's routes, as a mixin of `OpportunityPage` (pages.py): the page with
its registration form, the thanks page, the calendar file, and the private links in a
registration's emails (cancel a place, answer a place offered from the waiting list)."""

import datetime

from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from wagtail.contrib.routable_page.models import path

from home import page_cache
from home.private_links import PROBLEM_STATUS
from home.public_post import handle_public_form
from home.ratelimit import RateLimit
from home.thanks import redirect_to_thanks, thanked_pk

from ..registrations import services as registrations
from ..registrations.forms import RegistrationForm
from ..registrations.links import REGISTRATION_LINKS
from ..registrations.models import PlaceOffer, Registration
from ..registrations.services import register_interest
from .calendar import calendar_response

# Generous for a person (a family signing up one by one), tight for a robot.
REGISTRATIONS = RateLimit("registration", 8)
THANKS_SALT = "opportunities.registration.thanks"
THANKS_NAMES_FOR = datetime.timedelta(days=1)


class OpportunityRoutes:
    """The routes of an opportunity page; mixed into `OpportunityPage` before
    `RoutablePageMixin`, whose `render` they use."""

    # Routes: the page with its form, the thanks page, and the calendar file. A page type
    # built on this one (a forum meeting) keeps them and names its own templates.

    thanks_template = "opportunities/registration_thanks.html"

    # Kept for other visitors (home/page_cache/): the page and its calendar entry.
    cached_routes = ("page_route", "calendar_route")

    @path("")
    def page_route(self, request):
        return self.registration_page(request)

    @path("thanks/")
    def thanks_route(self, request):
        return self.thanks_page(request)

    @path("calendar/")
    def calendar_route(self, request):
        if not self.starts_at:
            raise Http404
        return calendar_response([self], request, filename=f"{self.slug}.ics")

    # The private links in a registration's emails (registrations/links.py). A button, not
    # the link itself, changes anything: mail scanners open links.

    @path("cancel/<str:token>/")
    @method_decorator(never_cache)
    def cancel_route(self, request, token):
        """Cancel a place, or leave the waiting list: what it is, then a button."""
        registration, problem = self._registration_from_link(request, token, "cancel")
        if problem:
            return problem
        result = None
        if registration.status == Registration.Status.WITHDRAWN:
            result = registrations.ALREADY_CANCELLED
        elif request.method == "POST" and not self.is_over:
            result = registrations.cancel_registration(registration)
        return self._render_link_page(
            request, "cancel.html", registration=registration, result=result
        )

    @path("place/<str:token>/")
    @method_decorator(never_cache)
    def place_route(self, request, token):
        """A place offered from the waiting list: take it, or say no thanks."""
        registration, problem = self._registration_from_link(request, token, "place")
        if problem:
            return problem
        result = None
        if request.method == "POST":
            answer = request.POST.get("answer")
            if answer == "accept":
                result = registrations.accept_place(registration)
            elif answer == "decline":
                result = registrations.decline_place(registration)
        offer = PlaceOffer.objects.filter(registration=registration).first()
        if result is None and offer is not None:
            result = registrations.unanswerable(registration, offer, timezone.now())
        elif result is None:
            result = registrations.NO_OFFER
        return self._render_link_page(
            request, "place.html", registration=registration, offer=offer, result=result
        )

    @property
    def is_over(self):
        """Whether the activity has begun, so a place in it can no longer be given up."""
        return bool(self.starts_at and self.starts_at <= timezone.now())

    def _registration_from_link(self, request, token, purpose):
        """(registration, None), or (None, a page in the link's language saying plainly why
        it does not work). An anonymised registration is one we no longer hold."""
        registration, problem = REGISTRATION_LINKS.find(
            Registration.objects.filter(opportunity_id=self.pk, anonymised_at=None),
            token,
            purpose,
        )
        if problem:
            response = self._render_link_page(request, "link_problem.html", problem=problem)
            response.status_code = PROBLEM_STATUS[problem]
            return None, response
        return registration, None

    def _render_link_page(self, request, template, **context):
        return self.render(
            request,
            template=f"opportunities/registrations/{template}",
            # The page is interface text around the activity's title, which says its own
            # language where it shows.
            context_overrides={"interface_only": True, "form": None, **context},
        )

    def registration_page(self, request):
        """The opportunity, and its registration form: POST, then redirect to the thanks
        page. The page with an empty form is the same for everyone, so it may be kept
        (home/page_cache/) until a registration changes its places."""
        page_cache.depends_on(request, f"places:{self.pk}")
        if self.is_closed or self.take_part_url:
            # Nothing to register for: closed, or taken part in through its link.
            return self.render(request, context_overrides={"form": None})
        return handle_public_form(
            request,
            RegistrationForm,
            rate_limit=REGISTRATIONS,
            on_spam=lambda: redirect(self.url + "thanks/"),
            on_valid=lambda form: self._register_interest(form, request),
            render=lambda form: self.render(request, context_overrides={"form": form}),
        )

    def _register_interest(self, form, request):
        """Save the valid form (once); the redirect to the thanks page, which names the
        registration to this browser only (home.thanks)."""
        registration, _created = register_interest(self, form, language=request.LANGUAGE_CODE)
        return redirect_to_thanks(f"{self.url}thanks/", registration.pk, salt=THANKS_SALT)

    @method_decorator(never_cache)
    def thanks_page(self, request):
        """What happens next. Names the person's own registration to the browser that sent it."""
        pk = thanked_pk(request, salt=THANKS_SALT)
        registration = (
            Registration.objects.filter(
                pk=pk, opportunity=self, created_at__gte=timezone.now() - THANKS_NAMES_FOR
            ).first()
            if pk
            else None
        )
        return self.render(
            request,
            template=self.thanks_template,
            context_overrides={"registration": registration},
        )
