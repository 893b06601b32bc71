import pytest
from django.core.cache import cache

from tests.forums.projects.factories import ProjectIndexPageFactory, make_project


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def project_index(home_page):
    return ProjectIndexPageFactory(parent=home_page)


@pytest.fixture
def project(project_index):
    return make_project(project_index)


@pytest.fixture
def register_page(home_page):
    from tests.opportunities.factories import RegisterPageFactory

    return RegisterPageFactory(parent=home_page)
