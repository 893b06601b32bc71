"""What is done with claims, for the pages, the admin, the schedule, the demo and the tests:
invite the people who came to claim, take a claim, decide it, add up a person's tax year,
and erase what is kept no longer (the times are in docs/data-map.md)."""

import datetime
import decimal
from types import SimpleNamespace

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from ..registrations.models import ERASED, Registration
from ..taxonomy.models import Payment, PaymentUnit
from .models import ExpenseClaim, money
from .tasks import send_claim_decision, send_claim_link

SUBMIT_ACTION = "opportunities.submit_claim"
VIEW_ACTION = "opportunities.view_claim"
DECIDE_ACTION = "opportunities.decide_claim"
RECEIPT_ACTION = "opportunities.view_receipt"
EXPORT_ACTION = "opportunities.export_claims"

QUARTER_HOUR = decimal.Decimal("0.25")
# How long things are kept (docs/data-map.md says why).
KEEP_TAX_YEARS = 6
KEEP_RECEIPTS = datetime.timedelta(days=183)
KEEP_UNCLAIMED = datetime.timedelta(days=183)

Status = ExpenseClaim.Status


# Inviting the people who came


def time_for(opportunity):
    """(level name, unit, rate, quantity) paid for the time of an activity at its level:
    the hours it lasted at the hourly rate, else one session or one day. An hourly rate
    for an activity with no end time gives 0 hours, for the team to put right."""
    level = opportunity.payment_level
    if opportunity.payment != Payment.PAID or level is None or not level.pays_for_time:
        return (level.name if level else "", "", None, decimal.Decimal(0))
    if level.hourly_rate is not None and opportunity.starts_at and opportunity.ends_at:
        hours = decimal.Decimal((opportunity.ends_at - opportunity.starts_at).total_seconds())
        hours = (hours / 3600 / QUARTER_HOUR).quantize(1, decimal.ROUND_HALF_UP) * QUARTER_HOUR
        return (level.name, PaymentUnit.HOUR, level.hourly_rate, hours)
    if level.session_rate is not None:
        return (level.name, PaymentUnit.SESSION, level.session_rate, decimal.Decimal(1))
    if level.day_rate is not None:
        return (level.name, PaymentUnit.DAY, level.day_rate, decimal.Decimal(1))
    return (level.name, PaymentUnit.HOUR, level.hourly_rate, decimal.Decimal(0))


def invite_to_claim(opportunity, registration_ids):
    """A claim, not yet filled in, for each of these registrations marked attended that has
    none; its private link is emailed after the commit. Returns the new claims."""
    registrations = Registration.objects.filter(
        pk__in=registration_ids,
        opportunity=opportunity,
        status=Registration.Status.ATTENDED,
        anonymised_at=None,
        expense_claim=None,
    )
    level_name, unit, rate, quantity = time_for(opportunity)
    day = timezone.localdate(opportunity.starts_at) if opportunity.starts_at else None
    claims = ExpenseClaim.objects.bulk_create(
        [
            ExpenseClaim(
                registration=registration,
                opportunity=opportunity,
                activity_title=opportunity.title[:255],
                activity_date=day or timezone.localdate(),
                name=registration.name,
                email=registration.email,
                language=registration.language,
                level_name=level_name[:80],
                time_unit=unit,
                time_rate=rate,
                time_quantity=quantity,
            )
            for registration in registrations
        ]
    )
    ids = [claim.pk for claim in claims if claim.email]
    transaction.on_commit(lambda: [send_claim_link.enqueue(pk) for pk in ids])
    return claims


def withdraw_invitations(registration_ids):
    """Attendance taken back: the claims not yet filled in go."""
    ExpenseClaim.objects.filter(
        registration_id__in=registration_ids, status=Status.INVITED
    ).delete()


# The person's claim


def submit_claim(claim, form, mileage_rate):
    """Save what the person claimed (once, however often it is sent: a claim sent is no
    longer open to change until the team asks a question). Returns the claim as saved."""
    data = form.cleaned_data
    with transaction.atomic():
        locked = ExpenseClaim.objects.select_for_update().get(pk=claim.pk)
        if not locked.can_be_changed:
            return locked
        locked.choice = data.get("choice") or ""
        locked.miles = data["miles"] or None
        locked.mileage_rate = mileage_rate if locked.miles else None
        locked.public_transport_cost = data["public_transport_cost"] or None
        locked.taxi_cost = data["taxi_cost"] or None
        locked.taxi_agreed_by = data["taxi_agreed_by"] if locked.taxi_cost else ""
        locked.care_cost = data["care_cost"] or None
        locked.note = data["note"]
        costs = {
            "public_transport_receipt": locked.public_transport_cost,
            "taxi_receipt": locked.taxi_cost,
            "care_receipt": locked.care_cost,
        }
        for field, cost in costs.items():
            upload = data.get(field)
            if upload or not cost:
                # A new receipt replaces the old; a cost taken away takes its receipt.
                _delete_file_after_commit(getattr(locked, field))
                setattr(locked, field, "")
            if upload and cost:
                getattr(locked, field).save(upload.name, upload, save=False)
        locked.status = Status.SUBMITTED
        locked.submitted_at = timezone.now()
        locked.save()
        log(instance=locked, action=SUBMIT_ACTION, user=None, title=locked.reference)
    return locked


def _delete_file_after_commit(file):
    if file:
        storage, name = file.storage, file.name
        transaction.on_commit(lambda: storage.delete(name))


# The involvement team's decision


def decide(claim, decision, reason, user, time_quantity=None):
    """Approve, query or reject a sent (or queried) claim, with the reason the person reads;
    they are emailed after the commit. Returns the claim, or None if it cannot be decided
    (not sent yet, decided already, erased)."""
    with transaction.atomic():
        locked = ExpenseClaim.objects.select_for_update().get(pk=claim.pk)
        if locked.erased_at or locked.status not in {Status.SUBMITTED, Status.QUERIED}:
            return None
        locked.status = decision
        locked.reason = reason.strip()
        if time_quantity is not None:
            locked.time_quantity = time_quantity
        locked.decided_by = user
        locked.decided_at = timezone.now()
        locked.emailed_at = None
        locked.save()
        log(
            instance=locked,
            action=DECIDE_ACTION,
            user=user,
            title=locked.reference,
            data={"decision": decision},
        )
    transaction.on_commit(lambda: send_claim_decision.enqueue(locked.pk))
    return locked


# A person's tax year


def tax_year_of(day):
    """The UK tax year a day falls in, by the year it starts: 6 April to 5 April."""
    return day.year if (day.month, day.day) >= (4, 6) else day.year - 1


def tax_year(claims, start_year):
    """The approved claims of one tax year, and their totals: paid for time (money),
    vouchers, and expenses paid back (which are not income)."""
    start = datetime.date(start_year, 4, 6)
    end = datetime.date(start_year + 1, 4, 5)
    approved = [
        claim
        for claim in claims
        if claim.status == Status.APPROVED and start <= claim.activity_date <= end
    ]
    approved.sort(key=lambda claim: (claim.activity_date, claim.pk))

    def paid_as(choice):
        return money(sum(c.time_amount for c in approved if c.choice == choice))

    paid, vouchers = paid_as(ExpenseClaim.Choice.PAYMENT), paid_as(ExpenseClaim.Choice.VOUCHER)
    expenses = money(sum(c.expenses_amount for c in approved))
    return SimpleNamespace(
        start=start,
        end=end,
        start_year=start_year,
        claims=approved,
        paid=paid,
        vouchers=vouchers,
        expenses=expenses,
        total=money(paid + vouchers + expenses),
    )


def tax_years_with_claims(claims):
    return sorted({tax_year_of(claim.activity_date) for claim in claims}, reverse=True)


# Erasing


def erase_receipts(claims):
    """Delete the receipt files of these claims, keeping what was claimed and paid."""
    erased = 0
    for claim in claims:
        for field in ExpenseClaim.RECEIPT_FIELDS:
            _delete_file_after_commit(getattr(claim, field))
            setattr(claim, field, "")
        claim.receipts_erased_at = timezone.now()
        claim.save(update_fields=[*ExpenseClaim.RECEIPT_FIELDS, "receipts_erased_at"])
        erased += 1
    return erased


def erase_personal_parts(claims):
    """What says who goes (the name reads "(erased)", the address, notes, reasons, who
    agreed a taxi, the receipts, the link to the registration); what finance counts stays:
    the reference, the activity, the date, the amounts, the decision. Claims never filled in
    go altogether. Clears the claims' audit-log labels too. Returns how many."""
    claims = list(claims)
    ExpenseClaim.objects.filter(
        pk__in=[claim.pk for claim in claims if claim.status == Status.INVITED]
    ).delete()
    kept = [claim for claim in claims if claim.status != Status.INVITED]
    erase_receipts(kept)
    ExpenseClaim.objects.filter(pk__in=[claim.pk for claim in kept]).update(
        name=str(ERASED),
        email="",
        note="",
        reason="",
        taxi_agreed_by="",
        registration=None,
        erased_at=timezone.now(),
    )
    _forget_log_labels(kept)
    return len(claims)


def erase_claims_of(email):
    """For a person leaving the register (`register.events.person_erased`)."""
    if not email:
        return 0
    claims = ExpenseClaim.objects.filter(
        Q(email=email) | Q(registration__person__email=email) | Q(registration__email=email),
        erased_at=None,
    )
    return erase_personal_parts(claims)


def _forget_log_labels(claims):
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ExpenseClaim),
        object_id__in=[str(claim.pk) for claim in claims],
    ).update(label=str(ERASED), data={})


def tend_claims(now=None):
    """The daily care (`manage.py tend_payments`): receipts go 6 months after the claim was
    approved or rejected; claims never filled in go 6 months after the activity; every claim
    goes 6 tax years after the end of the tax year of its activity. Returns the counts."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    receipts = erase_receipts(
        ExpenseClaim.objects.filter(
            status__in=[Status.APPROVED, Status.REJECTED],
            decided_at__lt=now - KEEP_RECEIPTS,
            receipts_erased_at=None,
        )
    )
    unclaimed, _by_model = ExpenseClaim.objects.filter(
        status=Status.INVITED, activity_date__lt=today - KEEP_UNCLAIMED
    ).delete()
    cutoff = datetime.date(tax_year_of(today) - KEEP_TAX_YEARS, 4, 6)
    old = list(ExpenseClaim.objects.filter(activity_date__lt=cutoff))
    erase_receipts([claim for claim in old if claim.receipts_erased_at is None])
    _forget_log_labels(old)
    ExpenseClaim.objects.filter(pk__in=[claim.pk for claim in old]).delete()
    return {"receipts": receipts, "unclaimed": unclaimed, "deleted": len(old)}
