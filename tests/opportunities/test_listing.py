import datetime

import pytest
from django.utils import timezone

from tests.opportunities.factories import (
    AreaFactory,
    OpportunityPageFactory,
    TopicFactory,
    VenueFactory,
)


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def titles(client, url, **params):
    html = client.get(url, params).content.decode()
    return [
        part.split(">", 1)[1].split("</a>")[0]
        for part in html.split('class="nhsuk-card__link"')[1:]
    ]


@pytest.fixture
def catalogue(index_page):
    carers = TopicFactory(slug="carers", name="Carers")
    recruitment = TopicFactory(slug="recruitment", name="Recruitment")
    north = AreaFactory(slug="northfield", name="Northfield")
    south = AreaFactory(slug="southgate", name="Southgate")
    OpportunityPageFactory(
        parent=index_page,
        title="Carers survey",
        kind="survey",
        online=True,
        take_part_url="https://surveys.example.org/carers",
        on_paper=True,
        for_carers=True,
        for_anyone=False,
        payment="expenses_only",
        time_commitment="one_off",
        topics=[carers],
        areas=[north],
        closing_date=days(3),
    )
    OpportunityPageFactory(
        parent=index_page,
        title="Interview panel",
        kind="interview_panel",
        online=False,
        in_person=True,
        venue=VenueFactory(),
        for_service_users=True,
        for_anyone=False,
        payment="paid",
        time_commitment="one_off",
        topics=[recruitment],
        areas=[south],
        closing_date=days(1),
    )
    OpportunityPageFactory(
        parent=index_page,
        title="Carers committee",
        kind="committee",
        online=True,
        by_phone=True,
        for_carers=True,
        for_young_people=True,
        for_anyone=False,
        payment="paid",
        time_commitment="ongoing",
        topics=[carers, recruitment],
        areas=[north, south],
        closing_date=days(10),
    )
    OpportunityPageFactory(
        parent=index_page,
        title="Closed workshop",
        kind="workshop",
        topics=[carers],
        closing_date=days(-1),
    )
    return index_page


@pytest.mark.django_db
def test_open_opportunities_soonest_closing_first_and_counted(client, catalogue):
    html = client.get(catalogue.url).content.decode()
    assert titles(client, catalogue.url) == [
        "Interview panel",
        "Carers survey",
        "Carers committee",
    ]
    assert "3 opportunities" in html
    assert "Closed workshop" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, expected",
    [
        ({"topic": "carers"}, ["Carers survey", "Carers committee"]),
        ({"kind": "interview_panel"}, ["Interview panel"]),
        ({"format": "on_paper"}, ["Carers survey"]),
        ({"format": ["on_paper", "by_phone"]}, ["Carers survey", "Carers committee"]),
        ({"area": "southgate"}, ["Interview panel", "Carers committee"]),
        ({"payment": "expenses_only"}, ["Carers survey"]),
        ({"payment": "paid"}, ["Interview panel", "Carers committee"]),
        ({"time": "ongoing"}, ["Carers committee"]),
        ({"audience": "for_young_people"}, ["Carers committee"]),
        ({"audience": "for_service_users"}, ["Interview panel"]),
        ({"topic": "carers", "payment": "paid"}, ["Carers committee"]),
        (
            {"topic": ["carers", "recruitment"], "area": "northfield"},
            ["Carers survey", "Carers committee"],
        ),
        ({"format": "online", "audience": "for_carers", "time": "one_off"}, ["Carers survey"]),
        ({"kind": "survey", "area": "southgate"}, []),
    ],
)
def test_filters_combine(client, catalogue, params, expected):
    assert titles(client, catalogue.url, **params) == expected


@pytest.mark.django_db
def test_filters_are_kept_in_the_form_and_count(client, catalogue):
    html = client.get(catalogue.url, {"topic": "carers", "payment": "paid"}).content.decode()
    assert 'value="carers" checked' in html
    assert 'value="paid" checked' in html
    assert "1 opportunity" in html
    assert "Clear filters" in html


@pytest.mark.django_db
def test_unknown_filter_values_say_so_and_show_everything(client, catalogue):
    html = client.get(catalogue.url, {"topic": "no-such-topic"}).content.decode()
    assert "There is a problem" in html
    assert len(titles(client, catalogue.url, topic="no-such-topic")) == 3


@pytest.mark.django_db
def test_nothing_matching_gets_a_plain_message(client, catalogue):
    html = client.get(catalogue.url, {"kind": "training"}).content.decode()
    assert "0 opportunities" in html
    assert "No open opportunities match these filters." in html


@pytest.mark.django_db
def test_listing_is_paginated_and_pages_keep_the_filters(client, index_page):
    topic = TopicFactory(slug="training")
    for number in range(23):
        OpportunityPageFactory(
            parent=index_page,
            title=f"Session {number:02}",
            topics=[topic],
            closing_date=days(number + 1),
        )

    first = client.get(index_page.url, {"topic": "training"}).content.decode()
    third = titles(client, index_page.url, topic="training", page=3)

    assert "topic=training&amp;page=2" in first
    assert "Page 2 of 3" in first
    assert third == ["Session 20", "Session 21", "Session 22"]


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_from_10_to_500(
    client, index_page, django_assert_max_num_queries
):
    topic, area = TopicFactory(slug="carers"), AreaFactory(slug="north")

    def add(count):
        for _number in range(count):
            OpportunityPageFactory(parent=index_page, topics=[topic], areas=[area])

    add(10)
    client.get(index_page.url)
    with django_assert_max_num_queries(24) as ten:
        client.get(index_page.url, {"topic": "carers"})
    add(490)
    with django_assert_max_num_queries(len(ten.captured_queries)):
        html = client.get(index_page.url, {"topic": "carers"}).content.decode()
    assert "500 opportunities" in html
