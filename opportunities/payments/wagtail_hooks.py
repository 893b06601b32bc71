"""Payment for involvement in the admin: the levels and the benefits advice as snippets
(Snippets > Payment for involvement), the claims for the involvement team (Expense claims:
the list, each claim, its receipts, the finance CSV) with their audit-log actions, and the
person's claims on the register's private page."""

from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..register.sections import REGISTER_SECTIONS_HOOK, PrivatePageSection
from . import services
from .links import CLAIM_LINKS, payments_page
from .models import BenefitsAdvice, ExpenseClaim, PaymentLevel
from .views import (
    VIEW_PERMISSION,
    claim_view,
    claims_view,
    finance_export_view,
    receipt_view,
)


class PaymentLevelViewSet(SnippetViewSet):
    model = PaymentLevel
    icon = "tag"
    list_display = ["name", "hourly_rate", "session_rate", "day_rate"]


class BenefitsAdviceViewSet(SnippetViewSet):
    model = BenefitsAdvice
    icon = "warning"


class PaymentSnippets(SnippetViewSetGroup):
    menu_label = _("Payment for involvement")
    menu_icon = "tag"
    items = (PaymentLevelViewSet, BenefitsAdviceViewSet)


register_snippet(PaymentSnippets)


@hooks.register("register_admin_urls")
def register_claim_urls():
    return [
        path("claims/", claims_view, name="expense_claims"),
        path("claims/finance.csv", finance_export_view, name="expense_claims_export"),
        path("claims/<int:claim_id>/", claim_view, name="expense_claim"),
        path(
            "claims/<int:claim_id>/receipt/<str:field>/",
            receipt_view,
            name="expense_claim_receipt",
        ),
    ]


class ClaimsMenuItem(MenuItem):
    """For the involvement team only."""

    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_claims_menu_item():
    return ClaimsMenuItem(
        _("Expense claims"), reverse("expense_claims"), icon_name="tag", order=249
    )


@hooks.register("register_log_actions")
def register_claim_actions(actions):
    actions.register_action(services.SUBMIT_ACTION, _("Claim sent"), _("Sent an expense claim"))
    actions.register_action(services.VIEW_ACTION, _("View claim"), _("Viewed an expense claim"))
    actions.register_action(
        services.DECIDE_ACTION, _("Decide claim"), _("Decided an expense claim")
    )
    actions.register_action(
        services.RECEIPT_ACTION, _("View receipt"), _("Opened a receipt of an expense claim")
    )
    actions.register_action(
        services.EXPORT_ACTION, _("Export claims"), _("Exported an expense claim for finance")
    )


class ClaimsSection(PrivatePageSection):
    """The person's claims on their private page: each with its status and its own link,
    and the way to their tax year's total."""

    template_name = "opportunities/payments/includes/register_claims.html"

    def get_context(self, person):
        claims = list(ExpenseClaim.objects.of_person(person).order_by("-activity_date", "-pk"))
        page = payments_page(translation.get_language()) if claims else None
        for claim in claims:
            claim.link = f"{page.url}claim/{CLAIM_LINKS.make(claim, 'claim')}/" if page else ""
        return {"expense_claims": claims}


@hooks.register(REGISTER_SECTIONS_HOOK)
def claims_section():
    return ClaimsSection()
