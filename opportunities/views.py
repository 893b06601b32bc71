import uuid

from django.core import signing
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from home.ratelimit import over_limit

from .forms import OpportunityFilterForm, RegistrationForm, recaptcha_enabled
from .models import Registration

PER_PAGE = 10
# Generous for a person (a family signing up one by one), tight for a robot.
REGISTRATIONS_PER_ADDRESS = 8
RATE_WINDOW_SECONDS = 60 * 60
THANKS_SALT = "opportunities.registration.thanks"


def opportunity_index(request, index_page):
    """The open opportunities, filtered by plain GET parameters, so a filtered list works
    without JavaScript, survives a reload and can be shared as a link."""
    form = OpportunityFilterForm(request.GET or None)
    opportunities = form.filter(index_page.open_opportunities())
    opportunities = opportunities.select_related("venue").prefetch_related("topics", "areas")
    paginator = Paginator(opportunities, PER_PAGE)
    page_of_results = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "opportunities/opportunity_index_page.html",
        {
            "page": index_page,
            "self": index_page,
            "form": form,
            "opportunities": page_of_results,
            "filter_query": query.urlencode(),
        },
    )


@never_cache
def opportunity_detail(request, opportunity):
    """The opportunity, and its registration form: POST, then redirect to the thanks page."""
    use_recaptcha = recaptcha_enabled(request)
    if opportunity.is_closed:
        form = None
    elif request.method == "POST":
        form = RegistrationForm(request.POST, use_recaptcha=use_recaptcha)
        if form.is_spam:
            return redirect(opportunity.url + "thanks/")
        if over_limit(request, "registration", REGISTRATIONS_PER_ADDRESS, RATE_WINDOW_SECONDS):
            form.is_valid()
            form.add_error(
                None,
                _(
                    "You have sent a lot of forms in a short time. Please wait an hour and "
                    "try again, or phone us."
                ),
            )
            return _detail_response(request, opportunity, form, status=429)
        if form.is_valid():
            registration, _created = Registration.objects.register(
                opportunity, form, language=request.LANGUAGE_CODE
            )
            ref = signing.dumps(registration.pk, salt=THANKS_SALT)
            return redirect(f"{opportunity.url}thanks/?ref={ref}")
    else:
        form = RegistrationForm(
            initial={"submission_key": uuid.uuid4()}, use_recaptcha=use_recaptcha
        )
    return _detail_response(request, opportunity, form)


def _detail_response(request, opportunity, form, status=200):
    return TemplateResponse(
        request,
        "opportunities/opportunity_page.html",
        {"page": opportunity, "self": opportunity, "form": form},
        status=status,
    )


@never_cache
def registration_thanks(request, opportunity):
    """What happens next. Names the person's own registration when the link carries it."""
    registration = None
    try:
        pk = signing.loads(request.GET.get("ref", ""), salt=THANKS_SALT, max_age=60 * 60 * 24)
        registration = Registration.objects.filter(pk=pk, opportunity=opportunity).first()
    except signing.BadSignature:
        pass
    return TemplateResponse(
        request,
        "opportunities/registration_thanks.html",
        {"page": opportunity, "self": opportunity, "registration": registration},
    )
