"""Builds the demo opportunities from opportunities/listing/demo_content.py (called by
`load_demo_content`). Dates are set relative to the day it first runs; existing pages,
topics, areas and venues are never changed."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from ..taxonomy.models import Area, Topic, Venue
from . import demo_content as demo
from .pages import OpportunityIndexPage, OpportunityPage

INDEX = {
    "title": "Get involved",
    "slug": "get-involved",
    "summary": "Ways to help improve our services, from a 10-minute survey to a seat on an "
    "interview panel. Pick what suits you.",
    "introduction": "<p>Every opportunity says what you would do, what you can and cannot "
    "change, and what support and payment you get. Use the filters to find one that fits "
    "your time and how you like to take part.</p>",
}
# Start times people told the seeds work for them: mornings, early afternoons, one evening.
START_HOURS = [10, 13, 18]


def paragraphs(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def bullets(texts):
    return "<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>"


def build(home, created):
    """Add what is missing; returns the opportunity index page."""
    english = Locale.get_default()
    topics = {
        item["slug"]: Topic.objects.get_or_create(
            slug=item["slug"], locale=english, defaults={"name": item["name"]}
        )[0]
        for item in demo.TOPICS
    }
    areas = {
        item["slug"]: Area.objects.get_or_create(
            slug=item["slug"], locale=english, defaults={"name": item["name"]}
        )[0]
        for item in demo.AREAS
    }
    venues = {}
    for item in demo.VENUES:
        fields = {key: value for key, value in item.items() if key not in {"slug", "name"}}
        venues[item["slug"]] = Venue.objects.get_or_create(
            name=item["name"], locale=english, defaults=fields
        )[0]

    index = home.get_children().filter(slug=INDEX["slug"]).specific().first()
    if index is None:
        index = OpportunityIndexPage(show_in_menus=True, **INDEX)
        home.add_child(instance=index)
        index.save_revision().publish()
        created.append(f"“{index.title}”")

    existing = set(index.get_children().values_list("slug", flat=True))
    today = timezone.localdate()
    added = 0
    for number, item in enumerate(demo.OPPORTUNITIES):
        if item["slug"] in existing:
            continue
        page = _opportunity(item, today, number, topics, areas, venues)
        index.add_child(instance=page)
        page.save_revision().publish()
        added += 1
    if added:
        created.append(f"{added} opportunities")
    return index


def _opportunity(item, today, number, topics, areas, venues):
    starts_at = ends_at = None
    if item["starts_in_days"] is not None:
        day = today + datetime.timedelta(days=item["starts_in_days"])
        hour = START_HOURS[number % len(START_HOURS)]
        starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))
        if item["duration_hours"]:
            ends_at = starts_at + datetime.timedelta(hours=item["duration_hours"])
    page = OpportunityPage(
        title=item["title"],
        slug=item["slug"],
        summary=item["summary"],
        kind=item["kind"],
        online=item["online"],
        in_person=item["in_person"],
        by_phone=item["by_phone"],
        on_paper=item["on_paper"],
        for_service_users=item["for_service_users"],
        for_carers=item["for_carers"],
        for_young_people=item["for_young_people"],
        for_anyone=item["for_anyone"],
        what_you_would_do=paragraphs(item["what_you_would_do"]),
        can_influence=bullets(item["can_influence"]),
        cannot_influence=bullets(item["cannot_influence"]),
        co_production_level=item["co_production_level"],
        starts_at=starts_at,
        ends_at=ends_at,
        time_commitment=item["time_commitment"],
        venue=venues.get(item["venue"]) if item["venue"] else None,
        joining_instructions=item["joining_instructions"],
        payment=item["payment"],
        payment_rate="£25 an hour" if item["payment"] == "paid" else "",
        pre_meeting=item["pre_meeting"],
        named_contact=item["named_contact"],
        travel_help=item["travel_help"],
        technology_help=item["technology_help"],
        support_notes=item["support_notes"],
        host_team=item["host_team"],
        contact=item["contact"],
        contact_email="involvement@example.org",
        places=item["places"],
        closing_date=today + datetime.timedelta(days=item["closes_in_days"]),
        what_happened_next=paragraphs([item["what_happened_next"]])
        if item["what_happened_next"]
        else "",
    )
    page.topics = [topics[slug] for slug in item["topics"]]
    page.areas = [areas[slug] for slug in item["areas"]]
    return page
