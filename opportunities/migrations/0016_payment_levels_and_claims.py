"""Payment levels and expense claims. The rate an editor typed on each opportunity (an
amount and a unit) becomes a `PaymentLevel` the involvement team keeps: one level for each
distinct rate, named by it ("£25 an hour") for the team to rename, and every page that had
that rate, in any language, picks it; so does each page revision that holds a rate, so the
next edit in the admin does not lose it. Nothing typed is dropped: a page whose rate was
half given (an amount without a unit) keeps it in its note. The involvement team is given
the levels, the advice, the settings and the claims; translators may translate the levels
and the advice."""

import decimal
import uuid
from decimal import Decimal

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import opportunities.payments.receipts
from home.permissions import grant_permissions

UNIT_FIELDS = {"hour": "hourly_rate", "session": "session_rate", "day": "day_rate"}
UNIT_WORDS = {"hour": "an hour", "session": "a session", "day": "a day"}


def _pounds(amount):
    return f"£{amount:.2f}".removesuffix(".00")


def _level_for(apps, levels, locale_id, amount, unit):
    """The level for this rate, made once per rate."""
    PaymentLevel = apps.get_model("opportunities", "PaymentLevel")
    key = (decimal.Decimal(amount).quantize(decimal.Decimal("0.01")), unit)
    if key not in levels:
        levels[key] = PaymentLevel.objects.create(
            translation_key=uuid.uuid4(),
            locale_id=locale_id,
            name=f"{_pounds(key[0])} {UNIT_WORDS[unit]}",
            role="Made from the rate of pay typed on opportunities before there were levels. "
            "Say what the role involves.",
            **{UNIT_FIELDS[unit]: key[0]},
        )
    return levels[key]


def levels_from_amounts(apps, schema_editor):
    OpportunityPage = apps.get_model("opportunities", "OpportunityPage")
    Locale = apps.get_model("wagtailcore", "Locale")
    Revision = apps.get_model("wagtailcore", "Revision")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:
        default = Locale.objects.order_by("pk").first()
    levels = {}
    for page in OpportunityPage.objects.exclude(payment_amount=None).order_by("pk"):
        if page.payment_unit in UNIT_FIELDS:
            page.payment_level = _level_for(
                apps, levels, default.pk, page.payment_amount, page.payment_unit
            )
            page.save(update_fields=["payment_level"])
        else:
            # An amount without a unit: kept where an editor reads it.
            note = f"{_pounds(page.payment_amount)} {page.payment_note}".strip()[:200]
            page.payment_note = note
            page.save(update_fields=["payment_note"])
    # Opportunities and the page types built on them (a forum meeting).
    for revision in Revision.objects.filter(content__has_key="payment_amount"):
        content = revision.content
        amount = content.pop("payment_amount", None)
        unit = content.pop("payment_unit", "")
        if amount not in (None, "") and unit in UNIT_FIELDS:
            content["payment_level"] = _level_for(apps, levels, default.pk, amount, unit).pk
        revision.save(update_fields=["content"])


def amounts_from_levels(apps, schema_editor):
    OpportunityPage = apps.get_model("opportunities", "OpportunityPage")
    for page in OpportunityPage.objects.exclude(payment_level=None).select_related(
        "payment_level"
    ):
        level = page.payment_level
        for unit, field in UNIT_FIELDS.items():
            if getattr(level, field) is not None:
                page.payment_amount, page.payment_unit = getattr(level, field), unit
                page.save(update_fields=["payment_amount", "payment_unit"])
                break


TEAM = [
    "add_paymentlevel",
    "change_paymentlevel",
    "delete_paymentlevel",
    "add_benefitsadvice",
    "change_benefitsadvice",
    "delete_benefitsadvice",
    "change_paymentsettings",
    "view_expenseclaim",
    "change_expenseclaim",
    "decide_expenseclaim",
]
TRANSLATE = ["change_paymentlevel", "change_benefitsadvice"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    grants = {"Involvement team": TEAM}
    for name in Group.objects.filter(name__startswith="Translators").values_list(
        "name", flat=True
    ):
        grants[name] = TRANSLATE
    grant_permissions(apps, grants, "opportunities", skip_missing_groups=True)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0015_activity_messages"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="BenefitsAdvice",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                (
                    "warning",
                    models.TextField(
                        help_text="Say plainly that being paid can change benefits, and that people can choose.",
                        max_length=1000,
                        verbose_name="warning",
                    ),
                ),
                (
                    "where_to_get_advice",
                    models.TextField(
                        help_text="For example: our involvement team, Citizens Advice, or a benefits adviser.",
                        max_length=1000,
                        verbose_name="where to get advice",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "benefits advice",
                "verbose_name_plural": "benefits advice",
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
            },
        ),
        migrations.CreateModel(
            name="ExpenseClaim",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("public_id", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                ("activity_title", models.CharField(max_length=255, verbose_name="activity")),
                ("activity_date", models.DateField(verbose_name="date of the activity")),
                ("name", models.CharField(max_length=120, verbose_name="name")),
                ("email", models.EmailField(blank=True, max_length=254, verbose_name="email")),
                (
                    "language",
                    models.CharField(
                        default="en-gb", editable=False, max_length=10, verbose_name="language"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("invited", "Not claimed yet"),
                            ("submitted", "Sent, waiting to be checked"),
                            ("queried", "We have a question"),
                            ("approved", "Approved"),
                            ("rejected", "Not approved"),
                        ],
                        default="invited",
                        max_length=20,
                        verbose_name="status",
                    ),
                ),
                (
                    "level_name",
                    models.CharField(blank=True, max_length=80, verbose_name="payment level"),
                ),
                (
                    "time_unit",
                    models.CharField(
                        blank=True,
                        choices=[("hour", "an hour"), ("session", "a session"), ("day", "a day")],
                        max_length=20,
                        verbose_name="paid for each",
                    ),
                ),
                (
                    "time_rate",
                    models.DecimalField(
                        blank=True, decimal_places=2, max_digits=8, null=True, verbose_name="rate"
                    ),
                ),
                (
                    "time_quantity",
                    models.DecimalField(
                        decimal_places=2, default=0, max_digits=5, verbose_name="hours or sessions"
                    ),
                ),
                (
                    "choice",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("payment", "Payment"),
                            ("voucher", "A shopping voucher instead"),
                            ("none", "No payment for my time"),
                        ],
                        max_length=20,
                        verbose_name="how to be paid for time",
                    ),
                ),
                (
                    "miles",
                    models.DecimalField(
                        blank=True,
                        decimal_places=1,
                        max_digits=6,
                        null=True,
                        verbose_name="miles driven",
                    ),
                ),
                (
                    "mileage_rate",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        max_digits=5,
                        null=True,
                        verbose_name="mileage rate",
                    ),
                ),
                (
                    "public_transport_cost",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        max_digits=8,
                        null=True,
                        verbose_name="bus or train fares",
                    ),
                ),
                (
                    "public_transport_receipt",
                    models.FileField(
                        blank=True,
                        storage=opportunities.payments.receipts.receipt_storage,
                        upload_to=opportunities.payments.receipts.receipt_name,
                        verbose_name="bus or train receipt",
                    ),
                ),
                (
                    "taxi_cost",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        max_digits=8,
                        null=True,
                        verbose_name="taxi fare",
                    ),
                ),
                (
                    "taxi_agreed_by",
                    models.CharField(blank=True, max_length=120, verbose_name="taxi agreed by"),
                ),
                (
                    "taxi_receipt",
                    models.FileField(
                        blank=True,
                        storage=opportunities.payments.receipts.receipt_storage,
                        upload_to=opportunities.payments.receipts.receipt_name,
                        verbose_name="taxi receipt",
                    ),
                ),
                (
                    "care_cost",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        max_digits=8,
                        null=True,
                        verbose_name="care costs",
                    ),
                ),
                (
                    "care_receipt",
                    models.FileField(
                        blank=True,
                        storage=opportunities.payments.receipts.receipt_storage,
                        upload_to=opportunities.payments.receipts.receipt_name,
                        verbose_name="care receipt",
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        max_length=2000,
                        validators=[django.core.validators.MaxLengthValidator(2000)],
                        verbose_name="anything else",
                    ),
                ),
                (
                    "reason",
                    models.TextField(
                        blank=True,
                        max_length=2000,
                        validators=[django.core.validators.MaxLengthValidator(2000)],
                        verbose_name="reason",
                    ),
                ),
                (
                    "decided_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="decided"),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="made")),
                (
                    "emailed_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="link emailed"),
                ),
                ("submitted_at", models.DateTimeField(blank=True, null=True, verbose_name="sent")),
                (
                    "exported_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="sent to finance"),
                ),
                (
                    "receipts_erased_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="receipts erased"),
                ),
                ("erased_at", models.DateTimeField(blank=True, null=True, verbose_name="erased")),
                (
                    "decided_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="decided by",
                    ),
                ),
                (
                    "opportunity",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="expense_claims",
                        to="opportunities.opportunitypage",
                        verbose_name="activity",
                    ),
                ),
                (
                    "registration",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="expense_claim",
                        to="opportunities.registration",
                    ),
                ),
            ],
            options={
                "verbose_name": "expense claim",
                "ordering": ["-activity_date", "-pk"],
                "permissions": [
                    ("decide_expenseclaim", "Can approve, query or reject expense claims")
                ],
            },
        ),
        migrations.CreateModel(
            name="PaymentLevel",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("name", models.CharField(max_length=80, verbose_name="name")),
                (
                    "role",
                    models.TextField(
                        help_text="For example: reading papers and giving your views at a meeting.",
                        max_length=500,
                        verbose_name="what the role involves",
                    ),
                ),
                (
                    "hourly_rate",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        max_digits=8,
                        null=True,
                        verbose_name="hourly rate, in pounds",
                    ),
                ),
                (
                    "session_rate",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        max_digits=8,
                        null=True,
                        verbose_name="session rate, in pounds",
                    ),
                ),
                (
                    "day_rate",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        max_digits=8,
                        null=True,
                        verbose_name="day rate, in pounds",
                    ),
                ),
                (
                    "covers",
                    models.TextField(
                        blank=True,
                        help_text="For example: time to read the papers before, as well as the meeting.",
                        max_length=500,
                        verbose_name="what it covers",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
            ],
            options={
                "verbose_name": "payment level",
                "ordering": ["name"],
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
            },
        ),
        migrations.AddField(
            model_name="opportunitypage",
            name="payment_level",
            field=models.ForeignKey(
                blank=True,
                help_text="The role in the payment policy, with its rate. The involvement team keeps the levels and their rates (Snippets > Payment levels).",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="opportunities.paymentlevel",
                verbose_name="payment level",
            ),
        ),
        migrations.CreateModel(
            name="PaymentSettings",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "mileage_rate",
                    models.DecimalField(
                        decimal_places=2,
                        default=Decimal("0.45"),
                        help_text="What we pay back for each mile driven, for example: 0.45.",
                        max_digits=5,
                        verbose_name="mileage rate, in pounds a mile",
                    ),
                ),
                (
                    "policy_url",
                    models.URLField(blank=True, verbose_name="link to the payment policy"),
                ),
                (
                    "advice_phone",
                    models.CharField(
                        blank=True,
                        help_text="A number people can ring for advice about benefits.",
                        max_length=40,
                        verbose_name="benefits advice phone line",
                    ),
                ),
                (
                    "advice_url",
                    models.URLField(blank=True, verbose_name="benefits advice website"),
                ),
                (
                    "benefits_advice",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="opportunities.benefitsadvice",
                        verbose_name="benefits advice",
                    ),
                ),
                (
                    "site",
                    models.OneToOneField(
                        editable=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        to="wagtailcore.site",
                    ),
                ),
            ],
            options={
                "verbose_name": "payment for involvement",
            },
        ),
        migrations.RunPython(levels_from_amounts, amounts_from_levels),
        migrations.RemoveField(
            model_name="opportunitypage",
            name="payment_amount",
        ),
        migrations.RemoveField(
            model_name="opportunitypage",
            name="payment_unit",
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
