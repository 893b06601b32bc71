import datetime
import uuid

import factory
import wagtail_factories
from django.utils import timezone

from opportunities.models import (
    Area,
    OpportunityIndexPage,
    OpportunityPage,
    PaymentLevel,
    Person,
    RegisterPage,
    Registration,
    Topic,
    Venue,
)
from tests.home.factories import LocaleFactory


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = Topic


class AreaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = Area


class VenueFactory(factory.django.DjangoModelFactory):
    name = "Riverside Community Centre"
    address = "1 Mill Lane\nRiverside\nRV1 2AB"
    step_free_access = True
    hearing_loop = True
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = Venue


class PaymentLevelFactory(factory.django.DjangoModelFactory):
    name = "Contributor"
    role = "Reading papers and giving your views at a meeting."
    hourly_rate = 25
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = PaymentLevel


class OpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Get involved"
    slug = "get-involved"

    class Meta:
        model = OpportunityIndexPage


class OpportunityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Opportunity {n}")
    summary = "Help us make our leaflets clearer."
    kind = "reading_group"
    online = True
    for_anyone = True
    what_you_would_do = "<p>Read a leaflet and tell us what is not clear.</p>"
    can_influence = "<ul><li>The words we use</li></ul>"
    cannot_influence = "<ul><li>The law it explains</li></ul>"
    time_commitment = "one_off"
    payment = "paid"
    # A paid opportunity pays £25 an hour; one for expenses only picks no level.
    payment_level = factory.Maybe(
        factory.LazyAttribute(lambda page: page.payment == "paid"),
        yes_declaration=factory.SubFactory(PaymentLevelFactory),
        no_declaration=None,
    )
    host_team = "Involvement team"
    contact = "Sam, involvement lead"
    contact_email = "host@example.org"
    # Off here, so the tests that count a registration's emails count the person's and the
    # support notice; tests/opportunities/test_registration_texts.py turns the host's alert
    # of each registration on (a new page has it on).
    email_each_registration = False
    closing_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=14))
    # As publishing sets it; the register's news goes by it.
    first_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = OpportunityPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    opportunity = factory.SubFactory(OpportunityPageFactory)
    name = "Alex Taylor"
    email = "alex@example.org"
    contact_method = "email"
    consent = True
    submission_key = factory.LazyFunction(uuid.uuid4)

    class Meta:
        model = Registration


class RegisterPageFactory(wagtail_factories.PageFactory):
    title = "Join the involvement register"
    slug = "join"

    class Meta:
        model = RegisterPage


class PersonFactory(factory.django.DjangoModelFactory):
    """Someone who has confirmed: on the register."""

    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    contact_method = "email"
    confirmed_at = factory.LazyFunction(timezone.now)
    online = True
    submission_key = factory.LazyFunction(uuid.uuid4)

    class Meta:
        model = Person
