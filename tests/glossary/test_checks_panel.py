"""The plain-English checks in the editor's Checks panel, as an editor opens the page."""

import html
import re

import pytest
from django.urls import reverse

from tests.glossary.factories import PlainerWordFactory
from tests.glossary.texts import JARGON, PLAIN
from tests.home.factories import ContentPageFactory, UserFactory

pytestmark = pytest.mark.django_db

COMMS = "Communications officers"
LONG_SUMMARY = (
    "This page tells you about the many ways you can help us make our local mental health "
    "services better for the people who use them and their carers."
)


def panel(client, page):
    """The plain-English part of the Checks panel on the page's edit form."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    markup = response.content.decode()
    match = re.search(r"<section[^>]*data-plain-english-checks.*?</section>", markup, re.DOTALL)
    assert match, "no plain-English checks in the Checks panel"
    # The quoted words sit between Unicode isolates (home.languages.isolate).
    return markup, re.sub("[\u2068\u2069]", "", html.unescape(match.group()))


@pytest.fixture
def comms_client(client):
    client.force_login(UserFactory(groups=[COMMS]))
    return client


def test_findings_name_the_field_and_quote_the_words(comms_client, home_page):
    page = ContentPageFactory(parent=home_page, summary=LONG_SUMMARY)
    markup, checks = panel(comms_client, page)
    assert f"Summary: “{LONG_SUMMARY}” has 28 words" in checks
    # Only the editor's words: the template's fixed text gives no advice, and nothing
    # points at a CSS selector. Measured before: advice on "main p" for template text.
    assert len(re.findall("data-plain-english-finding", checks)) == 1
    assert "involve-long-sentence" not in markup


def test_a_block_is_named_by_its_field_and_place(comms_client, home_page):
    page = ContentPageFactory(
        parent=home_page,
        body=[
            {"type": "rich_text", "value": "<p>Short and plain.</p>"},
            {"type": "rich_text", "value": "<p>Ask the ICB.</p>"},
        ],
    )
    _markup, checks = panel(comms_client, page)
    assert "Body, block 2 (Text): “ICB” in “Ask the ICB.”" in checks


def test_the_reading_age_is_one_an_editor_understands(comms_client, home_page):
    jargon = ContentPageFactory(
        parent=home_page, summary="", body=[{"type": "rich_text", "value": f"<p>{JARGON}</p>"}]
    )
    markup, checks = panel(comms_client, jargon)
    age = re.search(r"Reading age about (\d+) \(aim for 9 to 11\)", checks)
    assert age and int(age.group(1)) > 18, checks
    assert "Harder than it should be" in checks
    assert "Most people can read this easily" not in checks
    # Wagtail's LIX band ("Readability: Good") gives way to the reading age.
    assert "data-content-readability-score" not in markup

    plain = ContentPageFactory(
        parent=home_page,
        summary="",
        body=[
            {
                "type": "rich_text",
                "value": f"<p>{PLAIN}</p>",
            }
        ],
    )
    _markup, checks = panel(comms_client, plain)
    assert "Most people can read this easily" in checks


@pytest.mark.parametrize(
    "groups",
    [[COMMS], ["Co-production leads"], ["Forum co-chairs"], ["Translators"]],
)
def test_every_editor_can_open_the_plainer_words_list_the_advice_links_to(
    client, home_page, groups
):
    """Measured before: the advice sent editors to Snippets > Glossary > Plainer words, which
    co-production leads and co-chairs may not open."""
    PlainerWordFactory(word="utilise", alternative="use")
    page = ContentPageFactory(parent=home_page, summary="We utilise your views.")
    client.force_login(UserFactory(groups=[COMMS]))
    _markup, checks = panel(client, page)
    link = re.search(r'href="([^"]+)"[^>]*>See the list of plainer words', checks)
    assert link, checks
    client.force_login(UserFactory(groups=groups))
    response = client.get(link.group(1))
    assert response.status_code == 200
    listing = response.content.decode()
    assert "utilise" in listing and "use" in listing
