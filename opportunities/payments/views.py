"""The claims in the admin, for the involvement team only (`view_expenseclaim`; deciding
needs `decide_expenseclaim`): the list by status, one claim with its decision, its
receipts, and the CSV for finance. Every look at a claim, every receipt opened and every
export is in the audit log, titled by the claim's reference, never the person's name."""

import csv
import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail.log_actions import log

from home.exports import CSV_BYTE_ORDER_MARK, escape_spreadsheet_formula, local_minute
from home.formatting import local_money_per

from ..taxonomy.models import RATE_MESSAGES
from . import services
from .forms import DecisionForm
from .links import claim_link
from .models import ExpenseClaim
from .receipts import CONTENT_TYPES

CLAIMS_PER_PAGE = 50
VIEW_PERMISSION = "opportunities.view_expenseclaim"
DECIDE_PERMISSION = "opportunities.decide_expenseclaim"


def _require(user, permission):
    if not (user.is_active and user.has_perm(permission)):
        raise PermissionDenied


def claims_view(request):
    """Every claim, newest activity first, filtered by status (`?status=submitted`); the
    counts of each status in one query."""
    _require(request.user, VIEW_PERMISSION)
    claims = ExpenseClaim.objects.all()
    status = request.GET.get("status", "")
    if status in ExpenseClaim.Status.values:
        claims = claims.filter(status=status)
    else:
        status = ""
    counts = dict(ExpenseClaim.objects.values_list("status").annotate(n=Count("pk")).order_by())
    page = Paginator(claims, CLAIMS_PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "opportunities/payments/admin/claims.html",
        {
            "claims": page,
            "status": status,
            "statuses": [
                (value, label, counts.get(value, 0))
                for value, label in ExpenseClaim.Status.choices
            ],
            "total": sum(counts.values()),
            "to_export": ExpenseClaim.objects.filter(
                status=ExpenseClaim.Status.APPROVED, exported_at=None
            ).count(),
            "page_title": _("Expense claims"),
            "header_icon": "tag",
        },
    )


@never_cache
def claim_view(request, claim_id):
    """One claim: what was claimed, its receipts, and the decision (approve, ask a question
    or reject, with the reason the person reads)."""
    _require(request.user, VIEW_PERMISSION)
    claim = get_object_or_404(ExpenseClaim.objects.select_related("decided_by"), pk=claim_id)
    form = DecisionForm(initial={"time_quantity": claim.time_quantity})
    if request.method == "POST":
        _require(request.user, DECIDE_PERMISSION)
        form = DecisionForm(request.POST)
        if form.is_valid():
            decided = services.decide(
                claim,
                form.cleaned_data["decision"],
                form.cleaned_data["reason"],
                request.user,
                time_quantity=form.cleaned_data["time_quantity"],
            )
            if decided is None:
                messages.error(request, _("This claim cannot be decided now."))
            else:
                messages.success(
                    request,
                    _("Claim %(reference)s: %(status)s.")
                    % {"reference": decided.reference, "status": decided.get_status_display()},
                )
            return redirect("expense_claims")
    else:
        log(
            instance=claim,
            action=services.VIEW_ACTION,
            user=request.user,
            title=claim.reference,
            data={"view": "claim"},
        )
    rate = (
        local_money_per(claim.time_rate, RATE_MESSAGES[claim.time_unit])
        if claim.time_rate and claim.time_unit
        else ""
    )
    return TemplateResponse(
        request,
        "opportunities/payments/admin/claim.html",
        {
            "claim": claim,
            "form": form,
            "time_rate": rate,
            # For someone with no email address: to give them by phone, text or post.
            "link": claim_link(claim) if claim.can_be_changed else "",
            "may_decide": request.user.has_perm(DECIDE_PERMISSION)
            and claim.status in {ExpenseClaim.Status.SUBMITTED, ExpenseClaim.Status.QUERIED}
            and not claim.erased_at,
            "page_title": _("Claim %(reference)s") % {"reference": claim.reference},
            "header_icon": "tag",
        },
    )


@never_cache
def receipt_view(request, claim_id, field):
    """A receipt, to the involvement team only, each opening in the audit log. Served from
    the private folder with the type it was checked to be, never from /media/."""
    _require(request.user, VIEW_PERMISSION)
    claim = get_object_or_404(ExpenseClaim, pk=claim_id)
    if field not in ExpenseClaim.RECEIPT_FIELDS or not getattr(claim, field):
        raise Http404
    file = getattr(claim, field)
    extension = file.name.rsplit(".", 1)[-1]
    log(
        instance=claim,
        action=services.RECEIPT_ACTION,
        user=request.user,
        title=claim.reference,
        data={"receipt": field},
    )
    response = FileResponse(
        file.storage.open(file.name, "rb"),
        content_type=CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
    response["Content-Disposition"] = f'inline; filename="{claim.reference}-{field}.{extension}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


FINANCE_COLUMNS = [
    (gettext_lazy("Reference"), lambda c: c.reference),
    (gettext_lazy("Name"), lambda c: c.name),
    (gettext_lazy("Activity"), lambda c: c.activity_title),
    (gettext_lazy("Date"), lambda c: c.activity_date.isoformat()),
    (gettext_lazy("Payment level"), lambda c: c.level_name),
    (gettext_lazy("Hours or sessions"), lambda c: c.time_quantity if c.time_rate else ""),
    (gettext_lazy("For time"), lambda c: c.time_amount),
    (gettext_lazy("Paid as"), lambda c: c.get_choice_display() if c.time_rate else ""),
    (gettext_lazy("Mileage"), lambda c: c.mileage_amount),
    (gettext_lazy("Fares"), lambda c: c.public_transport_cost or ""),
    (gettext_lazy("Taxi"), lambda c: c.taxi_cost or ""),
    (gettext_lazy("Care"), lambda c: c.care_cost or ""),
    (gettext_lazy("Expenses"), lambda c: c.expenses_amount),
    (gettext_lazy("Total"), lambda c: c.total),
    (gettext_lazy("Approved"), lambda c: local_minute(c.decided_at)),
]


@never_cache
def finance_export_view(request):
    """The approved claims as CSV for finance: a reference, the name, the activity, the
    amounts and how the time is paid; never bank details (the site holds none). A POST
    exports those not sent before and marks them sent; a GET (`?all=1`) every approved
    claim again. Each claim exported is in the audit log."""
    _require(request.user, VIEW_PERMISSION)
    claims = ExpenseClaim.objects.filter(status=ExpenseClaim.Status.APPROVED).order_by(
        "decided_at", "pk"
    )
    if request.method == "POST":
        claims = list(claims.filter(exported_at=None))
        ExpenseClaim.objects.filter(pk__in=[c.pk for c in claims]).update(
            exported_at=timezone.now()
        )
        which = "new"
    elif request.GET.get("all"):
        claims = list(claims)
        which = "all"
    else:
        return redirect("expense_claims")
    for claim in claims:
        log(
            instance=claim,
            action=services.EXPORT_ACTION,
            user=request.user,
            title=claim.reference,
            data={"export": which},
        )
    out = io.StringIO()
    out.write(CSV_BYTE_ORDER_MARK)
    writer = csv.writer(out)
    writer.writerow([str(heading) for heading, _value in FINANCE_COLUMNS])
    for claim in claims:
        writer.writerow(escape_spreadsheet_formula(value(claim)) for _h, value in FINANCE_COLUMNS)
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="approved-claims-{which}-{day}.csv"'
    return response
