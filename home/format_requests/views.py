"""The public form and its thanks page. Both work without JavaScript; the form is posted the
house's one way (`home.public_post.handle_public_form`)."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from ..languages import in_language
from ..public_post import handle_public_form
from ..ratelimit import HOUR, RateLimit
from ..thanks import redirect_to_thanks, thanked_pk
from .forms import FormatRequestForm, askable_pages
from .models import FormatRequest, other_languages
from .services import ask_for_format

THANKS_SALT = "involve.format_requests.thanks"
# Generous for a person asking about several pages, tight for a robot.
REQUESTS_PER_ADDRESS = RateLimit("format-request", 20, HOUR)


def _page_from(value):
    """The live page a `page` parameter names, or None."""
    try:
        return askable_pages().filter(pk=int(value)).first()
    except (TypeError, ValueError):
        return None


@never_cache
@require_http_methods(["GET", "POST"])
def ask(request):
    """Ask for the page `?page=<id>` in another language or format. A page that is not live
    (or no page at all) is not found: the link under every page always names one."""
    asked_page = _page_from(request.POST.get("page") or request.GET.get("page"))
    if asked_page is None and request.method == "GET":
        raise Http404
    asked_page = asked_page.specific if asked_page else None

    def thanks(form):
        saved, _created = ask_for_format(form, request.LANGUAGE_CODE)
        return redirect_to_thanks(reverse("format_request_thanks"), saved.pk, salt=THANKS_SALT)

    def render(form):
        return TemplateResponse(
            request,
            "home/format_requests/ask.html",
            {"form": form, "asked_page": asked_page, "interface_only": True},
        )

    return handle_public_form(
        request,
        FormatRequestForm,
        rate_limit=REQUESTS_PER_ADDRESS,
        on_valid=thanks,
        render=render,
        on_spam=lambda: redirect("format_request_thanks"),
        form_kwargs={"initial": _initial(request, asked_page)},
    )


def _initial(request, asked_page):
    """The page, and the reader's own language ticked: on /ur/ a reader most likely wants
    Urdu. English is not among the choices (every page is in English)."""
    initial = {"page": asked_page.pk} if asked_page else {}
    if request.LANGUAGE_CODE in dict(other_languages()):
        initial["wanted"] = request.LANGUAGE_CODE
    return initial


@never_cache
def thanks(request):
    """Says what happens next; a link back to the page when the request is known."""
    pk = thanked_pk(request, salt=THANKS_SALT)
    saved = FormatRequest.objects.select_related("page").filter(pk=pk).first() if pk else None
    asked_page = None
    if saved and saved.page:
        asked_page = in_language(saved.page.specific, request.LANGUAGE_CODE, live=True)
    return TemplateResponse(
        request,
        "home/format_requests/thanks.html",
        {"format_request": saved, "asked_page": asked_page, "interface_only": True},
    )
