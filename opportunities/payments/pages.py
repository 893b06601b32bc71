"""The payments page: what the trust pays for involvement (the levels, mileage, the payment
policy, advice about benefits), and the private pages of a person's claim, reached by the
link we email after an activity (`links`): the claim form, what became of the claim, and
the tax year's total to show a benefits adviser. The routes are the controllers."""

import csv
import io

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Site
from wagtail.search import index

from home.blocks import SHORT_TEXT_FEATURES
from home.exports import CSV_BYTE_ORDER_MARK, escape_spreadsheet_formula
from home.formatting import local_date, local_money, local_money_per
from home.models import InvolvePage
from home.private_links import PROBLEM_STATUS
from home.public_post import handle_public_form

from ..taxonomy.models import RATE_MESSAGES
from . import services
from .forms import ClaimForm
from .links import CLAIM_LINKS
from .models import ExpenseClaim, PaymentLevel, PaymentSettings

never_cached = method_decorator(never_cache)


def levels_in_language():
    """Every payment level, each in the reader's language where it is translated: two
    queries, whatever the number of levels."""
    default = list(PaymentLevel.objects.filter(locale=Locale.get_default()))
    active = Locale.get_active()
    translated = {
        level.translation_key: level
        for level in PaymentLevel.objects.filter(
            locale=active, translation_key__in=[level.translation_key for level in default]
        )
    }
    return [translated.get(level.translation_key, level) for level in default]


class PaymentsPage(RoutablePageMixin, InvolvePage):
    """How we pay people for involvement, and the private pages of each claim."""

    introduction = RichTextField(
        gettext_lazy("introduction"), features=SHORT_TEXT_FEATURES, blank=True
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = gettext_lazy(
        "How we pay for involvement, and where people claim after an activity."
    )

    # The explanation is the same for everyone (home/page_cache/); claims never are.
    cached_routes = ("index_route",)

    class Meta:
        verbose_name = gettext_lazy("payments and claims page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["payment_settings"] = PaymentSettings.read(
            Site.find_for_request(request) or self.get_site()
        )
        return context

    @path("")
    def index_route(self, request):
        return self.render(request, context_overrides={"levels": levels_in_language()})

    @path("claim/<str:token>/")
    @never_cached
    def claim_route(self, request, token):
        """The claim: the form while it is the person's to fill in (before it is sent, and
        again when we ask a question), else what they claimed and what became of it."""
        claim, problem = self._claim_from_link(request, token)
        if problem:
            return problem
        links = self._links(token)
        if not claim.can_be_changed:
            return self._render(request, "claim.html", claim=claim, form=None, **links)
        settings = PaymentSettings.read(Site.find_for_request(request) or self.get_site())

        def sent(form):
            services.submit_claim(claim, form, settings.mileage_rate)
            return redirect(links["claim_url"] + "?sent=1")

        return handle_public_form(
            request,
            ClaimForm,
            rate_limit=None,
            on_valid=sent,
            render=lambda form: self._render(
                request, "claim.html", claim=claim, form=form, **links
            ),
            form_kwargs={"claim": claim},
        )

    @path("claim/<str:token>/year/")
    @never_cached
    def year_route(self, request, token):
        """What we paid the person in one tax year (`?year=2026` for 2026 to 2027), to
        print or download for a benefits adviser."""
        claim, problem = self._claim_from_link(request, token)
        if problem:
            return problem
        claims, year = self._tax_year(request, claim)
        return self._render(
            request,
            "year.html",
            claim=claim,
            year=year,
            years=services.tax_years_with_claims(claims),
            **self._links(token),
        )

    @path("claim/<str:token>/year/csv/")
    @never_cached
    def year_csv_route(self, request, token):
        claim, problem = self._claim_from_link(request, token)
        if problem:
            return problem
        _claims, year = self._tax_year(request, claim)
        out = io.StringIO()
        out.write(CSV_BYTE_ORDER_MARK)
        writer = csv.writer(out)
        writer.writerow(
            [_("Activity"), _("Date"), _("For your time"), _("Paid as"), _("Expenses")]
        )
        for row in year.claims:
            writer.writerow(
                escape_spreadsheet_formula(cell)
                for cell in (
                    row.activity_title,
                    local_date(row.activity_date),
                    local_money(row.time_amount),
                    row.get_choice_display(),
                    local_money(row.expenses_amount),
                )
            )
        writer.writerow([_("Paid for your time"), "", local_money(year.paid), "", ""])
        writer.writerow([_("Vouchers"), "", local_money(year.vouchers), "", ""])
        writer.writerow([_("Expenses paid back"), "", "", "", local_money(year.expenses)])
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        name = f"involvement-payments-{year.start_year}-{year.start_year + 1}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    # Shared by the routes

    def _tax_year(self, request, claim):
        claims = list(
            ExpenseClaim.objects.of_the_same_person(claim).select_related("registration")
        )
        try:
            start_year = int(request.GET.get("year", ""))
        except ValueError:
            start_year = services.tax_year_of(claim.activity_date)
        return claims, services.tax_year(claims, start_year)

    def _links(self, token):
        claim_url = f"{self.url}claim/{token}/"
        return {
            "claim_url": claim_url,
            "year_url": claim_url + "year/",
            "csv_url": claim_url + "year/csv/",
        }

    def _claim_from_link(self, request, token):
        """(claim, None), or (None, a page saying plainly why the link does not work). A
        claim whose personal parts are erased is one we no longer hold for the person."""
        claim, problem = CLAIM_LINKS.find(
            ExpenseClaim.objects.filter(erased_at=None).select_related("opportunity"),
            token,
            "claim",
        )
        if problem:
            return None, self._render(
                request, "link_problem.html", status=PROBLEM_STATUS[problem], problem=problem
            )
        return claim, None

    def _render(self, request, template, status=200, **context):
        claim = context.get("claim")
        if claim is not None:
            context["time_rate"] = (
                local_money_per(claim.time_rate, RATE_MESSAGES[claim.time_unit])
                if claim.time_rate and claim.time_unit
                else ""
            )
        response = self.render(
            request,
            template=f"opportunities/payments/{template}",
            # A claim's pages are interface text around what the person sent.
            context_overrides={"interface_only": True, **context},
        )
        response.status_code = status
        return response
