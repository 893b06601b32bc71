"""The rates the involvement team sets (`PaymentLevel`, `BenefitsAdvice`, `PaymentSettings`)
and the claims people make after an activity (`ExpenseClaim`, personal data)."""

import decimal
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from home.formatting import local_money_per
from home.text_limits import LONGEST_TEXT, max_length_validators

from ..taxonomy.models import RATE_MESSAGES, PaymentUnit
from .receipts import receipt_name, receipt_storage

MONEY = {"max_digits": 8, "decimal_places": 2}
MILEAGE_MESSAGE = pgettext_lazy("rate of pay", "%(amount)s a mile")
PENCE = decimal.Decimal("0.01")


def money(value):
    """Pounds to the penny, rounded as a payroll rounds (half up)."""
    return decimal.Decimal(value or 0).quantize(PENCE, rounding=decimal.ROUND_HALF_UP)


class PaymentLevel(TranslatableMixin, models.Model):
    """A role or level from the trust's payment policy, with its rate: what people are paid
    for their time when an opportunity picks it. A level with no rate pays expenses only.
    The rates are the same in every language; the words are translated."""

    name = models.CharField(_("name"), max_length=80)
    role = models.TextField(
        _("what the role involves"),
        max_length=500,
        help_text=_("For example: reading papers and giving your views at a meeting."),
    )
    hourly_rate = models.DecimalField(_("hourly rate, in pounds"), null=True, blank=True, **MONEY)
    session_rate = models.DecimalField(
        _("session rate, in pounds"), null=True, blank=True, **MONEY
    )
    day_rate = models.DecimalField(_("day rate, in pounds"), null=True, blank=True, **MONEY)
    covers = models.TextField(
        _("what it covers"),
        max_length=500,
        blank=True,
        help_text=_("For example: time to read the papers before, as well as the meeting."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel(
            [FieldPanel("hourly_rate"), FieldPanel("session_rate"), FieldPanel("day_rate")],
            heading=_("Rates"),
        ),
        FieldPanel("covers"),
    ]
    override_translatable_fields = [
        SynchronizedField("hourly_rate"),
        SynchronizedField("session_rate"),
        SynchronizedField("day_rate"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("payment level")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def unit_rates(self):
        """[(unit, amount)] for each rate the level has, hour first."""
        rates = [
            (PaymentUnit.HOUR, self.hourly_rate),
            (PaymentUnit.SESSION, self.session_rate),
            (PaymentUnit.DAY, self.day_rate),
        ]
        return [(unit, amount) for unit, amount in rates if amount is not None]

    @property
    def rates(self):
        """Each rate in the reader's words: ["£25 an hour", "£100 a day"]."""
        return [local_money_per(amount, RATE_MESSAGES[unit]) for unit, amount in self.unit_rates()]

    @property
    def pays_for_time(self):
        return bool(self.unit_rates())


class BenefitsAdvice(TranslatableMixin, models.Model):
    """What the site tells people about payments and benefits, and where to get advice, in
    the words the trust agreed (translated). `PaymentSettings` chooses the one shown."""

    warning = models.TextField(
        _("warning"),
        max_length=1000,
        help_text=_(
            "Say plainly that being paid can change benefits, and that people can choose."
        ),
    )
    where_to_get_advice = models.TextField(
        _("where to get advice"),
        max_length=1000,
        help_text=_("For example: our involvement team, Citizens Advice, or a benefits adviser."),
    )

    panels = [FieldPanel("warning"), FieldPanel("where_to_get_advice")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("benefits advice")
        verbose_name_plural = _("benefits advice")

    def __str__(self):
        return self.warning[:60]


@register_setting(icon="tag")
class PaymentSettings(BaseSiteSetting):
    """The trust's payment policy, as the site applies it: the mileage rate, where the
    policy is, and the advice about benefits. Holds no translated text: the advice is a
    translatable snippet chosen here, shown in the reader's language. A rate is copied onto
    each claim when it is sent, so changing it never changes a claim already made."""

    mileage_rate = models.DecimalField(
        _("mileage rate, in pounds a mile"),
        max_digits=5,
        decimal_places=2,
        default=decimal.Decimal("0.45"),
        help_text=_("What we pay back for each mile driven, for example: 0.45."),
    )
    policy_url = models.URLField(_("link to the payment policy"), blank=True)
    benefits_advice = models.ForeignKey(
        BenefitsAdvice,
        verbose_name=_("benefits advice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    advice_phone = models.CharField(
        _("benefits advice phone line"),
        max_length=40,
        blank=True,
        help_text=_("A number people can ring for advice about benefits."),
    )
    advice_url = models.URLField(_("benefits advice website"), blank=True)

    select_related = ["benefits_advice"]
    panels = [
        FieldPanel("mileage_rate"),
        FieldPanel("policy_url"),
        MultiFieldPanel(
            [FieldPanel("benefits_advice"), FieldPanel("advice_phone"), FieldPanel("advice_url")],
            heading=_("Benefits advice"),
        ),
    ]

    class Meta:
        verbose_name = _("payment for involvement")

    @classmethod
    def read(cls, site):
        """The settings for `site`, read without writing (Wagtail's `for_site` creates the
        row on first use, which a page view should never do): unsaved defaults if none."""
        found = cls.objects.filter(site=site).select_related("benefits_advice").first()
        return found if found is not None else cls(site=site)

    @property
    def mileage_rate_text(self):
        """ "£0.45 a mile", in the reader's words."""
        return local_money_per(self.mileage_rate, MILEAGE_MESSAGE)

    @property
    def advice(self):
        """The chosen advice in the reader's language (its translation when there is one),
        or None."""
        if self.benefits_advice is None:
            return None
        return self.benefits_advice.localized


class ExpenseClaimQuerySet(models.QuerySet):
    def of_the_same_person(self, claim):
        """The claims of whoever made `claim`: by their address, or by their place on the
        register; only `claim` itself when it has neither."""
        same = Q(pk=claim.pk)
        if claim.email:
            same |= Q(email=claim.email)
        person_id = claim.registration.person_id if claim.registration_id else None
        if person_id:
            same |= Q(registration__person_id=person_id)
        return self.filter(same, erased_at=None)

    def of_person(self, person):
        """The claims of someone on the register."""
        same = Q(registration__person=person)
        if person.email:
            same |= Q(email=person.email)
        return self.filter(same, erased_at=None)


class ExpenseClaim(models.Model):
    """Personal data: what a person claims for taking part in one activity (their time, at
    the activity's level; travel; care costs, with receipts) and how they want their time
    paid, with the involvement team's decision.

    Made when their registration is marked attended (status "not claimed yet"), filled in by
    the person through a private link, decided by the involvement team. Seen only by users
    with `view_expenseclaim` (the involvement team) and by the person. The name, activity
    and date are copied from the registration, because a finance record outlives it:
    registrations are anonymised a year after the activity, claims kept for the retention
    time in docs/data-map.md (`services.tend_claims`). Holds no bank details.
    """

    class Status(models.TextChoices):
        INVITED = "invited", _("Not claimed yet")
        SUBMITTED = "submitted", _("Sent, waiting to be checked")
        QUERIED = "queried", _("We have a question")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Not approved")

    class Choice(models.TextChoices):
        PAYMENT = "payment", _("Payment")
        VOUCHER = "voucher", _("A shopping voucher instead")
        NO_PAYMENT = "none", _("No payment for my time")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    registration = models.OneToOneField(
        "opportunities.Registration",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expense_claim",
    )
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage",
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expense_claims",
    )
    activity_title = models.CharField(_("activity"), max_length=255)
    activity_date = models.DateField(_("date of the activity"))
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"), blank=True)
    language = models.CharField(
        _("language"), max_length=10, default=settings.LANGUAGE_CODE, editable=False
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.INVITED
    )

    # Time, at the level's rate when the claim was made (a change of rate later never
    # changes it).
    level_name = models.CharField(_("payment level"), max_length=80, blank=True)
    time_unit = models.CharField(
        _("paid for each"), max_length=20, choices=PaymentUnit.choices, blank=True
    )
    time_rate = models.DecimalField(_("rate"), null=True, blank=True, **MONEY)
    time_quantity = models.DecimalField(
        _("hours or sessions"), max_digits=5, decimal_places=2, default=0
    )
    choice = models.CharField(
        _("how to be paid for time"), max_length=20, choices=Choice.choices, blank=True
    )

    # Travel and care.
    miles = models.DecimalField(
        _("miles driven"), max_digits=6, decimal_places=1, null=True, blank=True
    )
    mileage_rate = models.DecimalField(
        _("mileage rate"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    public_transport_cost = models.DecimalField(
        _("bus or train fares"), null=True, blank=True, **MONEY
    )
    public_transport_receipt = models.FileField(
        _("bus or train receipt"), upload_to=receipt_name, storage=receipt_storage, blank=True
    )
    taxi_cost = models.DecimalField(_("taxi fare"), null=True, blank=True, **MONEY)
    taxi_agreed_by = models.CharField(_("taxi agreed by"), max_length=120, blank=True)
    taxi_receipt = models.FileField(
        _("taxi receipt"), upload_to=receipt_name, storage=receipt_storage, blank=True
    )
    care_cost = models.DecimalField(_("care costs"), null=True, blank=True, **MONEY)
    care_receipt = models.FileField(
        _("care receipt"), upload_to=receipt_name, storage=receipt_storage, blank=True
    )
    note = models.TextField(
        _("anything else"), blank=True, max_length=LONGEST_TEXT, validators=max_length_validators()
    )

    # The involvement team's decision.
    reason = models.TextField(
        _("reason"), blank=True, max_length=LONGEST_TEXT, validators=max_length_validators()
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    emailed_at = models.DateTimeField(_("link emailed"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("sent"), null=True, blank=True)
    exported_at = models.DateTimeField(_("sent to finance"), null=True, blank=True)
    receipts_erased_at = models.DateTimeField(_("receipts erased"), null=True, blank=True)
    erased_at = models.DateTimeField(_("erased"), null=True, blank=True)

    objects = ExpenseClaimQuerySet.as_manager()

    RECEIPT_FIELDS = ("public_transport_receipt", "taxi_receipt", "care_receipt")

    class Meta:
        verbose_name = _("expense claim")
        ordering = ["-activity_date", "-pk"]
        permissions = [
            ("decide_expenseclaim", _("Can approve, query or reject expense claims")),
        ]

    def __str__(self):
        return self.reference

    @property
    def reference(self):
        """What finance and the person quote: short, and no row number to guess from."""
        return f"C-{self.public_id.hex[:8].upper()}"

    # Amounts

    @property
    def time_amount(self):
        """What the time is worth at the rate: paid only when the person chose payment or
        a voucher."""
        if not self.time_rate or self.choice == self.Choice.NO_PAYMENT:
            return money(0)
        return money(self.time_rate * self.time_quantity)

    @property
    def mileage_amount(self):
        return money((self.miles or 0) * (self.mileage_rate or 0))

    @property
    def expenses_amount(self):
        """Travel and care: paid back, not income."""
        return money(
            self.mileage_amount
            + money(self.public_transport_cost)
            + money(self.taxi_cost)
            + money(self.care_cost)
        )

    @property
    def total(self):
        return money(self.time_amount + self.expenses_amount)

    @property
    def receipts(self):
        """[(field name, file)] for each receipt held."""
        return [(name, getattr(self, name)) for name in self.RECEIPT_FIELDS if getattr(self, name)]

    @property
    def can_be_changed(self):
        """The person may fill it in until it is sent, and again when we ask a question."""
        return self.erased_at is None and self.status in {self.Status.INVITED, self.Status.QUERIED}
