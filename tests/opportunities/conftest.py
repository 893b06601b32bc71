import pytest

from tests.opportunities.factories import OpportunityIndexPageFactory


@pytest.fixture
def index_page(home_page):
    return OpportunityIndexPageFactory(parent=home_page)


@pytest.fixture
def register_page(home_page):
    from tests.opportunities.factories import RegisterPageFactory

    return RegisterPageFactory(parent=home_page)
