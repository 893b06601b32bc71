"""Builds the demo community forums from the data files in forums/meetings/demo/ (called by
`load_demo_content`, after the opportunities, whose venues and pages it uses).

Dates are set relative to the day it first runs: four past rounds (a year) with what came
of each meeting, and the next round about two weeks ahead, each meeting on a working day
outside the Christmas break (`home.demo_data.event_day`). Each local forum swaps between in
person and online from one round to the next; the evening forum is always online. Points
taken into a project are linked by the projects' demo, which runs next. Existing pages are
never changed."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from home.demo_data import demo_path, event_day, read_constants
from opportunities.models import Venue

from ..outcomes.models import OutcomePoint, PointStatus
from ..outcomes.pages import ForumOutcomePage
from .models import MeetingFormat
from .pages import (
    DevelopmentGroupPapersPage,
    ForumIndexPage,
    ForumPage,
    MeetingPage,
    NewsletterPage,
)

DATA = ["forums.yaml", "rounds.yaml", "papers.yaml", "newsletter.md"]
demo = read_constants(*(demo_path("forums", "meetings", name) for name in DATA))
ROUND_GAP = datetime.timedelta(days=91)
PAST_ROUNDS = 4
NEXT_ROUND_IN_DAYS = 14
# The forums meeting in person in the next round; the others are online. They swap each round.
IN_PERSON_NEXT = {"riverside", "eastbrook", "southgate"}


def build(home, created):
    """Add what is missing; returns the forum index page."""
    index = home.get_children().filter(slug=demo.INDEX["slug"]).specific().first()
    if index is None:
        index = ForumIndexPage(show_in_menus=True, **demo.INDEX)
        home.add_child(instance=index)
        index.save_revision().publish()
        created.append(f"“{index.title}”")

    english = Locale.get_default()
    venues = {venue.name: venue for venue in Venue.objects.filter(locale=english)}
    rounds = round_starts(timezone.localdate())

    meetings_added = outcomes_added = 0
    for number, item in enumerate(demo.FORUMS):
        forum = index.get_children().filter(slug=item["slug"]).specific().first()
        if forum is None:
            forum = ForumPage(
                title=item["title"],
                slug=item["slug"],
                summary=item["summary"],
                who_it_is_for=item["who_it_is_for"],
                how_it_runs=demo.HOW_IT_RUNS,
                facilitated_by=demo.FACILITATED_BY,
            )
            index.add_child(instance=forum)
            forum.save_revision().publish()
            created.append(f"“{forum.title}”")
        existing = set(forum.get_children().values_list("slug", flat=True))
        for round_number, round_start in enumerate(rounds):
            rounds_ago = PAST_ROUNDS - round_number
            day = meeting_day(round_start, number)
            if day.isoformat() in existing:
                continue
            meeting = _meeting(item, number, round_number, rounds_ago, day, venues)
            forum.add_child(instance=meeting)
            meeting.save_revision().publish()
            meetings_added += 1
            if rounds_ago:
                outcome = _outcome(number, round_number, rounds_ago, day)
                meeting.add_child(instance=outcome)
                outcome.save_revision().publish()
                outcomes_added += 1
    if meetings_added:
        created.append(f"{meetings_added} forum meetings")
    if outcomes_added:
        created.append(f"{outcomes_added} forum outcomes")

    _papers(index, rounds, created)
    _newsletter(index, rounds, created)
    return index


def round_starts(today):
    """The first day of each round, oldest first, the last being the next round."""
    next_round = event_day(today + datetime.timedelta(days=NEXT_ROUND_IN_DAYS))
    return [next_round - ROUND_GAP * ago for ago in range(PAST_ROUNDS, -1, -1)]


def meeting_day(round_start, number):
    """The day forum `number` meets in the round: the forums meet two days apart."""
    return event_day(round_start + datetime.timedelta(days=2 * number))


def meeting_times(item, day):
    """When forum `item` meets on `day`: the local forums in the morning, the evening forum
    after work."""
    evening = item["venue"] is None
    start = datetime.time(18, 30) if evening else datetime.time(10, 30)
    starts_at = timezone.make_aware(datetime.datetime.combine(day, start))
    return starts_at, starts_at + datetime.timedelta(hours=2 if evening else 2.5)


def _meeting(item, number, round_number, rounds_ago, day, venues):
    evening = item["venue"] is None
    in_person = not evening and ((item["slug"] in IN_PERSON_NEXT) == (rounds_ago % 2 == 0))
    starts_at, ends_at = meeting_times(item, day)
    where = venues.get(item["venue"]) if in_person else None
    if in_person:
        summary = (
            f"A drop-in meeting at {item['venue']}. Hear trust news, share your views and "
            "raise local problems."
        )
    else:
        summary = (
            "A drop-in meeting online. Hear trust news, share your views and raise local problems."
        )
    return MeetingPage(
        title=f"{item['title']}, {day.day} {day:%B %Y}",
        slug=day.isoformat(),
        summary=summary,
        meeting_format=MeetingFormat.IN_PERSON if in_person and where else MeetingFormat.ONLINE,
        venue=where if in_person else None,
        starts_at=starts_at,
        ends_at=ends_at,
        joining_instructions="" if in_person else demo.JOINING_INSTRUCTIONS,
        joining_link="" if in_person else "https://teams.example.org/forum-meeting",
        what_will_be_discussed=demo.ROUND_TOPICS[round_number] + demo.PART_TWO,
        support_notes=demo.SUPPORT_NOTES,
        host_team="Involvement team",
        contact=item["contact"],
        contact_email="involvement@example.org",
        places=25 if in_person else 30,
    )


def _outcome(number, round_number, rounds_ago, day):
    outcome = ForumOutcomePage(
        title=f"What came of the meeting on {day.day} {day:%B %Y}",
        slug="outcome",
        summary="What people said at this meeting, and how the trust answered.",
        what_happened=demo.WHAT_HAPPENED[round_number],
        attendance=8 + (number * 3 + round_number * 5) % 13,
        written_by=demo.WRITTEN_BY,
    )
    points = []
    for position in range(3):
        item = demo.POINTS[(round_number * 3 + number * 2 + position) % len(demo.POINTS)]
        status, answered_on = _status(number, position, rounds_ago, day)
        points.append(
            OutcomePoint(
                theme=item["theme"],
                what_was_said=item["what_was_said"],
                answered_by=item["answered_by"],
                status=status,
                answer="" if status == PointStatus.AWAITING else item["answer"],
                answered_on=answered_on,
            )
        )
    outcome.points = points
    return outcome


def _status(number, position, rounds_ago, day):
    """A realistic mix: the last rounds still have late answers; the older ones are
    answered, some late."""
    awaiting = (rounds_ago == 1 and position == 2 and number % 2 == 0) or (
        rounds_ago == 2 and position == 2 and number == 1
    )
    if awaiting:
        return PointStatus.AWAITING, None
    weeks = 8 if (rounds_ago == 3 and position == 1 and number == 0) else 3 + position
    return PointStatus.ANSWERED, day + datetime.timedelta(weeks=weeks)


def _document(title, text, filename):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(text.encode()), save=False)
        document.save()
    return document


def _papers(index, rounds, created):
    existing = set(index.get_children().values_list("slug", flat=True))
    for item in demo.PAPERS:
        if item["slug"] in existing:
            continue
        met_on = event_day(rounds[PAST_ROUNDS - item["rounds_ago"]] + datetime.timedelta(days=30))
        paper_title, paper_description = item["paper"]["title"], item["paper"]["description"]
        page = DevelopmentGroupPapersPage(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            met_on=met_on,
            introduction=item["introduction"],
            agenda=_document(f"{item['title']}: agenda", item["agenda"], "agenda.txt"),
            minutes=_document(f"{item['title']}: minutes", item["minutes"], "minutes.txt"),
            papers=[
                {
                    "type": "paper",
                    "value": {
                        "title": paper_title,
                        "description": paper_description,
                        "document": _document(
                            f"{item['title']}: {paper_title}",
                            f"{paper_title}\n\n{paper_description}\n",
                            "paper.txt",
                        ).pk,
                    },
                }
            ],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        created.append(f"“{page.title}”")


def _newsletter(index, rounds, created):
    if index.get_children().filter(slug=demo.NEWSLETTER["slug"]).exists():
        return
    page = NewsletterPage(
        title=demo.NEWSLETTER["title"],
        slug=demo.NEWSLETTER["slug"],
        summary=demo.NEWSLETTER["summary"],
        issued_on=rounds[PAST_ROUNDS - 1] + datetime.timedelta(days=60),
        body=demo.NEWSLETTER["body"],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    created.append(f"“{page.title}”")
