"""Fixed choices and editor-managed snippets. Topics and areas are snippets with a slug that
is the same in every language, so a filter link works whichever language the reader uses."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

# --- Fixed choices: their meaning is built into filters and wording, so editors pick from
# --- them rather than edit them. Topics and areas, which editors do manage, are snippets.


class Kind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    INTERVIEW_PANEL = "interview_panel", _("Interview panel")
    SURVEY = "survey", _("Survey")
    WORKSHOP = "workshop", _("Workshop")
    TRAINING = "training", _("Training")
    READING_GROUP = "reading_group", _("Reading group")
    FOCUS_GROUP = "focus_group", _("Focus group")
    COMMITTEE = "committee", _("Committee")


class Payment(models.TextChoices):
    PAID = "paid", _("Paid for your time, plus expenses")
    EXPENSES_ONLY = "expenses_only", _("Expenses only")


class PaymentUnit(models.TextChoices):
    """What an amount of pay is for, as the payment policy sets rates."""

    HOUR = "hour", _("an hour")
    SESSION = "session", _("a session")
    DAY = "day", _("a day")


# A rate of pay in words, by unit: one message each, so that each language can place the
# amount where its grammar wants it. Translated when shown (`home.formatting.local_money_per`).
RATE_MESSAGES = {
    PaymentUnit.HOUR: pgettext_lazy("rate of pay", "%(amount)s an hour"),
    PaymentUnit.SESSION: pgettext_lazy("rate of pay", "%(amount)s a session"),
    PaymentUnit.DAY: pgettext_lazy("rate of pay", "%(amount)s a day"),
}


class TimeCommitment(models.TextChoices):
    ONE_OFF = "one_off", _("A single session")
    FEW_SESSIONS = "few_sessions", _("A few sessions")
    ONGOING = "ongoing", _("Regular, for some months")


class CoProductionLevel(models.TextChoices):
    """The ladder of co-production, from least to most say."""

    INFORMING = "informing", _("Informing")
    CONSULTING = "consulting", _("Consulting")
    INVOLVING = "involving", _("Involving")
    CO_DESIGNING = "co_designing", _("Co-designing")
    CO_PRODUCING = "co_producing", _("Co-producing")


CO_PRODUCTION_MEANING = {
    CoProductionLevel.INFORMING: _("We will tell you about a decision and why we made it."),
    CoProductionLevel.CONSULTING: _("We will ask for your views before we decide."),
    CoProductionLevel.INVOLVING: _(
        "You will work with us and your views will shape the decision."
    ),
    CoProductionLevel.CO_DESIGNING: _("You will help design the change with us."),
    CoProductionLevel.CO_PRODUCING: _(
        "You will share the power and the work, from start to finish."
    ),
}

FORMATS = {
    "online": _("Online"),
    "in_person": _("In person"),
    "by_phone": _("By phone"),
    "on_paper": _("On paper"),
}
AUDIENCES = {
    "for_service_users": _("People who use our services"),
    "for_carers": _("Carers, family and friends"),
    "for_young_people": _("Young people"),
    "for_anyone": _("Anyone"),
}


class TaxonomySnippet(TranslatableMixin, models.Model):
    """A translatable name with a slug that stays the same in every language, so a filter
    link works whichever language the reader uses."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)

    override_translatable_fields = [SynchronizedField("slug")]
    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(TaxonomySnippet):
    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("topic")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Area(TaxonomySnippet):
    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("area")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Venue(TranslatableMixin, models.Model):
    """A place where activities happen, with the access facts people need before they go."""

    name = models.CharField(_("name"), max_length=120)
    address = models.TextField(_("address"))
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    wifi = models.BooleanField(_("free Wi-Fi"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    parking = models.CharField(_("parking"), max_length=200, blank=True)
    public_transport = models.CharField(_("public transport"), max_length=200, blank=True)
    access_notes = models.TextField(_("other access information"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("step_free_access"), FieldPanel("hearing_loop")]),
                FieldRowPanel([FieldPanel("wifi"), FieldPanel("accessible_toilet")]),
                FieldPanel("parking"),
                FieldPanel("public_transport"),
                FieldPanel("access_notes"),
            ],
            heading=_("Access"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def access_facts(self):
        """(label, yes or no) for each access feature, in the order people ask about them."""
        return [
            (_("Step-free access"), self.step_free_access),
            (_("Hearing loop"), self.hearing_loop),
            (_("Accessible toilet"), self.accessible_toilet),
            (_("Free Wi-Fi"), self.wifi),
        ]
