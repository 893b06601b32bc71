"""Sign-in lockouts (for whoever may manage users: Wagtail's `auth.change_user`), sign-out by
POST only, and the two-step sign-in's pages (`second_factor`)."""

import textwrap
from base64 import b32encode

import segno
from axes.models import AccessAttempt
from axes.utils import reset
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token
from wagtail.admin.views.account import LogoutView
from wagtail.log_actions import log

from .lockout import SECOND_STEP_ON, UNLOCKED
from .second_factor import authenticator_for, must_use_second_step, new_recovery_codes

MANAGE_USERS = "auth.change_user"


def _require_user_manager(request):
    if not request.user.has_perm(MANAGE_USERS):
        raise PermissionDenied


def lockouts(request):
    """Accounts refused now: each with its address, wrong passwords and when it frees."""
    _require_user_manager(request)
    attempts = AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT
    ).order_by("-attempt_time")
    rows = [
        {
            "attempt": attempt,
            "frees_at": attempt.attempt_time + settings.AXES_COOLOFF_TIME,
        }
        for attempt in attempts
    ]
    return TemplateResponse(
        request,
        "home/staff_access/lockouts.html",
        {
            "rows": rows,
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "page_title": _("Sign-in lockouts"),
            "header_icon": "lock",
        },
    )


@require_POST
def unlock(request, pk):
    _require_user_manager(request)
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    reset(ip=attempt.ip_address, username=attempt.username)
    model = get_user_model()
    user = model.objects.filter(**{model.USERNAME_FIELD: attempt.username}).first()
    if user is not None:
        log(instance=user, action=UNLOCKED, user=request.user)
    messages.success(
        request, _("%(username)s can sign in again.") % {"username": attempt.username}
    )
    return redirect("staff_access_lockouts")


class PostOnlyLogoutView(LogoutView):
    """Wagtail's sign-out, refusing anything but POST before it touches the session: its
    own view answers a GET with 405 but deletes the session cookie first, so any web page
    could sign staff out with an image."""

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return super().dispatch(request, *args, **kwargs)


class SecondStepForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=20,
        help_text=gettext_lazy(
            "The 6 numbers your authenticator app shows now, or one of your recovery codes."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        error_messages={"required": gettext_lazy("Enter the code")},
    )


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _second_step_page(request, template, context, status=200):
    response = TemplateResponse(
        request, template, {"next": _next_url(request), **context}, status=status
    )
    response["Cache-Control"] = "no-store"
    return response


def second_step(request):
    """After the password: a code from the authenticator app, or a recovery code."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    form = SecondStepForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"].replace(" ", ""))
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error(
            "code",
            _("That code did not work. Check the time on your phone, or use a recovery code."),
        )
    return _second_step_page(
        request,
        "home/staff_access/second_step.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


def set_up_second_step(request):
    """Turn on two-step sign-in: scan the QR code, type the code it gives, keep the recovery
    codes (shown once). Once on, the same page makes new recovery codes."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    user = request.user
    device = authenticator_for(user)
    if device.confirmed:
        if not user.is_verified():
            return redirect(f"{reverse('staff_access_second_step')}?next={request.path}")
        if request.method == "POST":
            codes = new_recovery_codes(user)
            return _second_step_page(
                request, "home/staff_access/recovery_codes.html", {"codes": codes}
            )
        return _second_step_page(
            request,
            "home/staff_access/second_step_on.html",
            {"page_title": _("Two-step sign-in"), "header_icon": "lock"},
        )
    form = SecondStepForm(request.POST or None)
    # No recovery codes yet: the page's third step says what to type.
    form.fields["code"].help_text = ""
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].replace(" ", "")):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            # The account itself, not the request's lazy stand-in for it.
            account = get_user_model().objects.get(pk=user.pk)
            log(instance=account, action=SECOND_STEP_ON, user=account)
            codes = new_recovery_codes(user)
            return _second_step_page(
                request,
                "home/staff_access/recovery_codes.html",
                {"codes": codes, "next": _next_url(request)},
            )
        form.add_error("code", _("That code did not work. Check the time on your phone."))
    return _second_step_page(
        request,
        "home/staff_access/set_up_second_step.html",
        {
            "form": form,
            "qr_code": mark_safe(segno.make(device.config_url).svg_inline(scale=4)),  # noqa: S308
            "secret": " ".join(textwrap.wrap(b32encode(device.bin_key).decode().rstrip("="), 4)),
            "required": must_use_second_step(user),
        },
        status=400 if form.errors else 200,
    )
