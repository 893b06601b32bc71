import pytest

from glossary import marking
from tests.glossary.factories import GlossaryPageFactory, GlossaryTermFactory


@pytest.fixture(autouse=True)
def fresh_matchers():
    """Each test starts with no compiled matcher and a new glossary version."""
    marking._matchers.clear()
    marking.glossary_changed()
    yield
    marking._matchers.clear()


@pytest.fixture
def glossary_page(home_page):
    return GlossaryPageFactory(parent=home_page)


@pytest.fixture
def terms(glossary_page):
    return {
        "co-production": GlossaryTermFactory(
            name="Co-production",
            definition="Working as equal partners with the people who use a service.",
            other_forms="coproduction\nco-produce\nco-produced",
        ),
        "carer": GlossaryTermFactory(
            name="Carer", definition="Someone who looks after a person without being paid."
        ),
        "ccg": GlossaryTermFactory(
            name="Clinical commissioning group",
            definition="A group of GP practices that planned local health services.",
            abbreviations="CCG",
        ),
        "lived experience": GlossaryTermFactory(
            name="Lived experience",
            definition="What you know from going through something yourself.",
        ),
    }
