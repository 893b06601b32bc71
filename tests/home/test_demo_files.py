"""Every demo data file (`<app>/**/demo/*.yaml` and `*.md`) parses, has the keys and types its
builder needs, uses only values the models allow, and points only at things the other demo
files define. Its prose is held to the NHS style here too, read from the files directly.

No database: the models are read for their fields and choices only, so a mistake in a data
file fails in a second, naming the file and the key, instead of half-way through the loader.
"""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

from forums.taxonomy import ACROSS_THE_TRUST, IDEA_SERVICES
from glossary.plain_english import (
    MAX_SENTENCE_WORDS,
    WELL_KNOWN,
    check_html,
    median,
)
from home.demo_data import demo_path, read_markdown, read_page, read_yaml
from home.management.commands.load_demo_content import demo_modules

from .demo_schema import Blocks, BoolFields, Checker, Choice, Opt, Record, Ref


def page(label, required=("title", "slug", "summary"), **extra):
    return Record(label, required, extra)


TEXTS = [str]
FILES = {
    ("home", "site.yaml"): {
        "organisation": Record("home.OrganisationSettings", ["name", "phone", "email"]),
        "home": Record(
            "home.HomePage",
            ["hero_heading", "introduction"],
            {"call_to_action_page": Ref("top page"), "cards": [Ref("top page")]},
        ),
    },
    ("opportunities", "listing", "taxonomy.yaml"): {
        "topics": [Record("opportunities.Topic", ["slug", "name"])],
        "areas": [Record("opportunities.Area", ["slug", "name"])],
        "venues": [
            Record("opportunities.Venue", ["slug", "name", "address"], {"slug": str}),
        ],
    },
    ("opportunities", "listing", "opportunities.yaml"): {
        "index": page("opportunities.OpportunityIndexPage"),
        "opportunities": [
            Record(
                "opportunities.OpportunityPage",
                ["title", "slug", "summary", "kind", "closes_in_days"],
                {
                    "topics": [Ref("topic")],
                    "areas": [Ref("area")],
                    "venue": Ref("venue"),
                    "starts_in_days": int,
                    "start_time": str,
                    "duration_hours": float,
                    "closes_in_days": int,
                    "what_you_would_do": TEXTS,
                    "can_influence": TEXTS,
                    "cannot_influence": TEXTS,
                    "what_happened_next": str,
                    "payment_level": Ref("payment level"),
                },
            )
        ],
    },
    ("opportunities", "payments", "payments.yaml"): {
        "levels": [Record("opportunities.PaymentLevel", ["name", "role"])],
        "advice": Record("opportunities.BenefitsAdvice", ["warning", "where_to_get_advice"]),
        "settings": Record("opportunities.PaymentSettings"),
        "page": page("opportunities.PaymentsPage", introduction=str),
        "activity": Ref("project or opportunity"),
        "claims": [
            Record("opportunities.ExpenseClaim", ["name", "status"], {"receipt": bool}),
        ],
    },
    ("opportunities", "running", "people.yaml"): {
        "activity": Ref("project or opportunity"),
        "people": [
            Record(
                "opportunities.Registration",
                ["name", "phone", "contact_method"],
            )
        ],
    },
    ("opportunities", "register", "register.yaml"): {
        "page": page("opportunities.RegisterPage"),
        "people": [
            {
                "name": str,
                "relationship": Choice("opportunities.Person", "relationship"),
                "ways": Opt(
                    BoolFields(
                        "opportunities.Person", ["online", "in_person", "by_phone", "on_paper"]
                    )
                ),
                "roles": Opt(
                    BoolFields(
                        "opportunities.Person",
                        [
                            "reading_groups",
                            "interview_panels",
                            "committees",
                            "peer_support",
                            "training",
                        ],
                    )
                ),
                "topics": Opt([Ref("topic")]),
                "areas": Opt([Ref("area")]),
                "equality": Opt(Record("opportunities.EqualityMonitoring")),
            }
        ],
    },
    ("forums", "meetings", "forums.yaml"): {
        "index": page("forums.ForumIndexPage"),
        "how_it_runs": str,
        "facilitated_by": str,
        "forums": [
            {
                "title": str,
                "slug": str,
                "summary": str,
                "who_it_is_for": str,
                "venue": Ref("venue name"),
                "contact": str,
            }
        ],
    },
    ("forums", "meetings", "rounds.yaml"): {
        "round_topics": TEXTS,
        "part_two": str,
        "joining_instructions": str,
        "support_notes": str,
        "points": [{"theme": str, "what_was_said": str, "answered_by": str, "answer": str}],
        "what_happened": TEXTS,
        "written_by": str,
    },
    ("forums", "meetings", "papers.yaml"): {
        "papers": [
            Record(
                "forums.DevelopmentGroupPapersPage",
                ["title", "slug", "summary", "rounds_ago", "agenda", "minutes", "paper"],
                {
                    "rounds_ago": int,
                    "agenda": str,
                    "minutes": str,
                    "paper": {"title": str, "description": str},
                },
            )
        ],
    },
    ("forums", "ideas", "ideas.yaml"): {
        "index": page("forums.IdeaIndexPage"),
        "settings": Record("forums.IdeaSettings"),
        "open_reason": str,
        "considering": str,
        "reasons": {
            status: Opt(str) for status in Choice("forums.IdeaStatusChange", "status").values()
        },
        "closed_round": [
            Record(
                "forums.IdeaPage",
                ["title", "what", "theme", "votes"],
                {
                    "theme": Ref("topic"),
                    "service": Ref("idea service"),
                    "votes": int,
                    "then": [(Choice("forums.IdeaStatusChange", "status"), int)],
                    "project": Ref("project or opportunity"),
                },
            )
        ],
        "open_round": [
            Record(
                "forums.IdeaPage",
                ["title", "what", "theme", "votes"],
                {"theme": Ref("topic"), "service": Ref("idea service"), "votes": int},
            )
        ],
    },
    ("forums", "projects", "projects.yaml"): {
        "index": page("forums.ProjectIndexPage"),
        "services": [Record("forums.Service", ["slug", "name"])],
        "projects": [
            Record(
                "forums.ProjectPage",
                ["title", "slug", "summary", "service", "you_said", "actions", "updates"],
                {
                    "service": Ref("service"),
                    "themes": [Ref("topic")],
                    "forum_themes": [Ref("forum point theme")],
                    "quotes": [{"quote": str, "said_by": str}],
                    "actions": [
                        Record(
                            "forums.ProjectAction",
                            ["action", "target"],
                            {"target": int, "done": int, "moved_from": int, "moved_because": str},
                        )
                    ],
                    "challenges": [
                        {"what": str, "since": int, "doing": str, "resolved": Opt(int)}
                    ],
                    "updates": [
                        {"title": str, "days": int, "by": str, "summary": str, "body": str}
                    ],
                },
            )
        ],
    },
    ("forums", "feedback", "feedback.yaml"): [
        {
            "quarter": str,
            "day": int,
            "service": Ref("feedback service"),
            "language": Ref("language"),
            "channel": Choice("forums.ServiceFeedback", "channel"),
            "status": Choice("forums.ServiceFeedback", "status"),
            "experience": str,
            "improvement": str,
        }
    ],
    ("forums", "feedback", "page.yaml"): {
        "page": page("forums.FeedbackPage", introduction=str),
    },
    ("forums", "told_us", "page.yaml"): {
        "title": str,
        "slug": str,
        "summary": str,
        "introduction": str,
        "answers": [
            {
                "theme": Ref("demo theme"),
                "theme_name": str,
                "answer": str,
                "link": {"index": str, "slug": str},
            }
        ],
    },
    ("forums", "themes", "themes.yaml"): {
        "names": [{"name": str, "example": str}],
        "split": [{"name": str, "from": Ref("demo theme"), "examples": TEXTS}],
        "merge": [{"example": str, "into": Ref("demo theme")}],
        "reject": TEXTS,
    },
    ("glossary", "terms.yaml"): {
        "page": page("glossary.GlossaryPage"),
        "terms": [
            {
                "name": str,
                "definition": str,
                "explanation": Opt(str),
                "other_forms": Opt(TEXTS),
                "abbreviations": Opt(TEXTS),
                "not_inside": Opt(TEXTS),
                "related": Opt([Ref("term")]),
            }
        ],
        "plainer_words": dict,
    },
    ("glossary", "toolkits.yaml"): {
        "index": page("glossary.ToolkitIndexPage"),
        "self_assessment": page(
            "glossary.SelfAssessmentPage",
            sections=[
                {
                    "heading": str,
                    "question": str,
                    "levels": {f"level_{n}": str for n in range(4)},
                    "statements": TEXTS,
                }
            ],
        ),
    },
}
MARKDOWN = {
    ("home", "*.md"): page("home.ContentPage", body=Blocks("home.ContentPage")),
    ("forums", "meetings", "newsletter.md"): page(
        "forums.NewsletterPage", body=Blocks("forums.NewsletterPage")
    ),
    ("glossary", "toolkits/*.md"): page(
        "glossary.ToolkitPage", body=Blocks("glossary.ToolkitPage")
    ),
}


def paths(key):
    path = demo_path(*key)
    return sorted(path.parent.glob(path.name))


def name(path):
    return str(Path(path).relative_to(Path(apps.get_app_config("home").path).parent))


def load_all():
    """{file name: (its data, its schema)} for every demo file."""
    loaded = {}
    for key, schema in FILES.items():
        for path in paths(key):
            loaded[name(path)] = (read_yaml(path), schema)
    for key, schema in MARKDOWN.items():
        for path in paths(key):
            loaded[name(path)] = (read_page(path), schema)
    return loaded


def test_every_demo_file_is_known_to_this_test():
    """A new data file needs a schema here (and a builder that reads it)."""
    known = {name(path) for key in [*FILES, *MARKDOWN] for path in paths(key)}
    on_disk = {
        name(path)
        for config in apps.get_app_configs()
        if config.name in {"home", "opportunities", "forums", "glossary"}
        for path in Path(config.path).glob("**/demo/**/*")
        # The translations have a check of their own (test_demo_translation_files.py).
        if path.is_file() and "translations" not in path.relative_to(config.path).parts
    }
    assert on_disk - known == set()
    assert len(known) == 35


def defined_names(loaded):
    """What the files define, by kind, for the cross-references."""

    def data(*key):
        return loaded[name(demo_path(*key))][0]

    taxonomy = data("opportunities", "listing", "taxonomy.yaml")
    top = [
        data("opportunities", "listing", "opportunities.yaml")["index"]["slug"],
        data("opportunities", "register", "register.yaml")["page"]["slug"],
        data("forums", "meetings", "forums.yaml")["index"]["slug"],
        data("forums", "projects", "projects.yaml")["index"]["slug"],
        data("forums", "ideas", "ideas.yaml")["index"]["slug"],
        data("forums", "feedback", "page.yaml")["page"]["slug"],
        data("glossary", "terms.yaml")["page"]["slug"],
        data("glossary", "toolkits.yaml")["index"]["slug"],
        *(read_markdown(path)[0]["slug"] for path in paths(("home", "*.md"))),
    ]
    projects = data("forums", "projects", "projects.yaml")["projects"]
    opportunities = data("opportunities", "listing", "opportunities.yaml")["opportunities"]
    return {
        "topic": {item["slug"] for item in taxonomy["topics"]},
        "area": {item["slug"] for item in taxonomy["areas"]},
        "venue": {item["slug"] for item in taxonomy["venues"]},
        "venue name": {item["name"] for item in taxonomy["venues"]},
        "service": {
            item["slug"] for item in data("forums", "projects", "projects.yaml")["services"]
        },
        # Ideas name their service by the former choice values (`service_for` maps them);
        # the whole trust is the default, so it is left out of the data.
        "idea service": set(IDEA_SERVICES) - {ACROSS_THE_TRUST},
        # Feedback may be about the whole trust, so it names it.
        "feedback service": set(IDEA_SERVICES),
        "language": {code for code, _name in settings.LANGUAGES},
        "demo theme": {
            item["name"]
            for key in ("names", "split")
            for item in data("forums", "themes", "themes.yaml")[key]
        },
        "forum point theme": {
            item["theme"] for item in data("forums", "meetings", "rounds.yaml")["points"]
        },
        "term": {item["name"] for item in data("glossary", "terms.yaml")["terms"]},
        "top page": set(top),
        "project or opportunity": {item.get("slug") for item in projects + opportunities},
        "payment level": {
            item["name"] for item in data("opportunities", "payments", "payments.yaml")["levels"]
        },
    }


def test_demo_files_have_the_keys_types_and_choices_their_builders_need():
    checker = Checker()
    loaded = load_all()
    for file, (data, schema) in loaded.items():
        checker.check(file, data, schema)
    names = defined_names(loaded)
    for where, kind, value in checker.refs:
        if value not in names[kind]:
            checker.error(where, f"{value!r} is no {kind} defined in the demo files")
    assert checker.errors == [], "\n".join(checker.errors)


RATES = ("hourly_rate", "session_rate", "day_rate")


def test_paid_opportunities_pick_a_level_with_a_rate():
    """A rate is an amount for a unit on the opportunity's payment level, so each language
    shows it in its own form; an opportunity that pays expenses only picks no level that
    pays for time."""
    levels = read_yaml(demo_path("opportunities", "payments", "payments.yaml"))["levels"]
    pays_for_time = {item["name"]: any(rate in item for rate in RATES) for item in levels}
    assert sorted(pays_for_time.values()) == [False, True, True]
    path = demo_path("opportunities", "listing", "opportunities.yaml")
    for item in read_yaml(path)["opportunities"]:
        paid = item.get("payment") == "paid"
        assert paid == pays_for_time.get(item.get("payment_level"), False), item["slug"]


def test_slugs_are_unique_where_the_builders_look_them_up():
    loaded = load_all()
    problems = []
    for file, (data, _schema) in loaded.items():
        for key, items in data.items() if isinstance(data, dict) else []:
            if isinstance(items, list) and items and isinstance(items[0], dict):
                slugs = [item["slug"] for item in items if "slug" in item]
                duplicates = {slug for slug in slugs if slugs.count(slug) > 1}
                if duplicates:
                    problems.append(f"{file}: {key}: slugs used twice: {sorted(duplicates)}")
    top = [read_markdown(path)[0]["slug"] for path in paths(("home", "*.md"))]
    assert len(top) == len(set(top))
    assert problems == []


def test_the_markdown_files_hold_only_what_the_reader_understands():
    """A stray fence or front-matter line would otherwise end up as a paragraph of text."""
    problems = []
    for key in MARKDOWN:
        for path in paths(key):
            for block in read_page(path)["body"]:
                if block["type"] == "rich_text" and re.search(r"<p>(```|---|#)", block["value"]):
                    problems.append(f"{name(path)}: {block['value'][:60]!r}")
    assert problems == []


# ---- plain English, on the prose files themselves


# Keys of block values that hold settings, not words.
NOT_PROSE = {"type", "heading_level", "heading_size", "column", "url", "document", "label"}


def html_of(value):
    """The text of a block's or a field's value as HTML: rich text as it is, plain text as
    a paragraph."""
    if isinstance(value, dict):
        return "".join(html_of(item) for key, item in value.items() if key not in NOT_PROSE)
    if isinstance(value, list):
        return "".join(html_of(item) for item in value)
    if not isinstance(value, str) or not value.strip():
        return ""
    return value if value.lstrip().startswith("<") else f"<p>{value}</p>"


def prose_files():
    """{file: its prose as HTML}: each Markdown page (title, summary and body), and each
    text field of the YAML files."""
    prose = {}
    for key in MARKDOWN:
        for path in paths(key):
            fields = read_page(path)
            texts = [f"<h1>{fields['title']}</h1>", html_of(fields["summary"])]
            texts += [html_of(block["value"]) for block in fields["body"]]
            prose[name(path)] = "".join(texts)
    return prose


@pytest.fixture(scope="module")
def known_abbreviations():
    terms = read_yaml(demo_path("glossary", "terms.yaml"))["terms"]
    return {a for term in terms for a in term.get("abbreviations", [])} | WELL_KNOWN


def test_prose_files_are_plain_english(known_abbreviations):
    """As the NHS style asks, and as tests/glossary/test_demo_style.py checks the pages the
    loader makes: no file at LIX 45 or more and a median under 35, 95% of sentences of 20
    words or fewer, no unexplained abbreviation."""
    reports = {
        file: check_html(html, {}, known_abbreviations) for file, html in prose_files().items()
    }
    complex_files = {
        file: round(report.lix) for file, report in reports.items() if report.lix >= 45
    }
    assert complex_files == {}
    assert median([report.lix for report in reports.values()]) < 35
    lengths = [n for report in reports.values() for n in report.sentence_lengths]
    assert sum(1 for n in lengths if n <= MAX_SENTENCE_WORDS) / len(lengths) >= 0.95
    unexplained = {
        file: report.abbreviations for file, report in reports.items() if report.abbreviations
    }
    assert unexplained == {}


def test_yaml_prose_has_short_sentences_and_no_unexplained_abbreviations(known_abbreviations):
    """The shorter texts in the YAML files (summaries, answers, updates): each sentence, read
    as a visitor reads it, at most 20 words in 95% of cases, and no abbreviation left
    unexplained in the text it belongs to."""
    lengths, unexplained = [], []

    def walk(file, where, value):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(file, f"{where}.{key}", item)
        elif isinstance(value, list):
            for number, item in enumerate(value):
                walk(file, f"{where}[{number}]", item)
        elif isinstance(value, str) and " " in value:
            report = check_html(html_of(value), {}, known_abbreviations)
            lengths.extend(report.sentence_lengths)
            if report.abbreviations:
                unexplained.append(f"{file}{where}: {report.abbreviations}")

    for key in FILES:
        for path in paths(key):
            walk(name(path), "", read_yaml(path))
    assert sum(1 for n in lengths if n <= MAX_SENTENCE_WORDS) / len(lengths) >= 0.95
    assert unexplained == []


def test_the_loader_finds_each_apps_demo_through_the_app_registry():
    """In DEMO_ORDER: "Get involved" first in the menu, home's own pages after the forums,
    the glossary last."""
    assert [module.__name__ for module in demo_modules()] == [
        "opportunities.demo",
        "forums.demo",
        "home.demo",
        "glossary.demo",
    ]
    assert all(callable(module.build) for module in demo_modules())
