"""Payment rates are data the involvement team keeps: an opportunity picks its level, and
its page shows the level's rate, what it covers, the mileage rate, the payment policy and
the benefits warning with where to get advice, in the reader's language. Free-text rates
from before the levels became levels (migration 0016)."""

import decimal
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError
from wagtail.models import Locale, Page

from home.translation import synchronise_language_trees
from opportunities.models import PaymentLevel
from tests.home.factories import UserFactory
from tests.opportunities.factories import OpportunityPageFactory, PaymentLevelFactory

pytestmark = pytest.mark.django_db


def test_the_page_shows_the_levels_rate_and_what_it_covers(client, index_page, payment_settings):
    level = PaymentLevelFactory(
        name="Co-production partner",
        role="You help plan the work with us.",
        hourly_rate=25,
        day_rate=150,
        covers="Meetings, and reading papers before them.",
    )
    page = OpportunityPageFactory(parent=index_page, payment_level=level)

    html = client.get(page.url).content.decode()

    assert "£25 an hour, or £150 a day" in html
    assert "We pay <bdi>£25 an hour, or £150 a day</bdi> for your time." in html
    assert "Co-production partner" in html and "You help plan the work with us." in html
    assert "Meetings, and reading papers before them." in html
    assert "If you drive, we pay <bdi>£0.45 a mile</bdi>." in html
    assert 'href="https://example.org/payment-policy"' in html
    # The trust's own warning, and where to get advice.
    assert "Payments can affect benefits" in html
    assert "Being paid can change your benefits. Ask before you say yes." in html
    assert "Benefits advice line: <bdi>0808 157 0193</bdi>" in html
    assert 'href="https://example.org/benefits-advice"' in html


def test_a_changed_rate_shows_on_every_page_that_picked_the_level(client, index_page):
    level = PaymentLevelFactory(hourly_rate=25)
    first = OpportunityPageFactory(parent=index_page, payment_level=level)
    second = OpportunityPageFactory(parent=index_page, payment_level=level)
    level.hourly_rate = decimal.Decimal("27.50")
    level.save()

    for page in (first, second):
        html = client.get(page.url).content.decode()
        assert "£27.50 an hour" in html and "£25 an hour" not in html


def test_without_settings_the_page_keeps_the_plain_warning(client, index_page):
    """Nothing is written by showing a page; the default warning stands in."""
    page = OpportunityPageFactory(parent=index_page)

    html = client.get(page.url).content.decode()

    assert "If you get benefits, being paid for involvement can change them." in html
    assert "If you drive, we pay <bdi>£0.45 a mile</bdi>." in html
    assert "Benefits advice line" not in html


def test_an_expenses_only_opportunity_shows_no_rate(client, index_page):
    page = OpportunityPageFactory(parent=index_page, payment="expenses_only", payment_level=None)

    html = client.get(page.url).content.decode()

    assert "an hour" not in html
    assert "We do not pay for your time for this one" in html


def test_an_expenses_only_opportunity_cannot_pick_a_paid_level(index_page):
    page = OpportunityPageFactory(parent=index_page)
    page.payment = "expenses_only"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "payment_level" in error.value.message_dict


def test_in_urdu_the_rate_and_the_translated_advice_are_in_urdu(
    client, index_page, payment_settings
):
    page = OpportunityPageFactory(parent=index_page)
    advice = payment_settings.benefits_advice
    urdu = Locale.objects.get(language_code="ur")
    translated = advice.copy_for_translation(urdu)
    translated.warning = "ادائیگی سے آپ کے فوائد بدل سکتے ہیں۔"
    translated.save()
    synchronise_language_trees()
    urdu_page = Page.objects.get(translation_key=page.translation_key, locale=urdu)

    html = client.get(urdu_page.url).content.decode()

    assert "ادائیگی سے آپ کے فوائد بدل سکتے ہیں۔" in html
    assert "Being paid can change your benefits" not in html
    assert "£25 an hour" not in html and "£25" in html


def test_the_payments_page_lists_every_level_in_a_fixed_number_of_queries(
    client, payments_page, payment_settings, django_assert_max_num_queries
):
    PaymentLevelFactory(name="Contributor", hourly_rate=25)
    PaymentLevelFactory(name="Expenses only", hourly_rate=None, covers="Travel.")
    with django_assert_max_num_queries(25) as few:
        html = client.get(payments_page.url).content.decode()
    for number in range(5):
        PaymentLevelFactory(name=f"Level {number}", session_rate=40)

    with django_assert_max_num_queries(len(few.captured_queries)):
        more = client.get(payments_page.url).content.decode()

    assert "Contributor" in html and "£25 an hour" in html
    assert "Expenses only" in html
    assert more.count("£40 a session") == 5
    assert "How to claim" in html


class Rows(SimpleNamespace):
    """A page row as migration 0016 finds it (with the amount and unit it removes)."""

    def save(self, update_fields):
        self.saved = sorted(update_fields)


class HistoricalApps:
    def __init__(self, pages):
        self.pages = pages

    def get_model(self, app_label, model_name):
        if model_name == "OpportunityPage":
            return SimpleNamespace(objects=SimpleNamespace(exclude=self._with_amount))
        return django_apps.get_model(app_label, model_name)

    def _with_amount(self, payment_amount):
        return SimpleNamespace(
            order_by=lambda *_: [p for p in self.pages if p.payment_amount != payment_amount]
        )


def test_the_migration_makes_one_level_for_each_rate_and_loses_nothing(index_page):
    """Every page (and revision) with "£25 an hour" picks one level; "£100 a day" another;
    an amount without a unit stays where an editor reads it, in the note."""
    migration = importlib.import_module("opportunities.migrations.0016_payment_levels_and_claims")
    hourly = [Rows(payment_amount=decimal.Decimal(25), payment_unit="hour") for _ in range(3)]
    daily = Rows(payment_amount=decimal.Decimal("100.00"), payment_unit="day")
    unitless = Rows(payment_amount=decimal.Decimal("12.5"), payment_unit="", payment_note="")
    page = OpportunityPageFactory(parent=index_page)
    revision = page.save_revision()
    content = dict(revision.content, payment_amount="25.00", payment_unit="hour")
    content.pop("payment_level", None)
    revision.content = content
    revision.save()

    before = set(PaymentLevel.objects.values_list("pk", flat=True))

    migration.levels_from_amounts(HistoricalApps([*hourly, daily, unitless]), None)

    levels = {level.name: level for level in PaymentLevel.objects.exclude(pk__in=before)}
    assert set(levels) == {"£25 an hour", "£100 a day"}
    assert levels["£25 an hour"].hourly_rate == 25 and levels["£100 a day"].day_rate == 100
    assert {row.payment_level.pk for row in hourly} == {levels["£25 an hour"].pk}
    assert daily.payment_level == levels["£100 a day"]
    assert unitless.payment_note == "£12.50" and unitless.saved == ["payment_note"]
    revision.refresh_from_db()
    assert "payment_amount" not in revision.content
    assert revision.content["payment_level"] == levels["£25 an hour"].pk
    assert levels["£25 an hour"].locale == Locale.get_default()


def test_the_involvement_team_keeps_the_levels_and_the_settings(client, site):
    level = PaymentLevelFactory(hourly_rate=25)
    client.force_login(UserFactory(groups=["Involvement team"]))
    edit = f"/admin/snippets/opportunities/paymentlevel/edit/{level.pk}/"

    assert client.get(edit).status_code == 200
    saved = client.post(
        edit,
        {"name": "Contributor", "role": "Giving your views.", "hourly_rate": "27.50"},
    )
    assert saved.status_code == 302
    level.refresh_from_db()
    assert level.hourly_rate == decimal.Decimal("27.50")
    assert (
        client.get(f"/admin/settings/opportunities/paymentsettings/{site.pk}/").status_code == 200
    )


@pytest.mark.parametrize("group", ["Co-production leads", "Translators: Urdu"])
def test_other_groups_cannot_change_the_english_rates(client, group):
    level = PaymentLevelFactory(hourly_rate=25)
    client.force_login(UserFactory(groups=[group]))

    response = client.post(
        f"/admin/snippets/opportunities/paymentlevel/edit/{level.pk}/",
        {"name": "Contributor", "role": "Giving your views.", "hourly_rate": "99"},
    )

    assert response.status_code in (302, 403)
    level.refresh_from_db()
    assert level.hourly_rate == 25
