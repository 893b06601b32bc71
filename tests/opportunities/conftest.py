import pytest

from tests.opportunities.factories import OpportunityIndexPageFactory

# The payment tests' fixtures (tests/opportunities/test_payments_*.py).
from tests.opportunities.payments_helpers import (  # noqa: F401
    alex,
    claim,
    past_activity,
    payment_settings,
    payments_page,
)


@pytest.fixture
def index_page(home_page):
    return OpportunityIndexPageFactory(parent=home_page)


@pytest.fixture
def register_page(home_page):
    from tests.opportunities.factories import RegisterPageFactory

    return RegisterPageFactory(parent=home_page)
