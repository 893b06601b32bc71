"""The emails about a claim, each in the person's language with the core's one policy
(`home.emails.send_once`): the link to claim, after the activity; and each decision of the
involvement team (approved, a question, not approved). `emailed_at` records that the latest
one went: a decision clears it, and the task that sends sets it, so each goes once."""

from django.utils import timezone
from django_tasks import task

from home.emails import ALREADY_SENT, render_email, send_once

from .links import claim_link
from .models import ExpenseClaim

DECIDED = [
    ExpenseClaim.Status.APPROVED,
    ExpenseClaim.Status.QUERIED,
    ExpenseClaim.Status.REJECTED,
]


def _send(claim_id, statuses, template, task_function):
    claim = (
        ExpenseClaim.objects.filter(
            pk=claim_id, emailed_at=None, status__in=statuses, erased_at=None
        )
        .exclude(email="")
        .first()
    )
    link = claim_link(claim) if claim else ""
    if claim is None or not link:
        return ALREADY_SENT
    email = render_email(
        template,
        {"claim": claim, "link": link},
        to=[claim.email],
        language=claim.language,
    )
    return send_once(
        [email],
        task=task_function,
        args=(claim_id,),
        claim=lambda: ExpenseClaim.objects.filter(
            pk=claim_id, emailed_at=None, status__in=statuses
        ).update(emailed_at=timezone.now()),
    )


@task()
def send_claim_link(claim_id):
    return _send(
        claim_id,
        [ExpenseClaim.Status.INVITED],
        "opportunities/payments/emails/claim_link",
        send_claim_link,
    )


@task()
def send_claim_decision(claim_id):
    return _send(
        claim_id, DECIDED, "opportunities/payments/emails/claim_decision", send_claim_decision
    )
