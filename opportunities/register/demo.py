"""The demo register: its page, and a handful of made-up people (example.org addresses) so the
admin, the equality report and the home page totals show something real to a new user."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

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

PAGE = {
    "title": "Join the involvement register",
    "slug": "join",
    "summary": "Hear about ways to get involved that suit you. It takes a minute, and you can "
    "leave at any time.",
    "introduction": "<p>The involvement register is our list of people who would like to "
    "hear about ways to get involved. It is not a membership. You do not have to take part "
    "in anything.</p><p>You can join if you use our services, care for someone who does, "
    "or live in the area we serve.</p>",
    "what_it_means": "<p>We will email you when there is a new way to get involved that "
    "matches what you told us. That is one email a day at most. You can pause these emails "
    "when you need a break, or leave at any time.</p>",
}

# Made-up people. Each: name, email, ways, topics, areas, roles, relationship, equality.
PEOPLE = [
    (
        "Amira Hussain",
        "online in_person",
        "carers young-people",
        "riverside",
        "reading_groups",
        "carer",
        ("asian", "no", "35_49", "female", "same", "straight", "muslim"),
    ),
    (
        "Tom Price",
        "in_person",
        "crisis-care",
        "northfield",
        "interview_panels committees",
        "uses_services",
        ("white", "yes", "50_64", "male", "same", "straight", "none"),
    ),
    (
        "Grace Okafor",
        "online by_phone",
        "designing-services",
        "",
        "peer_support training",
        "both",
        ("black", "yes", "25_34", "female", "same", "bisexual", "christian"),
    ),
    (
        "Jan Kowalski",
        "on_paper by_phone",
        "",
        "",
        "reading_groups",
        "uses_services",
        ("white", "no", "65_plus", "male", "same", "straight", "christian"),
    ),
    (
        "Priya Patel",
        "online",
        "young-people",
        "eastbrook",
        "training",
        "uses_services",
        ("asian", "yes", "18_24", "female", "same", "prefer_not_to_say", "hindu"),
    ),
    (
        "Sam Reid",
        "online in_person",
        "",
        "riverside southgate",
        "interview_panels",
        "neither",
        ("mixed", "no", "35_49", "", "", "", ""),
    ),
    (
        "Harpreet Singh",
        "in_person",
        "carers",
        "westmoor",
        "committees",
        "carer",
        ("asian", "no", "50_64", "male", "same", "straight", "sikh"),
    ),
    ("Chloe Walsh", "online", "crisis-care wards", "", "peer_support", "uses_services", None),
    (
        "Mohammed Ali",
        "by_phone",
        "",
        "northfield",
        "",
        "carer",
        ("asian", "yes", "65_plus", "male", "same", "straight", "muslim"),
    ),
    (
        "Ruth Adeyemi",
        "online in_person",
        "carers",
        "riverside",
        "interview_panels training",
        "both",
        ("black", "no", "35_49", "female", "same", "straight", "christian"),
    ),
    (
        "Daniel Green",
        "online",
        "",
        "",
        "reading_groups committees",
        "uses_services",
        ("white", "yes", "25_34", "male", "different", "gay_lesbian", "none"),
    ),
    ("Fatima Begum", "on_paper", "young-people", "eastbrook", "", "prefer_not_to_say", None),
]


def build(home, created):
    """The register page under the home page, and the demo people once. Returns the page."""
    page = home.get_children().filter(slug=PAGE["slug"]).specific().first()
    if page is None:
        page = RegisterPage(show_in_menus=True, **PAGE)
        home.add_child(instance=page)
        page.save_revision().publish()
        created.append(f"“{page.title}”")
    if not Person.objects.exists():
        _people()
        created.append(f"{len(PEOPLE)} made-up people on the register")
    return page


def _people():
    english = Locale.get_default()
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=english)}
    areas = {area.slug: area for area in Area.objects.filter(locale=english)}
    published = list(OpportunityPage.objects.filter(locale=english).order_by("closing_date"))
    opportunities = published[:6]
    now = timezone.now()
    for number, (name, ways, topic_slugs, area_slugs, roles, relationship, equality) in enumerate(
        PEOPLE
    ):
        joined = now - datetime.timedelta(days=20 + 25 * number)
        email = name.lower().replace(" ", ".") + "@example.org"
        person = Person.objects.create(
            name=name,
            email=email,
            contact_method="email" if "by_phone" not in ways else "phone",
            phone=f"07700 900 {100 + number:03d}" if "by_phone" in ways else "",
            relationship=relationship,
            confirmed_at=joined,
            consent_renewed_at=joined,
            contact_paused=number == 7,
            skills="Sat on two interview panels before." if "interview_panels" in roles else "",
            **{way: True for way in ways.split()},
            **{role: True for role in roles.split()},
        )
        # They have heard of today's opportunities already: no burst of news on first run.
        OpportunityAlert.objects.bulk_create(
            [OpportunityAlert(person=person, opportunity=o) for o in published]
        )
        person.topics.set([topics[slug] for slug in topic_slugs.split() if slug in topics])
        person.areas.set([areas[slug] for slug in area_slugs.split() if slug in areas])
        person.save()
        Person.objects.filter(pk=person.pk).update(created_at=joined)
        if equality:
            EqualityMonitoring.objects.create(
                person=person, **dict(zip(EqualityMonitoring.QUESTIONS, equality, strict=True))
            )
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
                status=Registration.Status.ATTENDED,
                language="en-gb",
                emails_sent_at=now,
            )
        if number % 3 == 0:
            ActivityRecord.objects.create(
                person=person,
                description="Helped to plan the carers' information day",
                took_part_on=(joined + datetime.timedelta(days=14)).date(),
            )
