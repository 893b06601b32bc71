"""The admin under its Content-Security-Policy, in a real browser: no inline script runs
anywhere (the `new_page` fixture fails a test on any refusal), and Wagtail's widgets that
used to start from inline scripts (home/admin_scripts.py, templates/wagtailadmin/) still
work: choosers open, inline panels add forms, date pickers open."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "a-long-test-password-for-csp"


@pytest.fixture(scope="module")
def admin_pages(live_site, django_db_blocker):
    """An administrator, committed so the live server's thread sees it, and the records
    whose editors are checked."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Locale, Page

    from opportunities.models import Person

    with django_db_blocker.unblock():
        user, _created = get_user_model().objects.get_or_create(
            username="csp-admin", defaults={"is_superuser": True, "is_staff": True}
        )
        user.set_password(PASSWORD)
        user.save()
        english = Locale.get_default()

        def page_id(path):
            return Page.objects.get(url_path=f"/home/{path}/", locale=english).pk

        return {
            "opportunity": page_id("get-involved/join-the-development-group"),
            "project": page_id("you-said-we-are-doing/carers-information-pack"),
            "urdu_home": Page.objects.get(depth=2, locale__language_code="ur").pk,
            "person": Person.objects.order_by("pk").first().pk,
        }


def signed_in(new_page, live_site):
    page = new_page()
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", "csp-admin")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


def test_the_admin_runs_no_inline_script(new_page, live_site, admin_pages):
    page = signed_in(new_page, live_site)
    for path in [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{admin_pages['opportunity']}/edit/",
        f"/admin/pages/{admin_pages['project']}/edit/",
        f"/admin/pages/{admin_pages['urdu_home']}/edit/",
        f"/admin/register/edit/{admin_pages['person']}/",
        # wagtail-localize's "Translate this page" form (its inline script is overridden).
        f"/admin/localize/submit/page/{admin_pages['project']}/",
        "/admin/reports/site-history/",
        "/admin/users/",
    ]:
        page.goto(live_site + path)
        page.wait_for_load_state("networkidle")
    # Every start written as data ran (none is left waiting outside a form template).
    unstarted = page.evaluate(
        "() => [...document.querySelectorAll('script[data-involve-start]')]"
        ".filter(s => !s.hasAttribute('data-involve-started') && !s.closest('template'))"
        ".length"
    )
    assert unstarted == 0


def test_a_chooser_opens_and_a_date_picker_shows(new_page, live_site, admin_pages):
    page = signed_in(new_page, live_site)
    page.goto(live_site + f"/admin/pages/{admin_pages['opportunity']}/edit/")
    page.locator("#id_venue").locator("xpath=..").locator("button").first.click()
    with page.expect_response(lambda response: "/admin/snippets/choose/" in response.url):
        page.get_by_text("Choose another venue").click()
    expect(page.locator(".modal.in, .modal.show").first).to_be_visible()
    page.reload()
    page.locator("#id_starts_at").click()
    expect(page.locator(".xdsoft_datetimepicker:visible").first).to_be_visible()


def test_an_inline_panel_adds_a_form_and_starts_its_widgets(new_page, live_site, admin_pages):
    page = signed_in(new_page, live_site)
    page.goto(live_site + f"/admin/register/edit/{admin_pages['person']}/")
    deletes = page.locator("input[name^=activity_records-][name$=-DELETE]")
    before = deletes.count()
    page.click("#id_activity_records-ADD")
    expect(deletes).to_have_count(before + 1)
    # The new form's page chooser and date field were started from their data.
    unstarted = page.evaluate(
        "() => [...document.querySelectorAll('script[data-involve-start]')]"
        ".filter(s => !s.hasAttribute('data-involve-started') && !s.closest('template'))"
        ".length"
    )
    assert unstarted == 0
