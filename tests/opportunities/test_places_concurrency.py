"""The last place, wanted by two people at the same moment, against PostgreSQL: each is a
thread with its own connection, released together by a barrier. The opportunity's row lock,
not the timing, decides. SQLite takes one writer at a time, so it cannot show a race: these
tests need PostgreSQL (`DATABASE_URL=postgres://...`) and are skipped on SQLite."""

import pytest
from django.conf import settings

from opportunities.models import PlaceOffer, Registration
from opportunities.registrations import services
from tests.forums.ideas.test_concurrency import run_together
from tests.opportunities.factories import OpportunityPageFactory, RegistrationFactory

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
        reason="needs PostgreSQL: SQLite allows one writer at a time, so no race can happen",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("committed_rows_put_back"),
]


def test_two_people_taking_the_last_place_at_once_get_one_place(index_page):
    """Two offers out for two places; the host cuts the places to one; both accept at once."""
    opportunity = OpportunityPageFactory(parent=index_page, places=2)
    waiting = [
        RegistrationFactory(
            opportunity=opportunity, email=f"w{n}@example.org", on_waiting_list=True
        )
        for n in range(2)
    ]
    services.offer_free_places(opportunity.pk)
    assert PlaceOffer.objects.holding_a_place().count() == 2
    type(opportunity).objects.filter(pk=opportunity.pk).update(places=1)

    results = run_together(lambda n: services.accept_place(waiting[n]), 2)

    assert sorted(results) == sorted([services.ACCEPTED, services.PLACE_GONE])
    assert Registration.objects.filter(opportunity=opportunity).holding_a_place().count() == 1


def test_a_double_click_on_take_the_place_takes_it_once(index_page):
    opportunity = OpportunityPageFactory(parent=index_page, places=1)
    bea = RegistrationFactory(opportunity=opportunity, on_waiting_list=True)
    services.offer_free_places(opportunity.pk)

    results = run_together(lambda n: services.accept_place(bea), 4)

    assert sorted(results) == sorted([services.ACCEPTED] + [services.ALREADY_ACCEPTED] * 3)
    assert PlaceOffer.objects.get().outcome == PlaceOffer.Outcome.ACCEPTED


def test_two_cancellations_at_once_offer_each_place_once(index_page):
    opportunity = OpportunityPageFactory(parent=index_page, places=2)
    holders = [RegistrationFactory(opportunity=opportunity) for _n in range(2)]
    waiting = [
        RegistrationFactory(opportunity=opportunity, on_waiting_list=True) for _n in range(3)
    ]

    run_together(lambda n: services.cancel_registration(holders[n]), 2)

    offered = set(PlaceOffer.objects.values_list("registration_id", flat=True))
    assert offered == {waiting[0].pk, waiting[1].pk}
