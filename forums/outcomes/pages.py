"""What came of one forum meeting: the outcome page, with the points raised (see models.py)
and the trust's answers."""

import datetime

from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SHORT_TEXT_FEATURES
from home.models import InvolvePage

from ..meetings.models import ForumSettings
from ..meetings.pages import MeetingPage
from .forms import ForumOutcomeForm
from .models import PointStatus


class ForumOutcomePageQuerySet(PageQuerySet):
    def with_point_counts(self):
        """Each outcome with how many points it has, and how many are answered (or taken
        further), awaiting an answer in time, and overdue: in the same query."""
        today = timezone.localdate()
        awaiting = Q(points__status=PointStatus.AWAITING)
        overdue = awaiting & Q(points__due_date__lt=today)
        return self.annotate(
            point_count=Count("points", distinct=True),
            answered_count=Count("points", filter=~awaiting, distinct=True),
            waiting_count=Count("points", filter=awaiting & ~overdue, distinct=True),
            overdue_count=Count("points", filter=overdue, distinct=True),
        )


class ForumOutcomePage(InvolvePage):
    """What came of one forum meeting, posted by a co-production lead: a plain-English
    summary, how many people came, who wrote it (by role) and the points raised, each with
    the trust's answer and its due date. Goes under its meeting."""

    what_happened = RichTextField(
        _("what happened"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("In plain English: what was talked about and what people felt."),
    )
    attendance = models.PositiveSmallIntegerField(_("how many people came"))
    written_by = models.CharField(
        _("written by"),
        max_length=200,
        help_text=_(
            "Roles, not names. For example: the co-production lead and a lived-experience "
            "co-chair."
        ),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("what_happened"),
        FieldRowPanel([FieldPanel("attendance"), FieldPanel("written_by")]),
        InlinePanel(
            "points",
            heading=_("Points raised"),
            label=_("Point"),
            help_text=_(
                "No personal names. Each point is due an answer by the agreed time after "
                "the meeting."
            ),
        ),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("what_happened")]
    override_translatable_fields = [SynchronizedField("attendance")]

    parent_page_types = ["forums.MeetingPage"]
    base_form_class = ForumOutcomeForm
    subpage_types = []
    max_count_per_parent = 1
    page_description = _(
        "What came of a forum meeting: the points raised and the trust's answers."
    )

    objects = PageManager.from_queryset(ForumOutcomePageQuerySet)()

    class Meta:
        verbose_name = _("forum outcome")

    @cached_property
    def meeting(self):
        parent = self.get_parent()
        return parent.specific if parent else None

    def fill_due_dates(self):
        """Give each point without one its due date: the meeting's date plus the agreed
        answer time. Needs the page in the tree (to find its meeting and its site)."""
        if not self.path:
            return
        undated = [point for point in self.points.all() if point.due_date is None]
        if not undated:
            return
        meeting = self.meeting
        weeks = ForumSettings.response_weeks_for(self.get_site())
        met_on = (
            timezone.localtime(meeting.starts_at).date()
            if isinstance(meeting, MeetingPage) and meeting.starts_at
            else timezone.localdate()
        )
        for point in undated:
            point.due_date = met_on + datetime.timedelta(weeks=weeks)

    def clean(self):
        super().clean()
        self.fill_due_dates()

    def save(self, *args, **kwargs):
        self.fill_due_dates()
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        points = list(self.points.select_related("link_page"))
        context["points"] = points
        context["overdue_count"] = sum(point.is_overdue for point in points)
        context["answered_count"] = sum(point.status != PointStatus.AWAITING for point in points)
        context["response_weeks"] = ForumSettings.response_weeks_for(self.get_site())
        return context
