"""Request handlers that are not page routes: site search and the cookie choice.

Imports home's forms, search and cookies: home is the core and imports no other app."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import page_cache
from .cookies import consent_of, remember_consent
from .forms import CookieConsentForm, SearchForm
from .language_links import SEARCH_CANONICAL_PARAMETERS
from .search import search_pages

RESULTS_PER_PAGE = 10


def search(request):
    """Site search over live public pages in the reader's language (see `search_pages`).
    The same words find the same pages for everyone, so the results may be kept."""
    page_cache.allow(request)
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results = None
    if query:
        paginator = Paginator(search_pages(query), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "home/search_results.html",
        {
            "form": form,
            "search_query": query,
            "search_params": urlencode({"q": query}),
            "results": results,
            # The search words make the page its own, in every language.
            "canonical_parameters": SEARCH_CANONICAL_PARAMETERS,
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def cookies(request):
    """Explains the site's cookies and records the visitor's choice about optional ones.

    A plain form POST, so the choice works without JavaScript, from the banner on any page or
    from this page."""
    if request.method == "POST":
        form = CookieConsentForm(request.POST)
        if form.is_valid():
            next_url = form.cleaned_data["next"]
            if not url_has_allowed_host_and_scheme(
                next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            ):
                next_url = reverse("cookies")
            messages.success(request, _("You have saved your cookie settings."))
            return remember_consent(redirect(next_url), form.cleaned_data["consent"])
    else:
        form = CookieConsentForm(initial={"consent": consent_of(request)})
    return TemplateResponse(
        request,
        "home/cookies.html",
        {"form": form, "cookie_name": settings.COOKIE_CONSENT_NAME},
    )
