"""Sign-in lockouts (for whoever may manage users: Wagtail's `auth.change_user`), and
sign-out by POST only."""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.account import LogoutView
from wagtail.log_actions import log

from .lockout import UNLOCKED

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
