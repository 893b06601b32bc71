"""The demo register: its page, and a handful of made-up people (example.org addresses) so the
admin, the equality report and the home page totals show something real to a new user."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from home.demo_data import demo_path, read_yaml

from ..models import (
    ActivityRecord,
    Area,
    EqualityMonitoring,
    OpportunityAlert,
    OpportunityPage,
    Person,
    RegisterPage,
    Registration,
    Topic,
    TrainingRecord,
)

# The page, and made-up people: name, ways, topics, areas, roles, relationship, equality.
DATA = demo_path("opportunities", "register", "register.yaml")


def build(home, created):
    """The register page under the home page, and the demo people once. Returns the page."""
    data = read_yaml(DATA)
    page = home.get_children().filter(slug=data["page"]["slug"]).specific().first()
    if page is None:
        page = RegisterPage(show_in_menus=True, **data["page"])
        home.add_child(instance=page)
        page.save_revision().publish()
        created.append(f"“{page.title}”")
    if not Person.objects.exists():
        _people(data["people"])
        created.append(f"{len(data['people'])} made-up people on the register")
    return page


def _people(people):
    english = Locale.get_default()
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=english)}
    areas = {area.slug: area for area in Area.objects.filter(locale=english)}
    published = list(OpportunityPage.objects.filter(locale=english).order_by("closing_date"))
    opportunities = published[:6]
    now = timezone.now()
    for number, item in enumerate(people):
        name, ways, roles = item["name"], item.get("ways", []), item.get("roles", [])
        joined = now - datetime.timedelta(days=20 + 25 * number)
        email = name.lower().replace(" ", ".") + "@example.org"
        person = Person.objects.create(
            name=name,
            email=email,
            contact_method="email" if "by_phone" not in ways else "phone",
            phone=f"07700 900 {100 + number:03d}" if "by_phone" in ways else "",
            relationship=item["relationship"],
            confirmed_at=joined,
            consent_renewed_at=joined,
            contact_paused=number == 7,
            skills="Sat on two interview panels before." if "interview_panels" in roles else "",
            **{way: True for way in ways},
            **{role: True for role in roles},
        )
        # They have heard of today's opportunities already: no burst of news on first run.
        OpportunityAlert.objects.bulk_create(
            [OpportunityAlert(person=person, opportunity=o) for o in published]
        )
        person.topics.set([topics[slug] for slug in item.get("topics", []) if slug in topics])
        person.areas.set([areas[slug] for slug in item.get("areas", []) if slug in areas])
        person.save()
        Person.objects.filter(pk=person.pk).update(created_at=joined)
        if "equality" in item:
            EqualityMonitoring.objects.create(person=person, **item["equality"])
        if "interview_panels" in roles:
            TrainingRecord.objects.create(
                person=person,
                course="Recruitment panel training",
                completed_on=(joined + datetime.timedelta(days=10)).date(),
            )
        if opportunities and number % 2 == 0:
            opportunity = opportunities[number % len(opportunities)]
            Registration.objects.create(
                opportunity=opportunity,
                person=person,
                name=name,
                email=email,
                contact_method="email",
                consent=True,
                # Only an activity that is over can have been attended.
                status=(
                    Registration.Status.ATTENDED
                    if opportunity.is_over
                    else Registration.Status.CONFIRMED
                ),
                language="en-gb",
                emails_sent_at=now,
            )
        if number % 3 == 0:
            ActivityRecord.objects.create(
                person=person,
                description="Helped to plan the carers' information day",
                took_part_on=(joined + datetime.timedelta(days=14)).date(),
            )
