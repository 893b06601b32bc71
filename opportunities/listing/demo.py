"""Builds the demo opportunities from the data files in opportunities/listing/demo/ (called
by `load_demo_content`). Dates are set relative to the day it first runs, moved to the next
working day outside the Christmas break (`home.demo_data.event_day`); existing pages, topics,
areas and venues are never changed. Each paid opportunity names its payment level, which
`payments.demo` made before."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from home.demo_data import demo_path, event_day, read_yaml

from ..payments.models import PaymentLevel
from ..taxonomy.models import Area, Topic, Venue
from .index import OpportunityIndexPage
from .pages import OpportunityPage

# Start times people told the seeds work for them: mornings, early afternoons, one evening.
# An item may name its own (`start_time`), as the after-school groups do.
START_HOURS = [10, 13, 18]
# A long session (an interview day) starts in the morning, so it ends in the working day.
LONG_SESSION_HOURS = 3


def paragraphs(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def bullets(texts):
    return "<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>"


def build(home, created):
    """Add what is missing; returns the opportunity index page."""
    taxonomy = read_yaml(demo_path("opportunities", "listing", "taxonomy.yaml"))
    data = read_yaml(demo_path("opportunities", "listing", "opportunities.yaml"))
    english = Locale.get_default()
    topics = {
        item["slug"]: Topic.objects.get_or_create(
            slug=item["slug"], locale=english, defaults={"name": item["name"]}
        )[0]
        for item in taxonomy["topics"]
    }
    areas = {
        item["slug"]: Area.objects.get_or_create(
            slug=item["slug"], locale=english, defaults={"name": item["name"]}
        )[0]
        for item in taxonomy["areas"]
    }
    venues = {}
    for item in taxonomy["venues"]:
        fields = {key: value for key, value in item.items() if key not in {"slug", "name"}}
        venues[item["slug"]] = Venue.objects.get_or_create(
            name=item["name"], locale=english, defaults=fields
        )[0]

    index = home.get_children().filter(slug=data["index"]["slug"]).specific().first()
    if index is None:
        index = OpportunityIndexPage(show_in_menus=True, **data["index"])
        home.add_child(instance=index)
        index.save_revision().publish()
        created.append(f"“{index.title}”")

    existing = set(index.get_children().values_list("slug", flat=True))
    today = timezone.localdate()
    added = 0
    for number, item in enumerate(data["opportunities"]):
        if item["slug"] in existing:
            continue
        page = _opportunity(item, today, number, topics, areas, venues)
        index.add_child(instance=page)
        page.save_revision().publish()
        added += 1
    if added:
        created.append(f"{added} opportunities")
    return index


# Copied as they are; a field left out of the data keeps the model's default.
FIELDS = [
    "title",
    "slug",
    "summary",
    "kind",
    "online",
    "in_person",
    "by_phone",
    "on_paper",
    "for_service_users",
    "for_carers",
    "for_young_people",
    "for_anyone",
    "co_production_level",
    "time_commitment",
    "joining_instructions",
    "payment",
    "pre_meeting",
    "named_contact",
    "travel_help",
    "technology_help",
    "support_notes",
    "host_team",
    "contact",
    "places",
    "take_part_url",
    "anonymous",
]


def event_times(item, today, number):
    """(starts_at, ends_at) of the `number`th opportunity of the data when loaded on
    `today`: None for an undated one."""
    if item.get("starts_in_days") is None:
        return None, None
    day = event_day(today + datetime.timedelta(days=item["starts_in_days"]))
    starts_at = timezone.make_aware(datetime.datetime.combine(day, _start_time(item, number)))
    if not item.get("duration_hours"):
        return starts_at, None
    return starts_at, starts_at + datetime.timedelta(hours=item["duration_hours"])


def _opportunity(item, today, number, topics, areas, venues):
    starts_at, ends_at = event_times(item, today, number)
    page = OpportunityPage(
        **{field: item[field] for field in FIELDS if field in item},
        what_you_would_do=paragraphs(item["what_you_would_do"]),
        can_influence=bullets(item["can_influence"]),
        cannot_influence=bullets(item["cannot_influence"]),
        starts_at=starts_at,
        ends_at=ends_at,
        venue=venues.get(item["venue"]) if item.get("venue") else None,
        # The levels come first (`payments.demo.build_rates`), named as in payments.yaml.
        payment_level=PaymentLevel.objects.filter(
            locale=Locale.get_default(), name=item["payment_level"]
        ).first()
        if item.get("payment_level")
        else None,
        contact_email="involvement@example.org",
        closing_date=today + datetime.timedelta(days=item["closes_in_days"]),
        what_happened_next=paragraphs([item["what_happened_next"]])
        if item.get("what_happened_next")
        else "",
    )
    page.topics = [topics[slug] for slug in item.get("topics", [])]
    page.areas = [areas[slug] for slug in item.get("areas", [])]
    return page


def _start_time(item, number):
    if item.get("start_time"):
        return datetime.time.fromisoformat(item["start_time"])
    if item.get("duration_hours", 0) > LONG_SESSION_HOURS:
        return datetime.time(10)
    return datetime.time(START_HOURS[number % len(START_HOURS)])
