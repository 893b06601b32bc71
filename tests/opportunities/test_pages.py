import datetime
import importlib
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage
from home.translation import synchronise_language_trees
from opportunities.models import OpportunityIndexPage, OpportunityPage
from tests.opportunities.factories import (
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    VenueFactory,
)


class OpportunityTreeTests(WagtailPageTestCase):
    def setUp(self):
        self.home = Site.objects.get(is_default_site=True).root_page.specific
        self.index = OpportunityIndexPageFactory(parent=self.home)
        self.opportunity = OpportunityPageFactory(parent=self.index)
        self.login()

    def test_index_lives_under_home_and_holds_only_opportunities(self):
        self.assertAllowedParentPageTypes(OpportunityIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(OpportunityIndexPage, {OpportunityPage})
        self.assertCanNotCreateAt(ContentPage, OpportunityIndexPage)

    def test_opportunities_live_only_under_the_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(OpportunityPage, {OpportunityIndexPage})
        self.assertAllowedSubpageTypes(OpportunityPage, set())
        self.assertCanNotCreateAt(HomePage, OpportunityPage)

    def test_one_index_per_home_page(self):
        self.assertFalse(OpportunityIndexPage.can_create_at(self.home))

    def test_pages_render_and_are_previewable(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.opportunity)
        self.assertPageIsEditable(self.opportunity)


@pytest.mark.django_db
def test_opportunity_page_shows_what_a_person_needs_to_decide(client, index_page):
    venue = VenueFactory(hearing_loop=False, parking="Free car park at the back.")
    start = timezone.make_aware(datetime.datetime(2030, 3, 4, 10, 0))
    page = OpportunityPageFactory(
        parent=index_page,
        title="Leaflet reading group",
        in_person=True,
        venue=venue,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        co_production_level="co_designing",
        travel_help=True,
        places=6,
    )

    html = client.get(page.url).content.decode()

    assert "<h1>Leaflet reading group</h1>" in html
    assert "What you can change" in html and "The words we use" in html
    assert "What you cannot change" in html and "The law it explains" in html
    assert "<bdi>Monday 4 March 2030, 10:00 to 12:00</bdi>" in html
    assert "Riverside Community Centre" in html and "Free car park at the back." in html
    assert '<dt class="nhsuk-summary-list__key">Hearing loop</dt>' in html
    assert 'aria-current="step">Co-designing</li>' in html
    assert "£25 an hour" in html and "Payments can affect benefits" in html
    assert "Help with travel" in html
    assert "6 places" in html
    assert 'href="' + page.url + 'calendar/"' in html
    assert "Register your interest" in html


@pytest.mark.django_db
def test_an_opportunity_in_polish_shows_polish_dates_and_pay(client, index_page):
    page = OpportunityPageFactory(
        parent=index_page,
        slug="leaflets",
        starts_at=timezone.make_aware(datetime.datetime(2026, 12, 11, 10, 0)),
        ends_at=timezone.make_aware(datetime.datetime(2026, 12, 11, 12, 30)),
        closing_date=datetime.date(2030, 12, 8),
    )
    synchronise_language_trees()
    polish = Page.objects.get(translation_key=page.translation_key, locale__language_code="pl")

    html = client.get(polish.url).content.decode()

    assert polish.url.startswith("/pl/")
    assert "8 grudnia 2030" in html
    assert "Grudzień" not in html
    assert "piątek, 11 grudnia 2026 10:00–12:30" in html
    assert "25\xa0£ na godzinę" in html and "£25 an hour" not in html


@pytest.mark.django_db
def test_closed_opportunity_keeps_its_page_without_the_form(client, index_page):
    page = OpportunityPageFactory(
        parent=index_page,
        closing_date=timezone.localdate() - datetime.timedelta(days=1),
        what_happened_next="<p>Your ideas shaped the new leaflet.</p>",
    )

    response = client.get(page.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "This opportunity closed on" in html
    assert "Your ideas shaped the new leaflet." in html
    assert "Register your interest" not in html
    assert client.post(page.url, {"name": "Alex"}).status_code == 200
    assert page.registrations.count() == 0


@pytest.mark.django_db
def test_opportunity_must_say_how_who_and_where(index_page):
    page = OpportunityPageFactory.build(
        summary="", online=False, for_anyone=False, in_person=True, venue=None
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) >= {"summary", "for_anyone", "venue"}


@pytest.mark.django_db
def test_calendar_file_for_a_dated_opportunity(client, index_page):
    start = timezone.make_aware(datetime.datetime(2030, 3, 4, 10, 0))
    page = OpportunityPageFactory(
        parent=index_page,
        title="Interview panel, chief nurse",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=3),
    )

    response = client.get(page.url + "calendar/")
    body = response.content.decode()

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "BEGIN:VEVENT" in body and "DTSTART:20300304T100000Z" in body
    assert "DTEND:20300304T130000Z" in body
    assert "SUMMARY:Interview panel\\, chief nurse" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


@pytest.mark.django_db
def test_undated_opportunity_has_no_calendar_file(client, index_page):
    page = OpportunityPageFactory(parent=index_page, starts_at=None)
    assert client.get(page.url + "calendar/").status_code == 404


@pytest.mark.django_db
def test_feeds_list_open_opportunities(client, index_page):
    OpportunityPageFactory(parent=index_page, title="Open one")
    OpportunityPageFactory(
        parent=index_page,
        title="Closed one",
        closing_date=timezone.localdate() - datetime.timedelta(days=2),
    )
    dated = OpportunityPageFactory(
        parent=index_page,
        title="Dated one",
        starts_at=timezone.now() + datetime.timedelta(days=3),
    )

    atom = client.get(index_page.url + "feed/").content.decode()
    calendar = client.get(index_page.url + "calendar/").content.decode()

    assert "<title>Open one</title>" in atom and "Closed one" not in atom
    assert calendar.count("BEGIN:VEVENT") == 1 and dated.title in calendar


class HistoricalPage(SimpleNamespace):
    """An opportunity page as migration 0008 found it (with `payment_rate` renamed to
    `payment_note`, and the amount and unit that migration 0016 later turned into a payment
    level): the pages of that time, stood in for, since today's model has no such fields."""

    def save(self, update_fields):
        self.saved = sorted(update_fields)


class HistoricalApps:
    """Migration 0008's `apps`: its page rows, and the real revisions."""

    def __init__(self, pages):
        self.pages = pages

    def get_model(self, app_label, model_name):
        if model_name == "OpportunityPage":
            return SimpleNamespace(objects=SimpleNamespace(exclude=self._pages_without))
        return django_apps.get_model(app_label, model_name)

    def _pages_without(self, payment_note):
        return [page for page in self.pages if page.payment_note != payment_note]


@pytest.mark.django_db
def test_the_migration_moves_a_plain_rate_into_amount_and_unit_and_keeps_other_text(index_page):
    """Migration 0008 on a page and its latest revision: "£25 an hour" becomes 25 and
    "hour"; text that is more than a rate stays as the note."""
    migration = importlib.import_module("opportunities.migrations.0008_payment_amount_and_unit")
    assert migration.parse_rate("£12.50 per session") == (Decimal("12.50"), "session")
    assert migration.parse_rate("£25 an hour, paid monthly") is None
    blank = {"payment_amount": None, "payment_unit": "", "saved": None}
    plain = HistoricalPage(payment_note="£25 an hour", **blank)
    other = HistoricalPage(payment_note="By agreement", **blank)
    page = OpportunityPageFactory(parent=index_page)
    revision = page.save_revision()
    content = dict(revision.content, payment_rate="£30 a day")
    for key in ("payment_level", "payment_amount", "payment_unit", "payment_note"):
        content.pop(key, None)
    revision.content = content
    revision.save()

    migration.split(HistoricalApps([plain, other]), None)

    revision.refresh_from_db()
    assert (plain.payment_amount, plain.payment_unit, plain.payment_note) == (25, "hour", "")
    assert plain.saved == ["payment_amount", "payment_note", "payment_unit"]
    assert (other.payment_amount, other.payment_note, other.saved) == (None, "By agreement", None)
    assert "payment_rate" not in revision.content
    assert revision.content["payment_amount"] == "30"
    assert revision.content["payment_unit"] == "day"


@pytest.mark.django_db
def test_search_says_which_opportunities_have_closed(client, index_page):
    """Measured before: a closed opportunity came up in search like an open one."""
    OpportunityPageFactory(parent=index_page, title="Carers panel: spring")
    OpportunityPageFactory(
        parent=index_page,
        title="Carers panel: autumn",
        closing_date=datetime.date(2026, 10, 1),
        starts_at=None,
    )
    html = client.get("/en-gb/search/", {"q": "carers panel"}).content.decode()
    assert "2 results" in html
    assert html.count("Closed on") == 1
    assert "Closed on <bdi>1 October 2026</bdi>" in html
    synchronise_language_trees()  # the Urdu copies, in English until translated
    urdu = client.get("/ur/search/", {"q": "carers panel"}).content.decode()
    assert urdu.count("کو بند ہوا") == 1 and "Closed on" not in urdu
