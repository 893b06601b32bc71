import pytest

from tests.opportunities.factories import OpportunityIndexPageFactory


@pytest.fixture
def index_page(home_page):
    return OpportunityIndexPageFactory(parent=home_page)
