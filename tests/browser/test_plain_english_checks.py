"""The plain-English checks run inside Wagtail's own content checker, in a real browser."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def editor(live_site, django_db_blocker):
    """An editor account, committed so the live server's thread can see it."""
    from django.contrib.auth import get_user_model

    with django_db_blocker.unblock():
        user, _created = get_user_model().objects.get_or_create(
            username="checks-editor", defaults={"is_superuser": True, "is_staff": True}
        )
        user.set_password("a-long-test-password-for-checks")
        user.save()
    return user


def test_the_checker_shows_plain_english_advice(live_site, browser, editor):
    context = browser.new_context()
    page = context.new_page()
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", "checks-editor")
    page.fill("#id_password", "a-long-test-password-for-checks")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    # A demo page with sentences over 20 words (the plain-English report lists them).
    page.goto(live_site + "/en-gb/about-involvement/")
    userbar = page.locator("wagtail-userbar")
    # Wagtail runs its checker when the page loads, and counts the issues it finds.
    page.wait_for_function(
        "() => (document.querySelector('wagtail-userbar')?.shadowRoot"
        "?.querySelector('[data-content-checker-count]')?.textContent || '').trim() !== ''"
    )
    userbar.locator("#wagtail-userbar-trigger").click()
    userbar.locator("#checker-trigger").click()
    page.wait_for_function(
        "() => document.querySelector('wagtail-userbar').shadowRoot"
        ".querySelectorAll('[data-content-checker-name]').length > 0"
    )
    names = userbar.locator("[data-content-checker-name]").all_text_contents()
    context.close()
    assert "Sentence longer than 20 words" in names, names
