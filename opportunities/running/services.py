"""What the host does from an activity's page: mark who came (written to each person's
activity record on the register), note a phone call, message everyone holding a place.
The page (`views`), the demo and the tests do these through here."""

import datetime

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Locale

from ..listing.pages import OpportunityPage
from ..register.models import ActivityRecord
from ..registrations.models import Registration, host_teams_of
from .events import attendance_marked
from .models import ActivityMessage
from .tasks import send_activity_message

RANG_ACTION = "opportunities.rang"
ATTENDANCE_ACTION = "opportunities.mark_attendance"
MESSAGE_ACTION = "opportunities.message_registered"


def may_run(user, opportunity):
    """The involvement team (who see every registration) or a member of the activity's
    own host team; nobody else, whatever else they may edit."""
    if not user.is_active:
        return False
    if user.has_perm("opportunities.view_registration"):
        return True
    if opportunity.host_group_id is None:
        return False
    if not hasattr(user, "_host_team_ids"):
        user._host_team_ids = set(host_teams_of(user).values_list("pk", flat=True))
    return opportunity.host_group_id in user._host_team_ids


def activities_for(user):
    """The opportunities `user` may run (`may_run`), in the default language, with how many
    hold a place and wait: the soonest first, those without a date after them, those over
    more than a week ago left out. One query."""
    holding = Q(
        registrations__anonymised_at=None,
        registrations__status__in=Registration.Status.holding_a_place(),
    )
    activities = (
        OpportunityPage.objects.filter(locale=Locale.get_default())
        .exclude(starts_at__lt=timezone.now() - datetime.timedelta(days=7))
        .annotate(
            coming=Count(
                "registrations", filter=holding & Q(registrations__on_waiting_list=False)
            ),
            waiting=Count(
                "registrations", filter=holding & Q(registrations__on_waiting_list=True)
            ),
        )
        .order_by(F("starts_at").asc(nulls_last=True), "title")
    )
    if not user.has_perm("opportunities.view_registration"):
        activities = activities.filter(host_group__in=host_teams_of(user))
    return activities


def mark_attendance(opportunity, attended_ids, user, today=None):
    """The registrations holding a place here that are ticked (`attended_ids`) attended;
    any marked before and now unticked did not. Each person on the register who came has
    one activity record for it; unticking takes it away. `events.attendance_marked` tells
    the features built on this one (payments invites each to claim). Returns how many
    attended; nobody attends an activity that has not started (found in the manual run: a
    panel next week could be marked as attended and written on people's records)."""
    if not opportunity.is_over:
        return 0
    holding = Registration.objects.holding_a_place().filter(opportunity=opportunity)
    attended_ids = {int(pk) for pk in attended_ids}
    day = timezone.localdate(opportunity.starts_at) if opportunity.starts_at else None
    day = day or today or timezone.localdate()
    with transaction.atomic():
        came = list(holding.filter(pk__in=attended_ids))
        not_came = list(
            holding.filter(status=Registration.Status.ATTENDED).exclude(pk__in=attended_ids)
        )
        holding.filter(pk__in=[r.pk for r in came]).update(status=Registration.Status.ATTENDED)
        holding.filter(pk__in=[r.pk for r in not_came]).update(
            status=Registration.Status.CONFIRMED
        )
        people = {r.person_id for r in came if r.person_id}
        recorded = set(
            ActivityRecord.objects.filter(
                opportunity=opportunity, person_id__in=people
            ).values_list("person_id", flat=True)
        )
        ActivityRecord.objects.bulk_create(
            [
                ActivityRecord(
                    person_id=person_id,
                    opportunity=opportunity,
                    description=opportunity.title[:200],
                    took_part_on=day,
                )
                for person_id in sorted(people - recorded)
            ]
        )
        ActivityRecord.objects.filter(
            opportunity=opportunity,
            person_id__in={r.person_id for r in not_came if r.person_id} - people,
        ).delete()
        attendance_marked.send(
            sender=OpportunityPage,
            opportunity=opportunity,
            attended=[r.pk for r in came],
            unmarked=[r.pk for r in not_came],
        )
        log(
            instance=opportunity,
            action=ATTENDANCE_ACTION,
            user=user,
            data={"attended": len(came), "unmarked": len(not_came)},
        )
    return len(came)


def note_call(registration, outcome, user):
    """That staff rang someone, and what came of it, in the registration's history (the
    audit log): anonymising the registration clears it with the rest."""
    log(instance=registration, action=RANG_ACTION, user=user, data={"outcome": outcome})


def message_everyone(opportunity, subject, body, user):
    """Email everyone holding a place (and giving an address), after the commit. Returns
    the message and how many it goes to."""
    message = ActivityMessage.objects.create(
        opportunity=opportunity, subject=subject, body=body, sent_by=user
    )
    count = (
        Registration.objects.holding_a_place()
        .filter(opportunity=opportunity, anonymised_at=None)
        .exclude(email="")
        .count()
    )
    log(instance=opportunity, action=MESSAGE_ACTION, user=user, data={"recipients": count})
    transaction.on_commit(lambda: send_activity_message.enqueue(message.pk))
    return message, count
