"""A large trust's data on top of the demo, for `make bench` (tests/benchmarks/site_bench.py):
5,000 opportunities (and 200 of them translated into each other language), 20,000 people
on the register, 6 forums with 300 meetings and their outcomes, 2,000 ideas with 200,000
votes in an open round, 300 projects with 3,000 updates, 500 glossary terms.

Each page is a copy of the demo's page of its kind (its words, in its language), numbered,
and written in bulk: the tree's paths are worked out here rather than by `add_child` page
by page, which would take most of an hour. Pages copied this way are live but not in the
search index, and have no revisions: the benchmark reads pages, it does not edit them.

Run as `python -m tests.benchmarks.large_trust` with the site's environment (its
DATABASE_URL and settings); it refuses a database that has no demo content.
"""

import datetime
import os
import random
import sys
import time
import uuid

import django

BATCH = 1000
OPPORTUNITIES = 5000
TRANSLATED_OPPORTUNITIES = 200
PEOPLE = 20000
FORUMS = 6
MEETINGS_PER_FORUM = 50
IDEAS = 2000
VOTES = 200000
PROJECTS = 300
UPDATES_PER_PROJECT = 10
GLOSSARY_TERMS = 500


def copy_pages(parent, template, count, change):
    """`count` live copies of the specific page `template` as the last children of `parent`,
    each passed to `change(copy, number)` before it is written; returns them, saved."""
    from django.db.models import F
    from wagtail.models import Page

    model = type(template)
    now = datetime.datetime.now(datetime.UTC)
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    links = {f.attname for f in model._meta.concrete_fields if f.primary_key or f.one_to_one}
    copies = []
    for number in range(count):
        copy = model(
            **{
                f.attname: getattr(template, f.attname)
                for f in model._meta.concrete_fields
                if f.attname not in links
            }
        )
        change(copy, number)
        copy.path = Page._get_path(parent.path, parent.depth + 1, first_step + number)
        copy.depth, copy.numchild = parent.depth + 1, 0
        copy.url_path = f"{parent.url_path}{copy.slug}/"
        copy.draft_title = copy.title
        copy.locale_id = parent.locale_id
        copy.translation_key = getattr(copy, "translation_key_of", None) or uuid.uuid4()
        copy.live, copy.has_unpublished_changes, copy.locked = True, False, False
        copy.latest_revision_id = copy.live_revision_id = None
        copy.first_published_at = copy.last_published_at = now
        copies.append(copy)
    base_fields = Page._meta.concrete_fields
    for start in range(0, len(copies), BATCH):
        chunk = copies[start : start + BATCH]
        rows = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(c, f.attname) for f in base_fields}) for c in chunk]
        )
        for copy, row in zip(chunk, rows, strict=True):
            for attname in links:
                setattr(copy, attname, row.pk)
        for level in [*reversed(model._meta.get_parent_list()), model]:
            if level is Page:
                continue
            level._base_manager._insert(chunk, fields=level._meta.local_concrete_fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    parent.numchild += count
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        chosen = list(getattr(template, field.name).values_list("pk", flat=True))
        source, target = field.m2m_field_name() + "_id", field.m2m_reverse_field_name() + "_id"
        through.objects.bulk_create(
            [through(**{source: c.pk, target: pk}) for c in copies for pk in chosen],
            batch_size=BATCH,
        )
    return copies


def numbered(title_of, slug_prefix, **fields):
    def change(copy, number):
        copy.title = title_of(copy, number)
        copy.slug = f"{slug_prefix}-{number + 1}"
        for name, value in fields.items():
            setattr(copy, name, value(number) if callable(value) else value)

    return change


def copy_inline(model, template_parent, copies, relation="page"):
    rows = list(model.objects.filter(**{relation: template_parent}))
    fields = [
        f.attname
        for f in model._meta.concrete_fields
        if not f.primary_key and f.attname != f"{relation}_id"
    ]
    made = []
    for copy in copies:
        for row in rows:
            new = model(**{name: getattr(row, name) for name in fields})
            setattr(new, f"{relation}_id", copy.pk)
            if hasattr(new, "translation_key"):
                new.translation_key = uuid.uuid4()
            made.append(new)
    model.objects.bulk_create(made, batch_size=BATCH)
    return len(made)


def seed():
    from django.utils import timezone
    from wagtail.models import Locale

    from forums.ideas.index import IdeaIndexPage
    from forums.ideas.models import VoteMode, VotingRound
    from forums.ideas.pages import IdeaPage
    from forums.ideas.votes import Vote
    from forums.meetings.pages import ForumIndexPage, ForumPage, MeetingPage
    from forums.outcomes.models import OutcomePoint
    from forums.outcomes.pages import ForumOutcomePage
    from forums.projects.models import ProjectAction, ProjectChallenge, ProjectQuote
    from forums.projects.pages import ProjectPage, ProjectUpdatePage
    from glossary.models import GlossaryTerm
    from home import page_cache
    from opportunities.listing.index import OpportunityIndexPage
    from opportunities.listing.pages import OpportunityPage
    from opportunities.register.models import Person

    english = Locale.get_default()
    today = timezone.localdate()
    rng = random.Random(2026)
    counts = {}

    def only(model, locale=english, **filters):
        found = model.objects.filter(locale=locale, **filters).exact_type(model).first()
        if found is None:
            sys.exit(f"No {model.__name__} in {locale}: load the demo content first.")
        return found.specific

    # Opportunities, and some of them in every other language.
    index = only(OpportunityIndexPage)
    template = only(OpportunityPage, closing_date__gte=today)
    opportunities = copy_pages(
        index,
        template,
        OPPORTUNITIES,
        numbered(
            lambda c, n: f"{template.title} ({n + 1})",
            "bench-opportunity",
            closing_date=lambda n: today + datetime.timedelta(days=7 + n % 90),
        ),
    )
    counts["opportunities"] = len(opportunities)
    for locale in Locale.objects.exclude(pk=english.pk):
        local_index = index.get_translation_or_none(locale)
        local_template = template.get_translation_or_none(locale)
        if local_index is None or local_template is None:
            continue

        def translation_of(copy, number, local_template=local_template):
            copy.title = f"{local_template.title} ({number + 1})"
            copy.slug = f"bench-opportunity-{number + 1}"
            copy.translation_key_of = opportunities[number].translation_key
            copy.closing_date = opportunities[number].closing_date

        made = copy_pages(local_index, local_template, TRANSLATED_OPPORTUNITIES, translation_of)
        counts["opportunities"] += len(made)

    # People on the register, confirmed.
    now = timezone.now()
    Person.objects.bulk_create(
        [
            Person(
                name=f"Register member {n + 1}",
                email=f"member{n + 1}@bench.example",
                contact_method="email",
                language=rng.choice(["en-gb", "en-gb", "en-gb", "pl", "ur", "pa", "bn"]),
                online=True,
                confirmed_at=now,
                consent_renewed_at=now,
            )
            for n in range(PEOPLE)
        ],
        batch_size=BATCH,
    )
    counts["register entries"] = PEOPLE

    # Forums, their meetings, and each meeting's outcome with its points.
    forum_index = only(ForumIndexPage)
    forums = list(ForumPage.objects.child_of(forum_index).live().specific())
    if len(forums) < FORUMS:
        forums += copy_pages(
            forum_index,
            forums[0],
            FORUMS - len(forums),
            numbered(lambda c, n: f"{c.title} ({n + 2})", "bench-forum"),
        )
    meeting = only(MeetingPage)
    outcome = only(ForumOutcomePage)
    counts["meetings"] = counts["outcomes"] = counts["outcome points"] = 0
    for forum in forums:
        meetings = copy_pages(
            forum,
            meeting,
            MEETINGS_PER_FORUM,
            numbered(
                lambda c, n: f"{c.title} ({n + 1})",
                "bench-meeting",
                starts_at=lambda n: now - datetime.timedelta(days=7 * (n + 1)),
                ends_at=lambda n: now - datetime.timedelta(days=7 * (n + 1), hours=-2),
                closing_date=lambda n: today - datetime.timedelta(days=7 * (n + 1)),
            ),
        )
        counts["meetings"] += len(meetings)
        for one in meetings:
            made = copy_pages(one, outcome, 1, numbered(lambda c, n: c.title, "outcome"))
            counts["outcomes"] += 1
            counts["outcome points"] += copy_inline(OutcomePoint, outcome, made)

    # Ideas in a round open now, by open voting, with their votes.
    ideas_index = only(IdeaIndexPage)
    voting_round = VotingRound.objects.create(
        index=ideas_index,
        opens_at=now - datetime.timedelta(days=3),
        closes_at=now + datetime.timedelta(days=30),
        mode=VoteMode.OPEN,
    )
    idea = only(IdeaPage)
    ideas = copy_pages(
        ideas_index,
        idea,
        IDEAS,
        numbered(
            lambda c, n: f"{idea.title} ({n + 1})", "bench-idea", voting_round_id=voting_round.pk
        ),
    )
    counts["ideas"] = len(ideas)
    Vote.objects.bulk_create(
        (
            Vote(
                idea_id=ideas[n % IDEAS].pk,
                voting_round=voting_round,
                mode=VoteMode.OPEN,
                voter_key=f"browser:bench-{n}",
            )
            for n in range(VOTES)
        ),
        batch_size=5000,
    )
    counts["votes"] = VOTES

    # Projects, each with its updates, quotes, actions and challenges.
    project = only(ProjectPage)
    update = ProjectUpdatePage.objects.filter(locale=english).first().specific
    projects = copy_pages(
        project.get_parent(),
        project,
        PROJECTS,
        numbered(lambda c, n: f"{project.title} ({n + 1})", "bench-project"),
    )
    for model in (ProjectQuote, ProjectAction, ProjectChallenge):
        copy_inline(model, project, projects)
    counts["projects"] = len(projects)
    counts["project updates"] = 0
    for one in projects:
        made = copy_pages(
            one,
            update,
            UPDATES_PER_PROJECT,
            numbered(
                lambda c, n: f"{update.title} ({n + 1})",
                "update",
                published_on=lambda n: today - datetime.timedelta(days=30 * n),
            )
            if hasattr(update, "published_on")
            else numbered(lambda c, n: f"{update.title} ({n + 1})", "update"),
        )
        counts["project updates"] += len(made)

    # Glossary terms, with a plain definition each.
    GlossaryTerm.objects.bulk_create(
        [
            GlossaryTerm(
                locale=english,
                name=f"Bench term {n + 1}",
                definition=f"A word of the trust's, number {n + 1}, said plainly.",
            )
            for n in range(GLOSSARY_TERMS)
        ],
        batch_size=BATCH,
    )
    counts["glossary terms"] = GLOSSARY_TERMS
    # Whatever was kept before the seed no longer shows what is there.
    page_cache.purge_everything()
    return counts


def main():
    sys.path.insert(0, os.path.join(os.getcwd(), "site"))
    django.setup()
    from django.db import transaction

    started = time.perf_counter()
    with transaction.atomic():
        counts = seed()
    seconds = time.perf_counter() - started
    print(", ".join(f"{count:,} {what}" for what, count in counts.items()))
    print(f"Seeded in {seconds:.0f} s")


if __name__ == "__main__":
    main()
