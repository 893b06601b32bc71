import os

import pytest
from wagtail.models import Site


def pytest_ignore_collect(collection_path, config):
    """The browser suite and the benchmarks run in processes of their own, each with its
    own database (see the Makefile), never mixed into the unit suite."""
    run = os.environ.get("INVOLVE_TEST_DB", "unit")
    parts = collection_path.parts
    if "browser" in parts and run != "browser":
        return True
    if "benchmarks" in parts and run != "benchmark":
        return True
    return None


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    """The home page the migrations create, as every new database has it."""
    return site.root_page.specific
