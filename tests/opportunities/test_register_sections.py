"""Other apps add parts to the register's private page through the
`register_private_page_sections` hook (opportunities/register/sections.py): the page shows
each section's template with its context, and lets each section take the actions it knows."""

import pytest
from django.core.cache import cache
from wagtail import hooks

from opportunities.register.sections import (
    REGISTER_SECTIONS_HOOK,
    PrivatePageSection,
    handle_section_action,
)
from tests.opportunities.factories import PersonFactory

pytestmark = pytest.mark.django_db

SECTION_TEMPLATE = (
    '<section id="fake-section"><h2>Fake section for {{ person.name }}</h2>'
    "<p>Stars: {{ stars }}</p>"
    '<form method="post">'
    '<button name="action" value="add-star" type="submit">Add a star</button></form>'
    "</section>"
)


class StarsSection(PrivatePageSection):
    """A section that counts stars per person, kept in memory for the test."""

    template_name = "tests/fake_register_section.html"

    def __init__(self, stars):
        self.stars = stars

    def get_context(self, person):
        return {"stars": self.stars.get(person.pk, 0)}

    def handle_action(self, person, action, data):
        if action != "add-star":
            return None
        self.stars[person.pk] = self.stars.get(person.pk, 0) + int(data.get("how_many", 1))
        return f"You have {self.stars[person.pk]} stars."


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def section_template(settings):
    """The fake section's template, served from memory ahead of the project's templates."""
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [
        {
            **engine,
            "APP_DIRS": False,
            "OPTIONS": {
                **engine["OPTIONS"],
                "loaders": [
                    (
                        "django.template.loaders.locmem.Loader",
                        {StarsSection.template_name: SECTION_TEMPLATE},
                    ),
                    "django.template.loaders.filesystem.Loader",
                    "django.template.loaders.app_directories.Loader",
                ],
            },
        }
    ]


@pytest.fixture
def stars():
    """Registers the section for the test only, as another app's wagtail_hooks would."""
    counts = {}
    with hooks.register_temporarily(REGISTER_SECTIONS_HOOK, lambda: StarsSection(counts)):
        yield counts


@pytest.fixture
def person():
    return PersonFactory(name="Jo Bloggs")


def manage_url(register_page, person):
    return register_page.link_url("you", person, "manage")


def test_the_private_page_shows_a_registered_sections_template_with_its_context(
    client, register_page, person, section_template, stars
):
    stars[person.pk] = 2
    html = client.get(manage_url(register_page, person)).content.decode()

    assert '<section id="fake-section">' in html
    assert "Fake section for Jo Bloggs" in html  # the page's context reaches the section
    assert "Stars: 2" in html  # and so does the section's own
    # Its form posts back to the page, which needs no CSRF token (home/cross_origin.py).
    section = html[html.index('<section id="fake-section">') :]
    assert '<form method="post">' in section
    # Between the page's own parts, where following projects was.
    assert (
        html.index("Pause contact") < html.index("fake-section") < html.index("Download your data")
    )


def test_a_sections_action_is_handled_and_its_message_shown(
    client, register_page, person, section_template, stars
):
    response = client.post(
        manage_url(register_page, person), {"action": "add-star", "how_many": "3"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert stars == {person.pk: 3}
    assert '<div class="involve-confirmation" role="status"><p>You have 3 stars.</p></div>' in html
    assert "Stars: 3" in html  # the section's context reads the state the action left


def test_the_pages_own_actions_are_not_offered_to_sections(
    client, register_page, person, section_template, stars
):
    client.post(manage_url(register_page, person), {"action": "pause"})

    person.refresh_from_db()
    assert person.contact_paused
    assert stars == {}


def test_an_action_no_section_knows_does_nothing_and_says_nothing(
    client, register_page, person, section_template, stars
):
    html = client.post(manage_url(register_page, person), {"action": "nonsense"}).content.decode()

    assert stars == {}
    assert "involve-confirmation" not in html


def test_the_first_section_that_takes_an_action_wins(person):
    class Never(PrivatePageSection):
        pass

    first, second = StarsSection({}), StarsSection({})
    message = handle_section_action([Never(), first, second], person, "add-star", {})

    assert message == "You have 1 stars."
    assert first.stars == {person.pk: 1} and second.stars == {}


def test_without_sections_the_page_still_works(client, register_page, person):
    response = client.get(manage_url(register_page, person))
    assert response.status_code == 200
    assert "Download your data" in response.content.decode()
