"""Closed opportunities told in the past tense and listed on `past/` with what came of them;
opportunities taken part in straight away through a link, with no form asking who you are."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page

from home.translation import synchronise_language_trees
from tests.opportunities.factories import OpportunityPageFactory

SURVEY_LINK = "https://surveys.example.org/crisis-line"
PERSONAL_FIELDS = ('name="name"', 'name="email"', 'name="phone"')


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def in_urdu(page):
    synchronise_language_trees()
    return Page.objects.get(translation_key=page.translation_key, locale__language_code="ur")


def urdu(msgid):
    with translation.override("ur"):
        words = gettext(msgid)
    assert words != msgid, f"No Urdu for {msgid!r}"
    return words


def titles(html):
    return [
        part.split(">", 1)[1].split("</a>")[0]
        for part in html.split('class="nhsuk-card__link"')[1:]
    ]


@pytest.mark.django_db
def test_a_closed_opportunity_speaks_in_the_past_tense_with_no_form(client, index_page):
    page = OpportunityPageFactory(
        parent=index_page,
        closing_date=datetime.date(2020, 11, 3),
        what_happened_next="<p>Your ideas shaped the new leaflet.</p>",
        places=6,
    )

    html = client.get(page.url).content.decode()

    assert "This opportunity closed on <bdi>3 November 2020</bdi>." in html
    assert "<h2>What we asked</h2>" in html and "What you would do" not in html
    assert "What people could change" in html and "How much say people had" in html
    assert "Your ideas shaped the new leaflet." in html
    assert 'href="/en-gb/get-involved/past/"' in html
    assert "involve-registration-form" not in html and "Register interest" not in html
    assert "Register your interest" not in html
    assert "waiting list" not in html and "Payments can affect benefits" not in html

    urdu_html = client.get(in_urdu(page).url).content.decode()

    assert urdu("What we asked") in urdu_html and urdu("How people took part") in urdu_html
    assert "What we asked" not in urdu_html
    assert "involve-registration-form" not in urdu_html
    assert urdu("Register your interest") not in urdu_html


@pytest.mark.django_db
def test_past_opportunities_newest_closed_first_a_page_at_a_time(client, index_page):
    OpportunityPageFactory(parent=index_page, title="Still open", closing_date=days(3))
    for number in range(12):
        OpportunityPageFactory(
            parent=index_page,
            title=f"Closed {number:02}",
            closing_date=days(-1 - number),
            what_happened_next="<p>We changed the leaflet.</p><p>It is <b>clearer</b>.</p>"
            if number == 0
            else "",
        )

    index = client.get(index_page.url).content.decode()
    first = client.get(index_page.url + "past/").content.decode()
    second = client.get(index_page.url + "past/", {"page": 2}).content.decode()

    assert 'href="/en-gb/get-involved/past/"' in index
    assert "12 past opportunities" in first and "Page 2 of 2" in first
    assert titles(first) == [f"Closed {number:02}" for number in range(10)]
    assert titles(second) == ["Closed 10", "Closed 11"]
    assert "Still open" not in first + second
    assert "We changed the leaflet. It is clearer." in first
    assert '<dt class="nhsuk-summary-list__key">Closed</dt>' in first

    urdu_index = in_urdu(index_page)
    urdu_html = client.get(urdu_index.url + "past/").content.decode()
    assert urdu_index.url == "/ur/get-involved/"
    assert urdu("Past opportunities") in urdu_html and urdu("What happened next") in urdu_html
    assert len(titles(urdu_html)) == 10


@pytest.mark.django_db
def test_past_opportunities_cost_the_same_queries_for_10_or_40(
    client, index_page, django_assert_max_num_queries
):
    def close(count):
        for _number in range(count):
            OpportunityPageFactory(
                parent=index_page,
                closing_date=days(-2),
                what_happened_next="<p>We changed the leaflet.</p>",
            )

    close(10)
    client.get(index_page.url + "past/")
    with django_assert_max_num_queries(20) as ten:
        client.get(index_page.url + "past/")
    close(30)
    with django_assert_max_num_queries(len(ten.captured_queries)):
        html = client.get(index_page.url + "past/", {"page": 3}).content.decode()
    assert "40 past opportunities" in html and len(titles(html)) == 10


@pytest.mark.django_db
def test_a_survey_with_a_link_is_taken_part_in_without_giving_a_name(client, index_page):
    page = OpportunityPageFactory(
        parent=index_page,
        kind="survey",
        online=True,
        take_part_url=SURVEY_LINK,
        anonymous=True,
        joining_instructions="Fill it in online, or ring us.",
    )

    html = client.get(page.url).content.decode()

    assert f'<a class="nhsuk-action-link" href="{SURVEY_LINK}">' in html
    assert "Take part online" in html and "It is anonymous" in html
    assert not [field for field in PERSONAL_FIELDS if field in html]
    assert "Register your interest" not in html
    assert client.post(page.url, {"name": "Alex", "email": "a@example.org"}).status_code == 200
    assert page.registrations.count() == 0

    urdu_html = client.get(in_urdu(page).url).content.decode()
    assert f'href="{SURVEY_LINK}"' in urdu_html
    assert urdu("Take part online") in urdu_html
    assert not [field for field in PERSONAL_FIELDS if field in urdu_html]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields",
    [
        # An online survey with nowhere to fill it in.
        {"kind": "survey", "online": True, "take_part_url": ""},
        # Anonymous, yet the page would ask for a name.
        {"anonymous": True, "take_part_url": ""},
        # A link sent in the clear.
        {"take_part_url": "http://surveys.example.org/crisis-line"},
    ],
)
def test_a_link_that_would_break_the_promise_cannot_be_saved(index_page, fields):
    page = OpportunityPageFactory.build(**fields)
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth"])
    assert "take_part_url" in error.value.message_dict
