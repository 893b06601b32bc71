"""The demo tells one story: its events fall on days and at hours the trust would hold them,
each event is listed once, what was "taken into a project" links to a project, the pages say
what really happens next, and the words a reader meets in cards are explained.

Demo checks: they read the demo as loaded, whatever the day it was loaded on (its dates count
from that day, so the rules hold for any day, Christmas included).
"""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Page

from forums.ideas.pages import IdeaPage
from forums.meetings.pages import DevelopmentGroupPapersPage, ForumPage, MeetingPage
from forums.outcomes.models import OutcomePoint, PointStatus
from forums.projects.pages import ProjectPage
from home.working_days import is_bank_holiday
from opportunities.models import OpportunityPage

ENGLISH = {"alias_of": None, "locale__language_code": "en-gb"}
EARLIEST_START = datetime.time(9)
LATEST_START = datetime.time(20)
LATEST_END = datetime.time(21, 30)
# Young people are at school until about half past three on a weekday.
AFTER_SCHOOL = datetime.time(15, 30)


def _day_problems(what, day):
    problems = []
    if day.weekday() >= 5:
        problems.append(f"{what}: on a {day:%A} ({day})")
    if is_bank_holiday(day):
        problems.append(f"{what}: on a bank holiday ({day})")
    return problems


def _event_problems(page):
    what = f"“{page.title}”"
    start = timezone.localtime(page.starts_at)
    problems = _day_problems(what, start.date())
    if not EARLIEST_START <= start.time() <= LATEST_START:
        problems.append(f"{what}: starts at {start:%H:%M}")
    if page.ends_at:
        end = timezone.localtime(page.ends_at)
        if end <= start or end.date() != start.date() or end.time() > LATEST_END:
            problems.append(f"{what}: {start:%d %b %H:%M} to {end:%d %b %H:%M}")
    if page.for_young_people and start.weekday() < 5 and start.time() < AFTER_SCHOOL:
        problems.append(f"{what}: for young people at {start:%H:%M} on a {start:%A}")
    return problems


@pytest.mark.django_db
def test_demo_events_are_on_working_days_at_sensible_hours(demo_site):
    problems = []
    for page in OpportunityPage.objects.filter(**ENGLISH).exclude(starts_at=None):
        problems += _event_problems(page.specific)
    for papers in DevelopmentGroupPapersPage.objects.filter(**ENGLISH):
        problems += _day_problems(f"“{papers.title}”", papers.met_on)
    assert problems == []


@pytest.mark.django_db
def test_demo_lists_each_forum_meeting_once(demo_site):
    """A forum's meetings are its meeting pages; an opportunity that names a forum and a time
    of its own would be the same meeting twice, at another time."""
    opportunities = OpportunityPage.objects.filter(**ENGLISH).exact_type(OpportunityPage)
    forum_words = [
        forum.title.removesuffix(" community forum").removesuffix(" forum").lower()
        for forum in ForumPage.objects.filter(**ENGLISH)
    ]
    doubles = [
        page.title
        for page in opportunities.exclude(starts_at=None)
        if "forum" in page.title.lower()
        and any(word in page.title.lower() for word in forum_words)
    ]
    assert doubles == []
    # Nor is any event listed twice under two pages at the same time.
    seen = {}
    for page in OpportunityPage.objects.filter(**ENGLISH).exclude(starts_at=None):
        seen.setdefault((page.title.split(",")[0], page.starts_at), []).append(page.url_path)
    assert [paths for paths in seen.values() if len(paths) > 1] == []


@pytest.mark.django_db
def test_what_went_into_a_project_links_to_a_project(demo_site):
    project_ids = set(ProjectPage.objects.values_list("pk", flat=True))
    points = OutcomePoint.objects.filter(status=PointStatus.PROJECT, page__alias_of=None)
    assert points.exists()
    wrong = [
        (point.theme, Page.objects.get(pk=point.link_page_id).url_path)
        for point in points
        if point.link_page_id not in project_ids
    ]
    assert wrong == []
    ideas = IdeaPage.objects.filter(**ENGLISH).exclude(project=None)
    assert ideas.exists()
    assert [idea.title for idea in ideas if idea.project_id not in project_ids] == []


@pytest.mark.django_db
def test_a_forum_meeting_page_says_what_the_forums_promise(client, demo_site):
    """The forums say "just register and come along": a meeting's form must not say we will
    contact you to talk it through first, as an interview panel's does."""
    meeting = MeetingPage.objects.filter(**ENGLISH, starts_at__gt=timezone.now()).first()
    html = client.get(meeting.url).content.decode()
    assert "talk it through first" not in html
    forums = client.get("/en-gb/community-forums/").content.decode()
    assert "Just register and come along" in forums


# Card words that are explained by a glossary entry the marking links (its first use on a
# page), and words that should not be there at all: plainer ones say the same.
GLOSSARY_WORDS = ["BSL", "A&E", "Triangle of Care", "Development Group", "co-chair"]
NEVER = [re.compile(r"\bAtom\b"), re.compile(r"\.ics\b"), re.compile(r"\bTXT\b")]


def _public_pages(client):
    paths = ["/en-gb/", "/en-gb/community-forums/", "/en-gb/other-formats/"]
    paths += [f"/en-gb/get-involved/?page={number}" for number in (1, 2, 3)]
    paths += ["/en-gb/improvement-ideas/", "/en-gb/you-said-we-are-doing/"]
    paths += [page.url for page in DevelopmentGroupPapersPage.objects.filter(**ENGLISH)]
    paths += [page.url for page in ForumPage.objects.filter(**ENGLISH)[:1]]
    for path in paths:
        response = client.get(path, follow=True)
        if response.status_code == 200:
            yield path, BeautifulSoup(response.content.decode(), "html.parser").find("main")


@pytest.mark.django_db
def test_words_in_cards_are_explained(client, demo_site):
    unexplained = []
    checked = 0
    for path, main in _public_pages(client):
        checked += 1
        text = " ".join(main.get_text(" ").split())
        unexplained += [f"{path}: {never.pattern}" for never in NEVER if never.search(text)]
        marked = {
            " ".join(link.get_text(" ").split()).lower()
            for link in main.select("a.involve-term__link")
        }
        for card in main.select(".nhsuk-card"):
            card_text = " ".join(card.get_text(" ").split())
            for word in GLOSSARY_WORDS:
                if re.search(rf"(?i)(?<![\w-]){re.escape(word)}(?![\w-])", card_text) and not any(
                    word.lower() in found for found in marked
                ):
                    unexplained.append(f"{path}: {word} in “{card_text[:60]}…”")
    assert checked >= 8
    assert sorted(set(unexplained)) == []


@pytest.mark.django_db
def test_the_home_page_leads_to_forums_ideas_and_projects(client, demo_site):
    main = BeautifulSoup(client.get("/en-gb/").content.decode(), "html.parser").find("main")
    links = {link["href"] for link in main.select(".nhsuk-card a[href]")}
    for path in ("/community-forums/", "/improvement-ideas/", "/you-said-we-are-doing/"):
        assert any(href.endswith(path) for href in links), path
