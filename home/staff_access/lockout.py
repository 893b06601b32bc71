"""django-axes' lockout answer, and the audit entries of lockouts."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm
from wagtail.log_actions import log

LOCKED = "involve.sign_in_locked"
UNLOCKED = "involve.sign_in_unlocked"
SECOND_STEP_ON = "involve.second_step_on"


def cool_off_minutes():
    return max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))


def locked_out(request, original_response=None, credentials=None):
    """Wagtail's sign-in page again, with 429, `Retry-After` and the minutes to wait. It
    says the same whether or not the account exists (no user enumeration)."""
    minutes = cool_off_minutes()
    messages.error(
        request,
        ngettext(
            "Too many wrong passwords. Try again in %(minutes)s minute, or ask a colleague "
            "who manages users to unlock your account.",
            "Too many wrong passwords. Try again in %(minutes)s minutes, or ask a colleague "
            "who manages users to unlock your account.",
            minutes,
        )
        % {"minutes": minutes},
    )
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    # Rendered now: django-axes answers from its middleware, after the view's responses are.
    response = render(
        request,
        "wagtailadmin/login.html",
        {
            "form": LoginForm(request, initial={"username": username}),
            "next": request.POST.get("next", ""),
            "show_password_reset": getattr(settings, "WAGTAIL_PASSWORD_RESET_ENABLED", True),
        },
        status=429,
    )
    response["Retry-After"] = str(minutes * 60)
    return response


def log_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    """An audit entry on the account that was locked (when it exists)."""
    model = get_user_model()
    user = model.objects.filter(**{model.USERNAME_FIELD: username}).first() if username else None
    if user is not None:
        log(instance=user, action=LOCKED)
