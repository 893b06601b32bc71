"""The rules of the house: every page works by keyboard and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

# The marker makes pytest-django create the browser database; the live server reads what
# the session fixture committed to it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_skip_link_is_the_first_thing_a_keyboard_reaches(live_site, browser):
    page = browser.new_page()
    page.goto(live_site + "/en-gb/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    page.keyboard.press("Enter")
    assert focused == "Skip to main content"
    assert page.evaluate("document.activeElement.id") == "maincontent"
    page.close()


def test_cookie_banner_choice_works_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + "/en-gb/about-involvement/")
    expect(page.locator("text=Allow optional cookies").first).to_be_visible()

    page.click("text=Do not allow optional cookies")

    page.wait_for_url(live_site + "/en-gb/about-involvement/")
    expect(page.locator("text=Allow optional cookies").first).to_be_hidden()
    expect(page.locator("text=You have saved your cookie settings.").first).to_be_visible()
    cookie = {c["name"]: c["value"] for c in context.cookies()}["involve_cookie_consent"]
    assert cookie == "rejected"
    context.close()


def test_search_works_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + "/en-gb/")
    page.fill("#search-field", "principles")
    page.press("#search-field", "Enter")
    page.wait_for_url(re.compile(r"/en-gb/search/\?q=principles"))
    expect(page.locator("text=Our eight involvement principles").first).to_be_visible()
    context.close()


def test_language_switcher_takes_a_reader_to_urdu_right_to_left(live_site, browser):
    page = browser.new_page()
    page.goto(live_site + "/en-gb/about-involvement/")
    page.click("a[hreflang=ur]")
    page.wait_for_url(live_site + "/ur/about-involvement/")
    assert page.get_attribute("html", "dir") == "rtl"
    page.close()


def test_filters_and_registration_work_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + "/en-gb/get-involved/")
    page.check("input[name=format][value=on_paper]")
    page.click("form.involve-filters button[type=submit]")
    page.wait_for_url(re.compile("format=on_paper"))
    heading = page.inner_text("#results-heading")
    page.reload()
    assert page.inner_text("#results-heading") == heading
    assert page.is_checked("input[name=format][value=on_paper]")

    page.goto(live_site + "/en-gb/get-involved/triangle-of-care-ward-review/")
    page.fill("#id_name", "Robin Example")
    page.fill("#id_phone", "07700 900982")
    page.check("#id_contact_method_3")  # phone me back
    page.check("#id_consent")
    page.click("form.involve-registration-form button[type=submit]")
    page.wait_for_url(re.compile(r"/thanks/(#[\w-]*)?$"))
    expect(page.locator("h1").first).to_be_visible()
    context.close()


def test_joining_the_register_works_without_javascript(live_site, browser):
    from opportunities.models import Person

    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + "/en-gb/join/")

    page.fill("input[name=name]", "Robin Browser")
    page.fill("input[name=email]", "robin.browser@example.org")
    page.check("input[name=contact_method][value=email]")
    page.check("input[name=consent]")
    page.click("main form button[type=submit]")
    expect(page.locator("text=Tell us more about you").first).to_be_visible()

    page.check("input[name=ways][value=online]")
    page.click("main form button[type=submit]")
    expect(page.locator("text=Help us check we hear from everyone").first).to_be_visible()

    page.click("text=Skip these questions")
    expect(page.locator("text=One more step to join the register").first).to_be_visible()
    person = Person.objects.get(email="robin.browser@example.org")
    assert person.online and not person.is_registered
    context.close()


def test_registering_for_a_forum_meeting_works_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + "/en-gb/community-forums/")
    page.click("#next-round ~ table a >> nth=0")
    # No database reads here: the test's open transaction would lock SQLite for the server.
    expect(page.locator("text=What will be discussed").first).to_be_visible()
    page.fill("#id_name", "Robin Example")
    page.fill("#id_email", "robin@example.org")
    page.check("#id_contact_method_0")
    page.check("#id_consent")
    page.click("form.involve-registration-form button[type=submit]")
    page.wait_for_url(re.compile(r"/thanks/(#[\w-]*)?$"))
    expect(page.locator("text=You are registered").first).to_be_visible()
    context.close()


def test_project_filters_and_following_work_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + "/en-gb/you-said-we-are-doing/")
    page.check("input[name=stage][value=done]")
    page.click("form.involve-filters button[type=submit]")
    page.wait_for_url(re.compile("stage=done"))
    expect(page.locator("text=A new shape for our community forums").first).to_be_visible()
    expect(page.locator("text=Easier expenses for people who take part").first).to_be_hidden()

    page.goto(live_site + "/en-gb/you-said-we-are-doing/easier-expenses/")
    expect(page.locator("text=1 action is late").first).to_be_visible()
    page.fill("#id_email", "robin.follows@example.org")
    page.click("#follow button[type=submit]")
    page.wait_for_url(re.compile(r"/follow/sent/(#[\w-]*)?$"))
    expect(page.locator("text=Check your email").first).to_be_visible()
    context.close()


def test_suggesting_and_voting_for_an_idea_work_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_site + "/en-gb/improvement-ideas/?theme=wards&sort=votes")
    page.click("main .involve-ideas a >> nth=0")
    # No database reads here: the test's open transaction would lock SQLite for the server.
    expect(page.locator("text=Vote for this idea").first).to_be_visible()
    page.fill("#id_email", "robin.voter@example.org")
    page.click("form[action$='#error-summary'] button[type=submit]")
    expect(page.locator("text=Check your email and click the link").first).to_be_visible()

    page.goto(live_site + "/en-gb/improvement-ideas/suggest/")
    page.fill("#id_title", "Benches by the bus stop")
    page.fill("#id_what", "The walk from the bus is long. A bench halfway would help.")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r"/suggest/thanks/(#[\w-]*)?$"))
    expect(page.locator("text=Thank you for your idea").first).to_be_visible()
    context.close()
