"""Reports > Undelivered emails: what the mail server refused, for the teams who answer for
what the site sends (the model's view permission), and "Send again" (its resend
permission)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from . import services
from .models import EmailDelivery

VIEW = "home.view_emaildelivery"
RESEND = "home.resend_emaildelivery"
SENT_AGAIN = "involve.email_sent_again"
PER_PAGE = 50


def undelivered(request):
    """Given up first, then those still being tried, newest first within each."""
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    rows = EmailDelivery.objects.unsent().order_by(
        F("gave_up_at").desc(nulls_last=True), "-first_failed_at"
    )
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "home/email_delivery/undelivered.html",
        {
            "page": page,
            "max_tries": services.MAX_TRIES,
            "can_resend": request.user.has_perm(RESEND),
            "page_title": _("Undelivered emails"),
            "header_icon": "mail",
        },
    )


@require_POST
def send_again(request, pk):
    if not request.user.has_perm(RESEND):
        raise PermissionDenied
    row = get_object_or_404(EmailDelivery, pk=pk)
    if services.send_again(row, request.user):
        log(instance=row, action=SENT_AGAIN, user=request.user)
        messages.success(request, _("“%(subject)s” is being sent again.") % {"subject": row})
    else:
        messages.info(request, _("“%(subject)s” has been sent already.") % {"subject": row})
    return redirect("email_delivery_undelivered")
