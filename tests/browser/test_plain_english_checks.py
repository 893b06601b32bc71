"""The plain-English checks in the editor's Checks panel, in a real browser: the panel
opens beside the editor and shows a reading age and advice on the editor's own words."""

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


@pytest.fixture(scope="module")
def about_page_id(live_site, django_db_blocker):
    """Looked up outside the test's transaction: a read inside it would hold SQLite's lock
    while the live server signs the editor in."""
    from wagtail.models import Page

    with django_db_blocker.unblock():
        return Page.objects.get(
            url_path__endswith="/about-involvement/", locale__language_code="en-gb"
        ).pk


def test_the_checks_panel_shows_plain_english_advice(live_site, browser, editor, about_page_id):
    context = browser.new_context()
    page = context.new_page()
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", "checks-editor")
    page.fill("#id_password", "a-long-test-password-for-checks")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    page.goto(live_site + f"/admin/pages/{about_page_id}/edit/")
    page.locator('button[aria-label="Toggle checks"]').click()
    checks = page.locator("[data-plain-english-checks]")
    checks.wait_for(state="visible")
    text = checks.inner_text()
    context.close()
    assert "Reading age about" in text, text
    assert "(aim for 9 to 11)" in text
