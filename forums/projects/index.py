""" "You said, we are doing": the project index page. It lists the projects with their stage,
filters them by stage, service and theme, sorts them by their latest update, shows the latest
updates across all of them and offers them as an Atom feed.

Imports: forms, feeds and pages of this package."""

from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Concat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale
from wagtail.search import index

from home.blocks import SHORT_TEXT_FEATURES
from home.models import InvolvePage

from .feeds import ProjectUpdatesFeed
from .forms import ProjectFilterForm
from .pages import ProjectPage, ProjectUpdatePage

PER_PAGE = 20


class ProjectIndexPage(RoutablePageMixin, InvolvePage):
    """Every "you said, we are doing" project, with filters, and the latest updates."""

    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["forums.ProjectPage"]
    max_count_per_parent = 1
    page_description = _(
        'The list of "you said, we are doing" projects. Each project goes under it.'
    )

    class Meta:
        verbose_name = _("project index page")

    def projects(self):
        """Live projects, each with `latest_update` (the date of its newest live update, or
        None): one query."""
        # A child's path is its parent's and four more characters, so the children sort
        # between the parent's path and that path followed by "ZZZZ": a range PostgreSQL
        # finds in the path index. `startswith` alone (LIKE on a column) scanned every
        # update once per project: 2.7 s for 300 projects with 3,000 updates.
        latest = (
            ProjectUpdatePage.objects.live()
            .filter(
                path__gt=OuterRef("path"),
                path__lte=Concat(OuterRef("path"), Value("ZZZZ")),
                path__startswith=OuterRef("path"),
                depth=OuterRef("depth") + 1,
            )
            .order_by("-published_on")
            .values("published_on")[:1]
        )
        return (
            ProjectPage.objects.live()
            .public()
            .child_of(self)
            .select_related("service")
            .prefetch_related("themes")
            .annotate(latest_update=Subquery(latest))
        )

    def latest_updates(self, count=5):
        """The newest live updates across all projects, each with `.project`: two queries."""
        updates = list(
            ProjectUpdatePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-published_on", "-path")[:count]
        )
        attach_projects(updates)
        return updates

    @path("")
    def index_route(self, request):
        form = ProjectFilterForm(request.GET or None, locale=Locale.get_active())
        paginator = Paginator(form.filter(self.projects()), PER_PAGE)
        query = request.GET.copy()
        query.pop("page", None)
        return self.render(
            request,
            template="forums/projects/project_index_page.html",
            context_overrides={
                "form": form,
                "projects": paginator.get_page(request.GET.get("page")),
                "filter_query": query.urlencode(),
                "latest_updates": self.latest_updates(),
            },
        )

    @path("feed/")
    def feed_route(self, request):
        return ProjectUpdatesFeed()(request, index_page=self)


def attach_projects(updates):
    """Set `.project` on each update from its parent's path: one query, whatever the count."""
    paths = {update.path[: -update.steplen] for update in updates}
    by_path = {project.path: project for project in ProjectPage.objects.filter(path__in=paths)}
    for update in updates:
        update.project = by_path.get(update.path[: -update.steplen])
