"""The "What you told us" page, one for each quarter, under the home page.

Its numbers are a snapshot (`rows`), taken when the page is first saved or when the editor
ticks "Take the numbers again", never when it is published; the editor reviews them in the
preview. Publishing needs publish permission, which only communications officers hold on
the page tree: anyone else's changes go to moderation.

Imports: numbers and snapshot of this package; forums' ideas charts and themes models."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SHORT_TEXT_FEATURES
from home.languages import InLanguage
from home.models import InvolvePage

from ..ideas.charts import bar_chart
from ..taxonomy import service_choices
from . import numbers, snapshot

RTL_LANGUAGES = {"ur", "ar", "fa", "he"}
# Staff's names for themes, which only a page's answers translate.
ENGLISH = "en-gb"


class WhatYouToldUsPage(InvolvePage):
    """What people told the trust in one quarter, grouped into themes, and what the trust
    is doing about them."""

    year = models.PositiveSmallIntegerField(
        _("the quarter's year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    quarter = models.PositiveSmallIntegerField(
        _("quarter"),
        choices=[
            (1, _("January to March")),
            (2, _("April to June")),
            (3, _("July to September")),
            (4, _("October to December")),
        ],
    )
    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)
    rows = models.JSONField(default=list, blank=True, editable=False)
    prepared_at = models.DateTimeField(null=True, blank=True, editable=False)
    take_numbers_again = models.BooleanField(
        _("take the numbers again"),
        default=False,
        help_text=_(
            "The numbers were taken from the themes when this page was first saved. Tick to "
            "take them again from today's themes when you save."
        ),
    )

    content_panels = InvolvePage.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("quarter")], heading=_("Quarter")),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("take_numbers_again"),
        InlinePanel("answers", heading=_("What the trust is doing"), label=_("answer")),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]
    override_translatable_fields = [
        SynchronizedField("year"),
        SynchronizedField("quarter"),
        SynchronizedField("take_numbers_again"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    page_description = _(
        "What people told the trust in one quarter, by theme and service, and what the "
        "trust is doing about it."
    )
    template = "forums/told_us/what_you_told_us_page.html"

    class Meta:
        verbose_name = _("what you told us page")

    def prepare(self):
        """Take the numbers from the themes now."""
        self.rows = snapshot.take(self.year, self.quarter)
        self.prepared_at = timezone.now()
        self.take_numbers_again = False

    def clean(self):
        # Wagtail cleans a page before each save and each revision, so the numbers are in
        # the revision that is reviewed and later published. A translation is copied with
        # its original's numbers, so it never takes its own.
        super().clean()
        if self.prepared_at is None or self.take_numbers_again:
            self.prepare()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.figures(rtl=get_language() in RTL_LANGUAGES))
        context["answers"] = self.answers_with_links()
        return context

    def answers_with_links(self):
        """Each answer with its linked page in the reader's language where live (`shown_page`),
        in two queries whatever the number of answers."""
        answers = list(self.answers.select_related("link_page"))
        keys = [answer.link_page.translation_key for answer in answers if answer.link_page]
        local = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale=Locale.get_active(), translation_key__in=keys
            )
        }
        for answer in answers:
            link = answer.link_page
            answer.shown_page = link and (
                local.get(link.translation_key) or (link if link.live else None)
            )
        return answers

    def figures(self, rtl=False):
        """The table's rows and the chart, both through `numbers.suppress`, with each
        theme and service named in the reader's language where it can be (`_names`)."""
        theme_names, service_names = self._names()
        staff_language = "" if (get_language() or "en").startswith("en") else ENGLISH
        table = []
        for row in self.rows:
            theme = theme_names.get(row["theme_id"]) or InLanguage(row["theme"], staff_language)
            service = service_names.get(row.get("service_slug")) or (
                InLanguage(row["service"], staff_language) if row["service"] else ""
            )
            table.append(
                {
                    **row,
                    "theme": theme,
                    "service": service,
                    "this_shown": numbers.suppress(row["this"]),
                    "last_shown": numbers.suppress(row["last"]),
                    "change": numbers.change(row["this"], row["last"]),
                }
            )
        # A hidden count draws no bar: its length would give the number away.
        chart = bar_chart(
            [
                (
                    self.row_label(row),
                    0 if numbers.is_suppressed(row["this"]) else row["this"],
                )
                for row in table
            ],
            title=gettext_now("What people told us about, this quarter"),
            description=gettext_now(
                "A bar for each theme and service, with how many people raised it. "
                "The same numbers are in the table below."
            ),
            rtl=rtl,
        )
        for bar, row in zip(chart["bars"], table, strict=True):
            bar["value"] = row["this_shown"]
        return {"table": table, "chart": chart}

    def _names(self):
        """({theme id: name}, {service slug: name}) in the reader's language. A theme is
        named by this page's answer about it (translated with the page); a theme without
        an answer keeps staff's English name, marked as English. Services come from their
        translated snippets. Two queries."""
        # A language copy not yet translated (an alias) shows the original's answers.
        answers_language = ENGLISH if self.alias_of_id else ""
        themes = {
            answer.theme_id: InLanguage(answer.theme_name, answers_language)
            for answer in self.answers.all()
            if answer.theme_id and answer.theme_name
        }
        return themes, dict(service_choices(Locale.get_active()))

    @staticmethod
    def row_label(row):
        """The chart's label for a row: in English when either name is (`InLanguage`)."""
        theme, service = row["theme"], row["service"]
        label = f"{theme}: {service}" if service else str(theme)
        language = getattr(theme, "language", "") or getattr(service, "language", "")
        return InLanguage(label, language)


class ThemeAnswer(TranslatableMixin, Orderable):
    """What the trust is doing about one theme, in the editor's words, with a link to the
    idea or project page that does it."""

    page = ParentalKey(WhatYouToldUsPage, on_delete=models.CASCADE, related_name="answers")
    theme = models.ForeignKey(
        "forums.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    theme_name = models.CharField(
        _("theme as the page names it"),
        max_length=120,
        help_text=_("In plain words, for example: Waiting times for a first appointment."),
    )
    answer = models.TextField(_("what the trust is doing"), max_length=600)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("idea or project page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("theme"),
        FieldPanel("theme_name"),
        FieldPanel("answer"),
        PageChooserPanel("link_page", ["forums.IdeaPage", "forums.ProjectPage"]),
    ]
    override_translatable_fields = [SynchronizedField("theme"), SynchronizedField("link_page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("answer")

    def __str__(self):
        return self.theme_name
