"""The opportunity index page: the open opportunities with filters, the closed ones with what
came of them (`past/`), and their feed and calendar. A controller too: its routes handle the
request and render with `self.render`."""

from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from home.blocks import SHORT_TEXT_FEATURES
from home.models import InvolvePage

from .calendar import calendar_response
from .feeds import NewOpportunitiesFeed
from .forms import OpportunityFilterForm
from .pages import OpportunityPage

PER_PAGE = 10


class OpportunityIndexPage(RoutablePageMixin, InvolvePage):
    """Lists the open opportunities under it, soonest closing first, with filters, and gives
    their feeds. Closed ones leave that list but keep their pages, and are listed newest
    closed first, with what came of them, on `past/`."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["opportunities.OpportunityPage"]
    max_count_per_parent = 1
    page_description = _("The list of ways to get involved. Opportunities go under it.")

    # Kept for other visitors (home/page_cache/): both lists show nothing personal.
    cached_routes = ("index_route", "past_route")

    class Meta:
        verbose_name = _("opportunity index page")

    def open_opportunities(self):
        return (
            OpportunityPage.objects.live()
            .public()
            .child_of(self)
            .filter(closing_date__gte=timezone.localdate())
            .order_by("closing_date", "title")
        )

    def closed_opportunities(self):
        return (
            OpportunityPage.objects.live()
            .public()
            .child_of(self)
            .filter(closing_date__lt=timezone.localdate())
            .order_by("-closing_date", "title")
        )

    @path("")
    def index_route(self, request):
        """The open opportunities, filtered by plain GET parameters, so a filtered list works
        without JavaScript, survives a reload and can be shared as a link."""
        form = OpportunityFilterForm(request.GET or None)
        opportunities = form.filter(self.open_opportunities())
        opportunities = opportunities.select_related("venue").prefetch_related("topics", "areas")
        page_of_results = Paginator(opportunities, PER_PAGE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "form": form,
                "opportunities": page_of_results,
                "filter_query": query.urlencode(),
            },
        )

    @path("past/")
    def past_route(self, request):
        """The closed opportunities, newest closed first, each saying when it closed and
        what happened next, so what people took part in stays visible after it closes."""
        closed = self.closed_opportunities().prefetch_related("areas")
        page_of_results = Paginator(closed, PER_PAGE).get_page(request.GET.get("page"))
        return self.render(
            request,
            template="opportunities/past_opportunities.html",
            context_overrides={"opportunities": page_of_results},
        )

    @path("feed/")
    def feed_route(self, request):
        return NewOpportunitiesFeed()(request, index_page=self)

    @path("calendar/")
    def calendar_route(self, request):
        dated = self.open_opportunities().exclude(starts_at=None).select_related("venue")
        return calendar_response(dated, request, filename="opportunities.ics")
