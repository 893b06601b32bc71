"""Glossary toggletips, the glossary filter and the self-assessment in a real browser:
by keyboard, without JavaScript, in English and Urdu; and the readability score matching
the one Wagtail's Checks panel computes in the browser."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.checks import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TOOLKIT = "/{lang}/toolkits/think-carer/"


def test_a_marked_word_opens_its_definition_by_keyboard(live_site, browser):
    page = browser.new_page()
    page.goto(live_site + TOOLKIT.format(lang="en-gb"))
    button = page.locator("main .involve-term__button").first
    word = button.inner_text()
    # Reach it with the Tab key, as a keyboard user would.
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('involve-term__button')"):
            break
    assert page.evaluate("document.activeElement.textContent") == word
    assert button.get_attribute("aria-expanded") == "false"

    page.keyboard.press("Enter")
    tip = page.locator("main .involve-term__tip").first
    tip.locator(".involve-term__bubble").wait_for()
    assert button.get_attribute("aria-expanded") == "true"
    assert tip.get_attribute("role") == "status"
    assert "Read more in the glossary" in tip.inner_text()
    assert tip.locator("a").get_attribute("href").startswith("/en-gb/glossary/#")

    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert tip.inner_text() == ""
    assert page.evaluate("document.activeElement.textContent") == word

    page.keyboard.press("Space")
    tip.locator(".involve-term__bubble").wait_for()
    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "false"
    page.close()


@pytest.mark.parametrize("lang", ["en-gb", "ur"])
@pytest.mark.parametrize("width", [1280, 375])
def test_an_open_toggletip_passes_axe_and_fits_the_screen(live_site, browser, lang, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(live_site + TOOLKIT.format(lang=lang))
    buttons = page.locator("main .involve-term__button")
    assert buttons.count() >= 2
    # The last one on the page: near the end of a line on a phone, in either direction.
    button = buttons.nth(buttons.count() - 1)
    button.scroll_into_view_if_needed()
    button.click()
    bubble = page.locator("main .involve-term__bubble")
    bubble.wait_for()
    box = bubble.bounding_box()
    results = axe_violations(page)
    button.evaluate("b => b.closest('li, p').scrollIntoView({block: 'center'})")
    screenshot(page, f"toggletip-{lang}-{width}", full_page=False)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    page.close()
    assert results.violations_count == 0, results.generate_report()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    assert overflow <= 0


def test_without_javascript_a_marked_word_is_a_link_to_its_entry(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + TOOLKIT.format(lang="en-gb"))
    link = page.locator("main a.involve-term__link").first
    href = link.get_attribute("href")
    assert href.startswith("/en-gb/glossary/#")
    link.click()
    page.wait_for_url(f"**{href}")
    anchor = href.split("#", 1)[1]
    assert page.locator(f"[id='{anchor}']").is_visible()
    context.close()


def test_the_glossary_filter_works_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + "/en-gb/glossary/")
    page.fill("#id_q", "PALS")
    page.press("#id_q", "Enter")
    page.wait_for_url(re.compile(r"/en-gb/glossary/\?q=PALS"))
    expect(page.locator("text=Patient Advice and Liaison Service (PALS)").first).to_be_visible()
    expect(page.locator("text=Tokenism").first).to_be_hidden()
    context.close()


def test_the_self_assessment_works_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + "/en-gb/toolkits/self-assessment/")
    fieldsets = page.locator("main fieldset")
    for number in range(fieldsets.count()):
        fieldsets.nth(number).locator("label", has_text="1" if number % 2 else "2").click()
    page.click("main button[type=submit]")
    expect(page.locator("text=Your team's scores").first).to_be_visible()
    expect(page.locator("text=Designing the service: 1.5").first).to_be_visible()
    expect(page.locator("text=What level 2 would look like:").first).to_be_visible()
    context.close()


def test_python_readability_matches_wagtails_checks_panel(live_site, browser):
    """Wagtail's Checks panel runs its LIX formula on the innerText of <main>; run that same
    formula in Chromium and compare it with glossary/plain_english.py on the same pages."""
    from django.test import Client

    from glossary.plain_english import check_html

    wagtail_lix = """() => {
        const text = document.querySelector('main').innerText;
        const lang = document.documentElement.lang;
        const bySentence = new Intl.Segmenter(lang, {granularity: 'sentence'});
        const byWord = new Intl.Segmenter(lang, {granularity: 'word'});
        const sentences = Array.from(bySentence.segment(text)).length;
        let words = 0, longWords = 0;
        for (const {segment, isWordLike} of byWord.segment(text)) {
            if (isWordLike) { words += 1; if (segment.length > 6) longWords += 1; }
        }
        return sentences === 0 || words < 10 ? 0 : words / sentences + (longWords * 100) / words;
    }"""
    client = Client()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()

    def scores(path):
        page.goto(live_site + path)
        in_browser = page.evaluate(wagtail_lix)
        return round(check_html(client.get(path).content.decode()).lix, 2), round(in_browser, 2)

    # Pages of prose: the same score to two decimal places.
    prose = {
        path: scores(path)
        for path in [
            "/en-gb/about-involvement/seven-ambitions/",
            "/en-gb/accessibility-statement/",
            "/en-gb/toolkits/before-during-after/",
            "/en-gb/toolkits/creative-workshop/",
            "/en-gb/glossary/",
        ]
    }
    # Listings and forms (and the home page's cards and figures): their layout changes where
    # innerText breaks lines, which the server cannot know, so the score is close, not equal.
    laid_out = {
        path: scores(path)
        for path in [
            "/en-gb/",
            "/en-gb/get-involved/",
            "/en-gb/get-involved/triangle-of-care-ward-review/",
            "/en-gb/toolkits/self-assessment/",
        ]
    }
    context.close()
    assert all(ours == in_browser for ours, in_browser in prose.values()), prose
    assert all(abs(ours - in_browser) < 3 for ours, in_browser in laid_out.values()), laid_out
