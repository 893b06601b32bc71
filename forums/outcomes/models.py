"""The points raised at a forum meeting, each with the trust's answer and its due date."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class PointStatus(models.TextChoices):
    AWAITING = "awaiting", _("Awaiting an answer")
    ANSWERED = "answered", _("Answered")
    IDEA = "idea", _("Turned into an improvement idea")
    PROJECT = "project", _("Taken into a project")


class PointQuerySet(models.QuerySet):
    def published(self):
        """Points on live outcome pages in the language they were written in (not the
        copies kept in other languages), with what the dashboard shows."""
        return self.filter(
            page__live=True, page__alias_of=None, locale=Locale.get_default()
        ).select_related("page")

    def awaiting(self):
        return self.filter(status=PointStatus.AWAITING)

    def overdue(self):
        return self.awaiting().filter(due_date__lt=timezone.localdate())

    def in_forums(self, forums):
        condition = Q()
        for forum in forums:
            condition |= Q(page__path__startswith=forum.path)
        return self.filter(condition) if forums else self.none()


class OutcomePoint(TranslatableMixin, Orderable):
    """One point raised at a forum meeting, and the trust's answer. An inline model rather
    than a StreamField block, so the dashboard can ask the database for the points awaiting
    an answer, soonest due first, across every forum."""

    page = ParentalKey("forums.ForumOutcomePage", on_delete=models.CASCADE, related_name="points")
    theme = models.CharField(
        _("theme"), max_length=80, help_text=_("A few words. For example: Waiting times.")
    )
    what_was_said = models.TextField(_("what was said"), help_text=_("No personal names."))
    status = models.CharField(
        _("where it is now"),
        max_length=20,
        choices=PointStatus.choices,
        default=PointStatus.AWAITING,
    )
    answer = models.TextField(_("the trust's answer"), blank=True)
    answered_by = models.CharField(
        _("who answers"), max_length=120, help_text=_("A role, not a name.")
    )
    due_date = models.DateField(_("answer due by"), null=True, blank=True)
    answered_on = models.DateField(
        _("answered on"), null=True, blank=True, help_text=_("Filled in when you save.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("where it went"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The improvement idea or project page, if it became one."),
    )

    panels = [
        FieldPanel("theme"),
        FieldPanel("what_was_said"),
        FieldPanel("answered_by"),
        FieldPanel("status"),
        FieldPanel("answer"),
        PageChooserPanel("link_page"),
    ]
    override_translatable_fields = [
        SynchronizedField("status"),
        SynchronizedField("due_date"),
        SynchronizedField("answered_on"),
        SynchronizedField("link_page"),
    ]

    objects = PointQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("point raised")
        verbose_name_plural = _("points raised")
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self):
        return self.theme

    def clean(self):
        super().clean()
        if self.status != PointStatus.AWAITING and not self.answer.strip():
            raise ValidationError({"answer": _("Write the trust's answer in plain words.")})
        if self.status in {PointStatus.IDEA, PointStatus.PROJECT} and not self.link_page_id:
            raise ValidationError({"link_page": _("Choose the page where this point went.")})

    def save(self, *args, **kwargs):
        if self.status != PointStatus.AWAITING and self.answered_on is None:
            self.answered_on = timezone.localdate()
        super().save(*args, **kwargs)

    @property
    def is_overdue(self):
        return (
            self.status == PointStatus.AWAITING
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )

    @property
    def answered_late(self):
        return bool(self.answered_on and self.due_date and self.answered_on > self.due_date)
