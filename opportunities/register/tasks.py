"""Emails to people on the register, sent by background tasks so a slow mail server never
holds up a page, with the core's one policy (`home.emails`). Task arguments are row ids and a
kind, never an address: the task queue is not a place personal data should linger."""

import logging
from datetime import datetime, time, timedelta

from django.apps import apps
from django.utils import timezone
from django_tasks import task

from home.emails import ALREADY_SENT, render_email, send_once
from home.languages import default_locale, first_in_language, of_default_language

from ..listing.pages import OpportunityPage
from .models import OpportunityAlert, Person

logger = logging.getLogger(__name__)

# Email kinds: the link each carries, and that link's purpose (see tokens.py).
KINDS = {
    "confirm_email": ("confirm", "confirm"),
    "manage_link": ("you", "manage"),
    "renewal": ("you", "manage"),
}
# News of opportunities goes out once a day at most, in the morning.
DIGEST_HOUR = 8


def register_page_for(person):
    """The register page in the person's language, else in the default language. (The page
    type builds on this module, so it is looked up in the app registry.)"""
    register_page_model = apps.get_model("opportunities", "RegisterPage")
    return first_in_language(
        register_page_model.objects.live().select_related("locale"), person.language
    )


@task()
def send_register_email(person_id, kind):
    """One email to one person, carrying their private links, tried again on failure
    (`home.emails.send_once`)."""
    person = Person.objects.filter(pk=person_id).exclude(email="").first()
    if person is None:
        return "nobody to send to"
    page = register_page_for(person)
    if page is None:
        logger.error("No live register page: cannot email person %s", person_id)
        return "no register page"
    route, purpose = KINDS[kind]
    context = {
        "person": person,
        "link": page.link_url(route, person, purpose, absolute=True),
        "manage_link": page.link_url("you", person, "manage", absolute=True),
        "page": page,
    }
    message = render_email(
        f"opportunities/register/emails/{kind}",
        context,
        to=[person.email],
        language=person.language,
    )
    send_once(message, task=send_register_email, args=(person_id, kind))
    return f"sent {kind}"


def next_digest_time(now=None):
    now = timezone.localtime(now)
    today_at = timezone.make_aware(datetime.combine(now.date(), time(DIGEST_HOUR)))
    return today_at if now < today_at else today_at + timedelta(days=1)


def schedule_opportunity_alerts():
    """Called when an opportunity is published: the digest goes at the next morning hour
    where the backend can wait, else now. Many publishes queue many runs; each run only sends
    what no earlier run sent, so the extra ones do nothing."""
    backend = send_opportunity_alerts.get_backend()
    if backend.supports_defer:
        send_opportunity_alerts.using(run_after=next_digest_time()).enqueue()
    else:
        send_opportunity_alerts.enqueue()


@task()
def send_opportunity_alerts():
    """Tell each person on the register, in one email, about the new open opportunities that
    match what they asked for. At most one email a day each; an opportunity is never sent
    twice to the same person (a row per pair, written in the same transaction as the send).
    A failed send rolls its rows back, so the next run tries again."""
    today = timezone.localdate()
    open_opportunities = list(
        # Opportunities only: forum meetings (a kind of opportunity) have their own emails.
        of_default_language(OpportunityPage.objects.live().public().exact_type(OpportunityPage))
        .filter(closing_date__gte=today)
        .prefetch_related("topics", "areas")
    )
    if not open_opportunities:
        return "no open opportunities"
    people = list(
        Person.objects.registered()
        .filter(contact_paused=False)
        .exclude(email="")
        .exclude(last_alert_on=today)
        .prefetch_related("topics", "areas")
    )
    already = set(
        OpportunityAlert.objects.filter(person__in=people).values_list(
            "person_id", "opportunity_id"
        )
    )
    translations = _translations(open_opportunities)
    register_pages = {}
    sent = 0
    for person in people:
        news = [
            opportunity
            for opportunity in open_opportunities
            if (person.pk, opportunity.pk) not in already
            and opportunity.first_published_at
            and opportunity.first_published_at >= person.confirmed_at
            and person.wants(opportunity)
        ]
        if person.language not in register_pages:
            register_pages[person.language] = register_page_for(person)
        page = register_pages[person.language]
        shown = [translations.get((o.translation_key, person.language), o) for o in news]
        if news and _send_digest(person, news, shown, today, page):
            sent += 1
    return f"sent {sent}"


def _send_digest(person, opportunities, shown, today, page):
    """`opportunities` are the originals (what the alert rows record); `shown`, the same in
    the person's language where translated."""

    def claim():
        # Only one run may send to this person today, however many run at once.
        claimed = (
            Person.objects.select_for_update()
            .filter(pk=person.pk)
            .exclude(last_alert_on=today)
            .update(last_alert_on=today)
        )
        if claimed:
            OpportunityAlert.objects.bulk_create(
                [OpportunityAlert(person=person, opportunity=o) for o in opportunities]
            )
        return claimed

    try:
        # No retry of its own: a failed send rolls the claim back, and the next run sends.
        return send_once(_digest_message(person, shown, page), claim=claim) != ALREADY_SENT
    except Exception:
        logger.exception("Opportunity news to person %s failed; the next run retries", person.pk)
        return False


def _digest_message(person, opportunities, page):
    context = {
        "person": person,
        "opportunities": opportunities,
        "manage_link": page.link_url("you", person, "manage", absolute=True) if page else "",
    }
    return render_email(
        "opportunities/register/emails/digest",
        context,
        to=[person.email],
        language=person.language,
    )


def _translations(opportunities):
    """{(translation key, language): the page an editor translated}: an alias would only
    repeat the original, so people get the original then, in one query for them all."""
    translated = (
        OpportunityPage.objects.live()
        .filter(
            translation_key__in=[o.translation_key for o in opportunities],
            alias_of__isnull=True,
        )
        .exclude(locale=default_locale())
        .select_related("locale")
    )
    return {(page.translation_key, page.locale.language_code): page for page in translated}
