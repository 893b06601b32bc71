"""The keyboard journeys, by Tab, Enter, Space and Escape alone (no clicks), with JavaScript on
and off: find an opportunity and register, join the register, vote, suggest an idea, switch
language, open a glossary word, and close the "More" menu. After each error and each
confirmation they check where focus lands (`document.activeElement`) and that it is on the
screen, which axe cannot see. One browser context per mode for the whole module."""

import re

import pytest
from playwright.sync_api import expect

from home.accessibility import BY_KEY
from tests.browser.conftest import csp_refusals
from tests.browser.pages import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MODES = ["javascript", "no-javascript"]

# What has focus, and whether its top edge is on the screen (the body counts as on it).
FOCUSED = """() => {
  const element = document.activeElement;
  const box = element.getBoundingClientRect();
  return {
    tag: element.tagName.toLowerCase(),
    id: element.id,
    role: element.getAttribute('role') || '',
    text: element.textContent.replace(/\\s+/g, ' ').trim(),
    onScreen: element === document.body
      || (box.top >= 0 && box.top < window.innerHeight && box.left >= 0
          && box.right <= window.innerWidth + 1),
  };
}"""


@pytest.fixture(scope="module")
def contexts(browser):
    made = {
        "javascript": browser.new_context(viewport={"width": 1280, "height": 900}),
        "no-javascript": browser.new_context(
            viewport={"width": 1280, "height": 900}, java_script_enabled=False
        ),
    }
    yield made
    for context in made.values():
        context.close()


@pytest.fixture
def tab(contexts, request):
    """A new tab in the mode the test is parametrised with, cookies cleared, held to the
    Content-Security-Policy like every page the suite opens."""
    context = contexts[request.node.callspec.params["mode"]]
    context.clear_cookies()
    page = context.new_page()
    refused = []
    page.on("console", lambda message: refused.extend(csp_refusals(page, message)))
    yield page
    page.close()
    assert not refused, "The Content-Security-Policy refused:\n" + "\n".join(refused)


def known_problem(key):
    """An expected failure that the accessibility statement lists (home/accessibility.py).
    Strict: once it passes, the suite fails until the problem leaves the list and the
    statement, and tests/home/test_accessibility_list.py checks both agree."""
    found = BY_KEY[key]
    return pytest.mark.xfail(strict=True, reason=f"Known, WCAG {found.criterion}: {found.text}")


def focused(page):
    return page.evaluate(FOCUSED)


def tab_to(page, selector, limit=250):
    """Presses Tab until the element matching `selector` has focus; the number of presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return presses
    raise AssertionError(f"{limit} presses of Tab never reached {selector} on {page.url}")


def press_and_load(page, key="Enter"):
    with page.expect_navigation():
        page.keyboard.press(key)


def type_into(page, selector, text):
    tab_to(page, selector)
    page.keyboard.type(text)


def tick(page, selector):
    tab_to(page, selector)
    page.keyboard.press("Space")
    assert page.is_checked(selector)


def send_and_expect_the_error_summary(page, submit):
    """Sends the form by keyboard; focus must be on its error summary, on the screen. Then
    its first link, by keyboard, must take focus to the field it names. Gives that field's id."""
    tab_to(page, submit)
    press_and_load(page)
    now = focused(page)
    assert now["id"] == "error-summary" and now["role"] == "alert", now
    assert now["onScreen"], f"The focused error summary is off the screen on {page.url}"
    page.keyboard.press("Tab")
    target = page.evaluate("document.activeElement.hash").lstrip("#")
    assert page.evaluate("document.activeElement.closest('#error-summary') !== null")
    page.keyboard.press("Enter")
    page.wait_for_function("id => document.activeElement.id === id", arg=target)
    assert focused(page)["onScreen"], f"#{target} has focus but is off the screen"
    return target


def expect_a_new_page_with(page, heading):
    """A confirmation on a page of its own: its heading on the screen, focus at the top."""
    expect(page.locator("main h1")).to_have_text(re.compile(heading))
    assert page.evaluate("window.scrollY") == 0
    now = focused(page)
    assert now["tag"] == "body" or now["onScreen"], now


def find_and_register(page, live_site):
    page.goto(live_site + PAGES["opportunities"].format(lang="en-gb"))
    # The skip link comes before the filters at every width, visible once it has focus.
    presses = tab_to(page, ".involve-skip-to-results a")
    skip = page.locator(".involve-skip-to-results a")
    assert skip.bounding_box()["width"] > 10 and skip.is_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.involve-opportunity-list') !== null"), (
        focused(page)
    )
    # From the top of the page, not counting the Enter: 59 presses before the skip link showed.
    assert presses + 1 <= 30, f"{presses + 1} presses of Tab to the first result"

    page.goto(live_site + PAGES["opportunity"].format(lang="en-gb"))
    submit = "form.involve-registration-form button[type=submit]"
    assert send_and_expect_the_error_summary(page, submit) == "id_name"
    page.keyboard.type("Robin Keys")
    type_into(page, "#id_email", "robin.keys@example.org")
    tick(page, "#id_contact_method_0")
    tick(page, "#id_consent")
    tab_to(page, submit)
    press_and_load(page)
    expect_a_new_page_with(page, "Thank you for registering|You are on the waiting list")


def join(page, live_site):
    page.goto(live_site + PAGES["register"].format(lang="en-gb"))
    submit = "main form button[type=submit]"
    assert send_and_expect_the_error_summary(page, submit) == "id_name"
    page.keyboard.type("Robin Keys")
    type_into(page, "#id_email", "robin.keys.joins@example.org")
    tick(page, "input[name=contact_method][value=email]")
    tick(page, "#id_consent")
    tab_to(page, submit)
    press_and_load(page)
    expect_a_new_page_with(page, "Tell us more about you")


def vote(page, live_site):
    page.goto(live_site + PAGES["idea"].format(lang="en-gb"))
    submit = "form[action$='#error-summary'] button[type=submit]"
    assert send_and_expect_the_error_summary(page, submit) == "id_email"
    page.keyboard.type("robin.keys.votes@example.org")
    tab_to(page, submit)
    press_and_load(page)
    now = focused(page)
    assert now["id"] == "vote-confirmation" and now["role"] == "status", now
    assert "Nearly done. Check your email" in now["text"]
    assert now["onScreen"], "The vote's confirmation has focus but is off the screen"


def suggest(page, live_site):
    page.goto(live_site + PAGES["idea-suggest"].format(lang="en-gb"))
    submit = "main form button[type=submit]"
    assert send_and_expect_the_error_summary(page, submit) == "id_title"
    page.keyboard.type("Benches by the bus stop")
    type_into(page, "#id_what", "The walk from the bus is long. A bench halfway would help.")
    tab_to(page, submit)
    press_and_load(page)
    expect_a_new_page_with(page, "Thank you for your idea")


def switch_language(page, live_site):
    page.goto(live_site + "/en-gb/about-involvement/")
    tab_to(page, "a[hreflang=ur]", limit=20)
    press_and_load(page)
    assert page.url == live_site + "/ur/about-involvement/"
    assert page.get_attribute("html", "dir") == "rtl"
    # The Urdu page starts afresh: its skip link first, in Urdu.
    page.keyboard.press("Tab")
    now = focused(page)
    assert now["text"] and now["text"] != "Skip to main content", now
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "maincontent"


def toggletip(page, live_site, javascript):
    page.goto(live_site + "/en-gb/toolkits/think-carer/")
    if javascript:
        tab_to(page, "main .involve-term__button")
        word = focused(page)["text"]
        page.keyboard.press("Enter")
        expect(page.locator("main .involve-term__bubble")).to_be_visible()
        page.keyboard.press("Escape")
        expect(page.locator("main .involve-term__bubble")).to_have_count(0)
        assert focused(page)["text"] == word
        return
    # Without JavaScript the word is a link to its glossary entry, which comes into view.
    tab_to(page, "main a.involve-term__link")
    anchor = page.evaluate("document.activeElement.hash").lstrip("#")
    press_and_load(page)
    assert page.locator(f"[id='{anchor}']").evaluate(
        "element => { const box = element.getBoundingClientRect();"
        " return box.top >= 0 && box.top < window.innerHeight; }"
    )


def more_menu(page, live_site, javascript):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_site + "/en-gb/")
    if not javascript:
        # Without JavaScript there is no menu to open: every item is a link in the list.
        expect(page.locator("#toggle-menu")).to_be_hidden()
        return
    tab_to(page, "#toggle-menu", limit=30)
    page.keyboard.press("Enter")
    expect(page.locator("#toggle-menu")).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.nhsuk-header__menu-list') !== null")
    page.keyboard.press("Escape")
    expect(page.locator("#toggle-menu")).to_have_attribute("aria-expanded", "false")
    assert focused(page)["id"] == "toggle-menu"


JOURNEYS = {
    "find-and-register": find_and_register,
    "join": join,
    "vote": vote,
    "suggest": suggest,
    "switch-language": switch_language,
    "toggletip": toggletip,
    "more-menu": more_menu,
}
WITH_MODE = {"toggletip", "more-menu"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("journey", JOURNEYS)
def test_keyboard_journey(live_site, tab, journey, mode):
    if journey in WITH_MODE:
        JOURNEYS[journey](tab, live_site, mode == "javascript")
    else:
        JOURNEYS[journey](tab, live_site)


@pytest.mark.parametrize("mode", ["javascript"])
@pytest.mark.parametrize("name", ["cookies", "glossary"])
def test_the_page_fits_a_320px_screen(live_site, tab, name, mode):
    """WCAG 1.4.10: at 320 pixels wide (1280 at 400% zoom) nothing scrolls sideways."""
    tab.set_viewport_size({"width": 320, "height": 800})
    tab.goto(live_site + PAGES[name].format(lang="en-gb"))
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320


@known_problem("cookie-choice-not-announced")
@pytest.mark.parametrize("mode", MODES)
def test_the_cookie_choice_is_announced(live_site, tab, mode):
    """The banner's answer comes back on a reloaded page, at the top of the main content but
    without focus, so nothing tells a screen reader the choice was saved."""
    tab.goto(live_site + "/en-gb/about-involvement/")
    tab_to(tab, ".involve-cookie-banner button[value=rejected]", limit=20)
    press_and_load(tab)
    expect(tab.locator(".involve-message")).to_contain_text("You have saved your cookie settings")
    now = focused(tab)
    assert now["role"] == "status" and "You have saved" in now["text"], now
