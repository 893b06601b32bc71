"""The demo of running an activity: people coming to the next training for interview
panels who gave only a phone number (demo/people.yaml), so the host has people to ring and
support requests to answer. Their confirmations are marked as gone, so loading the demo
texts and emails nobody. Running it again adds nothing twice."""

from django.utils import timezone
from wagtail.models import Locale

from home.demo_data import demo_path, read_yaml
from home.phone_numbers import clean_phone_number

from ..listing.pages import OpportunityPage
from ..registrations.models import Registration


def build(home, created):
    data = read_yaml(demo_path("opportunities", "running", "people.yaml"))
    activity = OpportunityPage.objects.filter(
        locale=Locale.get_default(), slug=data["activity"]
    ).first()
    if activity is None or activity.registrations.filter(email="").exists():
        return
    for person in data["people"]:
        Registration.objects.create(
            opportunity=activity,
            **{**person, "phone": clean_phone_number(person["phone"])},
            consent=True,
            status=Registration.Status.CONFIRMED,
            emails_sent_at=timezone.now(),
        )
    created.append(f"{len(data['people'])} people to ring for “{activity.title}”")
