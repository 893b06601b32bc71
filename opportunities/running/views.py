"""The activity's page in the admin, for its host team and the involvement team only
(`services.may_run`): everyone else is refused, and it shows only what registrations hold
(personal data the host may see), never anything from the register."""

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import ModelLogEntry

from home.text_limits import LONGEST_TEXT, TOO_LONG

from ..listing.pages import OpportunityPage
from ..registrations.forms import PHONE_METHODS
from ..registrations.models import PlaceOffer, Registration
from . import services

ACTIVITIES_PER_PAGE = 50


class MessageForm(forms.Form):
    subject = forms.CharField(
        label=gettext_lazy("Subject"),
        max_length=150,
        error_messages={"required": gettext_lazy("Enter a subject"), "max_length": TOO_LONG},
    )
    body = forms.CharField(
        label=gettext_lazy("Message"),
        max_length=LONGEST_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=gettext_lazy(
            "Write in plain English. Each person gets it with a greeting and a cancel link "
            "in their own language."
        ),
        error_messages={"required": gettext_lazy("Write the message"), "max_length": TOO_LONG},
    )


class CallForm(forms.Form):
    registration = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.CharField(
        label=gettext_lazy("What came of the call"),
        max_length=300,
        error_messages={
            "required": gettext_lazy("Say what came of the call, for example: no answer"),
            "max_length": TOO_LONG,
        },
    )


def activities_view(request):
    """Every activity the user may run, so the involvement team, who open no page lists,
    reach each one's page."""
    activities = Paginator(services.activities_for(request.user), ACTIVITIES_PER_PAGE)
    if not activities.count and not request.user.has_perm("opportunities.view_registration"):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "opportunities/running/admin/activities.html",
        {
            "activities": activities.get_page(request.GET.get("p")),
            "page_title": _("Activities"),
            "header_icon": "group",
        },
    )


def activity_view(request, opportunity_id):
    opportunity = get_object_or_404(OpportunityPage, pk=opportunity_id)
    if not services.may_run(request.user, opportunity):
        raise PermissionDenied
    registrations = list(
        Registration.objects.filter(opportunity=opportunity, anonymised_at=None)
        .select_related("place_offer")
        .order_by("created_at", "pk")
    )
    by_pk = {r.pk: r for r in registrations}
    message_form, call_form = MessageForm(prefix="message"), None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "attendance" and opportunity.is_over:
            ticked = [pk for pk in request.POST.getlist("attended") if pk.isdigit()]
            count = services.mark_attendance(opportunity, ticked, request.user)
            messages.success(
                request,
                ngettext(
                    "%(count)s person marked as attended.",
                    "%(count)s people marked as attended.",
                    count,
                )
                % {"count": count},
            )
            return redirect(request.path)
        if action == "rang":
            call_form = CallForm(request.POST)
            if call_form.is_valid() and call_form.cleaned_data["registration"] in by_pk:
                services.note_call(
                    by_pk[call_form.cleaned_data["registration"]],
                    call_form.cleaned_data["outcome"],
                    request.user,
                )
                messages.success(request, _("The call is noted."))
                return redirect(request.path)
        if action == "message":
            message_form = MessageForm(request.POST, prefix="message")
            if message_form.is_valid():
                _message, count = services.message_everyone(
                    opportunity,
                    message_form.cleaned_data["subject"],
                    message_form.cleaned_data["body"],
                    request.user,
                )
                messages.success(
                    request,
                    ngettext(
                        "The message is going to %(count)s person.",
                        "The message is going to %(count)s people.",
                        count,
                    )
                    % {"count": count},
                )
                return redirect(request.path)
    return TemplateResponse(
        request,
        "opportunities/running/admin/activity.html",
        {
            "opportunity": opportunity,
            **_lists(registrations),
            "message_form": message_form,
            "call_form": call_form,
            "page_title": _("Running: %(title)s") % {"title": opportunity.title},
            "header_icon": "group",
        },
    )


# Those who asked for a call are rung whatever else reached them.
CALL_METHODS = PHONE_METHODS - {Registration.ContactMethod.TEXT}


def _to_ring(registration):
    """Whether the host should ring this person (holding a place, or offered one): they
    asked for a call, or they gave no email address (or asked for texts) and no text
    reached them, for lack of Notify (home/texts.py) or of a mobile number. A place offered
    is rung about until its offer went in writing."""
    offer = registration.offer
    if registration.on_waiting_list and not (
        offer and offer.outcome == PlaceOffer.Outcome.WAITING
    ):
        return False
    if registration.contact_method in CALL_METHODS:
        return True
    if registration.email and registration.contact_method != Registration.ContactMethod.TEXT:
        return False
    if registration.on_waiting_list:
        return offer.emailed_at is None
    return registration.texted_at is None


def _lists(registrations):
    """Who is coming, who waits (with their offers), the support requests (soonest reply-by
    first, so the overdue come first) and who to ring, from one list; the last call noted
    for each, in one query."""
    holding = set(Registration.Status.holding_a_place())
    today = timezone.localdate()
    coming = [r for r in registrations if not r.on_waiting_list and r.status in holding]
    waiting = [r for r in registrations if r.on_waiting_list and r.status in holding]
    for registration in registrations:
        registration.offer = getattr(registration, "place_offer", None)
        registration.overdue = bool(registration.reply_by and registration.reply_by < today)
    support = sorted((r for r in coming + waiting if r.reply_by), key=lambda r: (r.reply_by, r.pk))
    to_ring = [r for r in coming + waiting if _to_ring(r)]
    last_calls = {}
    for entry in (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Registration),
            object_id__in=[str(r.pk) for r in to_ring],
            action=services.RANG_ACTION,
        )
        .select_related("user")
        .order_by("timestamp")
    ):
        last_calls[entry.object_id] = entry
    for registration in to_ring:
        registration.last_call = last_calls.get(str(registration.pk))
    return {
        "coming": coming,
        "waiting": waiting,
        "support": support,
        "to_ring": to_ring,
        "today": today,
    }
