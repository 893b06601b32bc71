"""What can be done with projects, whoever asks: keeping each target date that moves,
following a project (from the public form, by private link or from the involvement
register's private page) and leaving it, and gathering what people said that led to a
project (forum points and improvement ideas).
The pages, the register's section (wagtail_hooks.py), the demo and the tests call these.

Imports: models and tasks of this package; lower features' models and pages; home."""

import dataclasses
import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from home.languages import is_original, locale_language_code
from home.translation import content_languages

from ..ideas.pages import IdeaPage
from ..meetings.pages import MeetingPage
from ..outcomes.models import OutcomePoint
from .models import ProjectFollower, TargetDateChange, promised_target_dates
from .tasks import send_follow_confirmation
from .tokens import FOLLOWER_LINKS

# Target dates: a date the trust gave is never edited away.


def record_target_date_changes(project, actions=None):
    """Keep every target date that the save about to happen moves: one `TargetDateChange`
    per action of `project` whose published date differs from its date in `actions` (the
    page's actions as they are about to be saved; the page's own by default), with the
    action's reason. Only for the original project (its translations and aliases repeat
    its dates) once it has been published. Returns the changes made."""
    if not project.pk or not is_original(project):
        return []
    promised = promised_target_dates(project)
    if not promised:
        return []
    actions = project.actions.all() if actions is None else actions
    changes = [
        TargetDateChange(
            project=project,
            action_key=action.translation_key,
            action=action.action,
            old_date=promised[action.translation_key],
            new_date=action.target_date,
            reason=(action.date_change_reason or "").strip(),
            language=locale_language_code(project.locale_id),
            revision_id=project.live_revision_id,
        )
        for action in actions
        if action.translation_key in promised
        and action.target_date
        and action.target_date != promised[action.translation_key]
    ]
    return TargetDateChange.objects.bulk_create(changes) if changes else []


def attach_date_history(actions):
    """Give each action its `date_changes`, oldest first, in any language (they are found
    by the action's translation key): one query, whatever the number of actions."""
    actions = list(actions)
    by_key = {}
    for change in TargetDateChange.objects.filter(
        action_key__in={action.translation_key for action in actions}
    ).order_by("changed_at", "pk"):
        by_key.setdefault(change.action_key, []).append(change)
    for action in actions:
        action.date_changes = by_key.get(action.translation_key, [])
    return actions


# Following


def start_following(project, email, language, person=None, confirmed=False):
    """The follow of `project` by `email`, made once whatever the number of submits."""
    with transaction.atomic():
        follower = ProjectFollower.objects.filter(project=project, email=email).first()
        if follower is None:
            try:
                with transaction.atomic():
                    follower = ProjectFollower.objects.create(
                        project=project,
                        email=email,
                        language=language,
                        person=person,
                        confirmed_at=timezone.now() if confirmed else None,
                    )
            except IntegrityError:
                follower = ProjectFollower.objects.get(project=project, email=email)
        elif confirmed and follower.confirmed_at is None:
            follower.confirmed_at = timezone.now()
            follower.person = person
            follower.save(update_fields=["confirmed_at", "person"])
    return follower


def ask_to_follow(project, email, language):
    """The public form: a follow waiting for its confirmation link, which is sent after the
    commit (unless the address already follows)."""
    follower = start_following(project.original, email.strip().lower(), language)
    if follower.confirmed_at is None:
        transaction.on_commit(lambda: send_follow_confirmation.enqueue(follower.pk))
    return follower


def confirm_following(follower):
    if follower.confirmed_at is None:
        follower.confirmed_at = timezone.now()
        follower.save(update_fields=["confirmed_at"])
    return follower


def follower_from_link(project, token, purpose):
    """(the follower of `project` a private link names, None) or (None, what is wrong with
    the link: "expired", "invalid" or "gone")."""
    followers = ProjectFollower.objects.filter(project__translation_key=project.translation_key)
    return FOLLOWER_LINKS.find(followers, token, purpose)


def stop_following(project=None, email=None, follower=None, public_id=None):
    """Leave: delete the follow (by its row, its public id, or project and address) at once.
    Returns how many follows went (leaving twice is fine)."""
    if follower is not None:
        return follower.delete()[0]
    if public_id is not None:
        return ProjectFollower.objects.filter(public_id=public_id).delete()[0]
    return ProjectFollower.objects.filter(project=project, email=email).delete()[0]


# Following from the involvement register's private page. The person confirmed their email
# when they joined, so a follow made there needs no second email ("automatic for people on
# the register who choose it"). Offered to the page by `ProjectFollowsSection`.


def register_follows(person):
    """(projects the person follows, projects they could follow), in the default language:
    one query."""
    if not person.is_registered or not person.email:
        return [], []
    projects = list(
        project_page_model()
        .objects.live()
        .public()
        .filter(
            locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE),
            alias_of=None,
        )
        .annotate(
            followed=Exists(
                ProjectFollower.objects.confirmed().filter(project=OuterRef("pk"), person=person)
            )
        )
        .order_by("title")
    )
    return (
        [project for project in projects if project.followed],
        [project for project in projects if not project.followed],
    )


def handle_register_follow(person, action, project_id):
    """A "follow" or "unfollow" button on the private page. Returns a message, or None
    when the action is not one of ours."""
    if action not in {"follow", "unfollow"} or not person.is_registered or not person.email:
        return None
    project = (
        project_page_model()
        .objects.live()
        .filter(pk=project_id if str(project_id).isdigit() else None)
        .first()
    )
    if project is None:
        return _("Choose a project to follow.")
    if action == "follow":
        start_following(project, person.email, person.language, person=person, confirmed=True)
        return _("You are following “%(title)s”. We will email you each update.") % {
            "title": project.title
        }
    stop_following(project=project, email=person.email)
    return _("You will get no more updates on “%(title)s”.") % {"title": project.title}


def project_page_model():
    """ProjectPage, by name: the page types (pages.py) sit above the services."""
    return ProjectFollower._meta.get_field("project").related_model


# What people said


@dataclasses.dataclass
class SaidItem:
    """One thing people said that led to a project, from whatever place they said it: a
    forum point today, an improvement idea once ideas exist. Plain values only, so the
    template shows every kind the same way."""

    kind: str  # "forum_point" or "idea"
    kind_label: str
    title: str
    url: str
    what_was_said: str
    date: datetime.date | None
    source: str  # where it was said, for example the forum's meeting
    # The languages the words are in (title and what was said; source), so the template can
    # tag those not in the reader's language.
    language: str = ""
    source_language: str = ""


def you_said_items(project):
    """What people said that led here, as plain `SaidItem`s, oldest first.

    The forum points whose "where it went" is this project, and the improvement ideas
    taken forward into it."""
    # The two languages are looked up once for both kinds.
    active, default = Locale.get_active(), Locale.get_default()
    items = _points_said(project, active, default) + _ideas_said(project, active, default)
    items.sort(key=lambda item: item.date or datetime.date.min)
    return items


def _points_said(project, active, default):
    """Forum points linked to this project, in the reader's language where the outcome
    is translated, else in the default language: two queries."""
    points = list(
        OutcomePoint.objects.filter(
            page__live=True,
            link_page__translation_key=project.translation_key,
            locale__in={active.pk, default.pk},
        )
        .select_related("page")
        .order_by("pk")
    )
    chosen = {}
    for point in points:
        if point.translation_key not in chosen or point.locale_id == active.pk:
            chosen[point.translation_key] = point
    meetings = {
        meeting.path: meeting
        for meeting in MeetingPage.objects.filter(
            path__in={point.page.path[: -point.page.steplen] for point in chosen.values()}
        )
    }
    # A point is in its outcome page's words (an alias's points are English copies).
    languages = content_languages([point.page for point in chosen.values()])
    meeting_languages = content_languages(list(meetings.values()))
    items = []
    for point in chosen.values():
        meeting = meetings.get(point.page.path[: -point.page.steplen])
        items.append(
            SaidItem(
                kind="forum_point",
                kind_label=str(_("Raised at a community forum")),
                title=point.theme,
                url=point.page.url or "",
                what_was_said=point.what_was_said,
                date=timezone.localtime(meeting.starts_at).date()
                if meeting and meeting.starts_at
                else None,
                source=meeting.title if meeting else point.page.title,
                language=languages.get(point.page.pk) or "",
                source_language=meeting_languages.get(meeting.pk, "") if meeting else "",
            )
        )
    return items


def _ideas_said(project, active, default):
    """Improvement ideas taken into this project (their `project` is this page in any
    language), in the reader's language where translated, else in the default
    language: one query."""
    ideas = list(
        IdeaPage.objects.live()
        .filter(
            project__translation_key=project.translation_key,
            locale__in={active.pk, default.pk},
        )
        .order_by("pk")
    )
    chosen = {}
    for idea in ideas:
        if idea.translation_key not in chosen or idea.locale_id == active.pk:
            chosen[idea.translation_key] = idea
    languages = content_languages(list(chosen.values()))
    return [
        SaidItem(
            kind="idea",
            kind_label=str(_("Suggested as an improvement idea")),
            title=idea.title,
            url=idea.url or "",
            what_was_said=idea.what,
            date=timezone.localtime(idea.first_published_at).date()
            if idea.first_published_at
            else None,
            source=str(idea.get_source_display()),
            language=languages.get(idea.pk, ""),
        )
        for idea in chosen.values()
    ]
