"""The quarterly "What you told us" page: small numbers hidden in the chart, the table and
the comparison alike; numbers frozen when prepared; only communications officers publish;
Urdu labels; a fixed number of queries."""

import datetime

import pytest
from django.utils import translation
from wagtail.models import Locale

from forums.taxonomy import Service
from forums.themes.models import Theme, ThemeMembership
from forums.told_us import demo as told_us_demo
from forums.told_us import numbers
from forums.told_us.pages import ThemeAnswer, WhatYouToldUsPage
from home.demo_data import demo_path, read_yaml
from tests.home.factories import UserFactory

pytestmark = pytest.mark.django_db

THIS_QUARTER = datetime.date(2026, 8, 10)
LAST_QUARTER = datetime.date(2026, 5, 10)


def said(theme, service, count, date, start=0):
    ThemeMembership.objects.bulk_create(
        ThemeMembership(
            theme=theme,
            item_key=f"feedback:{theme.pk}{service.pk}{date:%m}{start + n}",
            source="feedback",
            service=service,
            date=date,
        )
        for n in range(count)
    )


@pytest.fixture
def service():
    return Service.objects.create(name="Community mental health team", slug="cmht")


@pytest.fixture
def waiting(service):
    theme = Theme.objects.create(name="Waiting times")
    said(theme, service, 4, THIS_QUARTER)
    said(theme, service, 9, LAST_QUARTER)
    return theme


@pytest.fixture
def kindness(service):
    theme = Theme.objects.create(name="Kind staff")
    said(theme, service, 5, THIS_QUARTER)
    said(theme, service, 7, LAST_QUARTER)
    return theme


def make_page(home_page, **kwargs):
    page = WhatYouToldUsPage(
        title="What you told us: July to September 2026", year=2026, quarter=3, **kwargs
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_four_is_hidden_and_five_is_shown():
    assert numbers.suppress(4) == "fewer than 5"
    assert numbers.suppress(1) == "fewer than 5"
    assert numbers.suppress(5) == 5
    assert numbers.suppress(0) == 0


def test_a_change_is_not_shown_when_either_quarter_is_hidden():
    assert numbers.change(4, 9) == "not shown"
    assert numbers.change(9, 4) == "not shown"
    assert numbers.change(5, 7) == "down 2"
    assert numbers.change(8, 5) == "up 3"
    assert numbers.change(6, 6) == "no change"


def test_the_chart_and_the_table_hide_the_same_small_numbers(client, home_page, waiting, kindness):
    page = make_page(home_page)
    html = client.get(page.url).content.decode()
    start = html.index('<svg class="involve-chart"')
    chart = html[start : html.index("</svg>", start)]
    table = html[html.index("<table") : html.index("</table>")]
    assert 'role="img"' in chart and 'aria-labelledby="told-us-chart-title' in chart
    for part in (chart, table):
        assert "fewer than 5" in part
        assert ">5<" in part or ">5</td>" in part.replace(" </span>5</td>", ">5</td>")
    # The hidden 4 cannot be found by subtracting: its change from 9 is not shown.
    assert "not shown" in table
    assert "down 5" not in table
    assert "down 2" in table
    # Nothing of the hidden count: no bar drawn for it.
    waiting_bar = chart[chart.index("Waiting times") :]
    assert 'width="0"' in waiting_bar.split("</text>", 2)[1]


def test_the_numbers_are_frozen_until_the_editor_takes_them_again(
    home_page, service, waiting, kindness
):
    page = make_page(home_page)
    before = page.rows
    said(waiting, service, 20, THIS_QUARTER, start=100)
    page.refresh_from_db()
    page.title = "What you told us this summer"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.rows == before
    assert {row["theme"]: row["this"] for row in page.rows}["Waiting times"] == 4

    page.take_numbers_again = True
    page.save_revision().publish()
    page.refresh_from_db()
    assert {row["theme"]: row["this"] for row in page.rows}["Waiting times"] == 24
    assert page.take_numbers_again is False


@pytest.mark.parametrize(
    "group", ["Co-production leads", "Involvement team", "Translators", "Forum co-chairs"]
)
def test_only_communications_officers_may_publish(home_page, waiting, group):
    page = make_page(home_page)
    other = UserFactory(groups=[group])
    assert not page.permissions_for_user(other).can_publish()
    assert not home_page.permissions_for_user(other).can_publish_subpage()
    officer = UserFactory(groups=["Communications officers"])
    assert page.permissions_for_user(officer).can_publish()


def test_publish_refused_to_other_groups_in_the_admin(client, home_page, waiting):
    page = make_page(home_page)
    lead = UserFactory(groups=["Co-production leads"], is_staff=False)
    client.force_login(lead)
    response = client.post(f"/admin/pages/{page.pk}/edit/", {"action-publish": "1"})
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.title == "What you told us: July to September 2026"


def test_the_urdu_page_has_urdu_labels(client, home_page, waiting, kindness):
    page = make_page(home_page)
    urdu = page.get_translations().filter(locale__language_code="ur").first()
    assert urdu is not None
    html = client.get(urdu.url).content.decode()
    with translation.override("ur"):
        assert str(numbers.suppress(4)) in html
        assert numbers.change(4, 9) in html
    assert "fewer than 5" not in html
    assert "This quarter" not in html


def test_names_are_in_the_readers_language_or_marked_as_english(
    client, home_page, service, waiting, kindness
):
    """A service is named from its Urdu snippet; a theme the page answers is named by the
    answer; a theme only staff named keeps its English name, marked as English."""
    urdu_locale = Locale.objects.get(language_code="ur")
    urdu_service = service.copy_for_translation(urdu_locale)
    urdu_service.name = "کمیونٹی ذہنی صحت ٹیم"
    urdu_service.save()
    page = make_page(home_page)
    page.answers.add(
        ThemeAnswer(theme=kindness, theme_name="Kind staff on the wards", answer="Thank you.")
    )
    page.save_revision().publish()
    urdu = page.get_translations().get(locale=urdu_locale)
    html = client.get(urdu.url).content.decode()
    assert "کمیونٹی ذہنی صحت ٹیم" in html
    assert '<span lang="en-gb" dir="ltr">Waiting times</span>' in html
    # The Urdu copy is not translated yet: the answer's name is the original's, so marked.
    assert '<span lang="en-gb" dir="ltr">Kind staff on the wards</span>' in html
    english = client.get(page.url).content.decode()
    assert "<span>Kind staff on the wards</span>" in english
    assert "<span>Waiting times</span>" in english


def test_queries_do_not_grow_with_rows(client, home_page, django_assert_max_num_queries):
    services = [Service.objects.create(name=f"Service {n}", slug=f"s{n}") for n in range(12)]
    theme = Theme.objects.create(name="Waiting times")
    for service in services[:2]:
        said(theme, service, 6, THIS_QUARTER)
    small = make_page(home_page)
    client.get(small.url)
    with django_assert_max_num_queries(30) as few:
        client.get(small.url)
    for service in services[2:]:
        said(theme, service, 6, THIS_QUARTER)
    small.take_numbers_again = True
    small.save_revision().publish()
    assert len(small.rows) == 12
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(small.url)


def test_the_demo_page_is_published_for_the_last_full_quarter(home_page, waiting):
    assert told_us_demo.last_full_quarter(datetime.date(2026, 12, 2)) == (2026, 3)
    assert told_us_demo.last_full_quarter(datetime.date(2027, 2, 1)) == (2026, 4)
    told_us_demo.build(home_page, created := [])
    page = WhatYouToldUsPage.objects.get(locale=home_page.locale)
    assert page.live and created
    assert page.answers.count() == len(
        read_yaml(demo_path("forums", "told_us", "page.yaml"))["answers"]
    )
    told_us_demo.build(home_page, again := [])
    assert again == [] and WhatYouToldUsPage.objects.filter(locale=home_page.locale).count() == 1
