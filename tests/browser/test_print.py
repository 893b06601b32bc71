"""Toolkits and self-assessment results print as clean handouts."""

import pytest

from tests.browser.checks import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize(
    "name, path",
    [
        ("toolkit", "/en-gb/toolkits/before-during-after/"),
        (
            "self-assessment-result",
            "/en-gb/toolkits/self-assessment/?submitted=1&"
            + "&".join(
                f"s{s}_{n}=1"
                for s, count in [(1, 2), (2, 7), (3, 4), (4, 4)]
                for n in range(1, count + 1)
            ),
        ),
    ],
)
def test_a_printed_page_is_only_its_own_words(live_site, browser, name, path):
    page = browser.new_page(viewport={"width": 800, "height": 1100})
    page.goto(live_site + path)
    page.emulate_media(media="print")
    for hidden in [
        ".nhsuk-header",
        ".involve-language-switcher",
        ".nhsuk-footer-container",
        ".nhsuk-breadcrumb",
        ".involve-print-button",
    ]:
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator("main h1").is_visible()
    if name == "self-assessment-result":
        assert page.locator("text=Your team's scores").is_visible()
        assert not page.locator("#assessment-form").is_visible()
    screenshot(page, f"print-{name}")
    page.close()
