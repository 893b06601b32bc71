"""Finding your way: main menu, breadcrumbs, footer and the organisation's details."""

import pytest

from home.models import OrganisationSettings
from tests.home.factories import ContentPageFactory, LocaleFactory


@pytest.mark.django_db
def test_main_menu_lists_live_pages_editors_put_in_menus(client, home_page):
    ContentPageFactory(parent=home_page, title="Get involved", show_in_menus=True)
    ContentPageFactory(parent=home_page, title="Hidden from menus", show_in_menus=False)
    ContentPageFactory(parent=home_page, title="Unpublished", show_in_menus=True, live=False)

    menu = client.get("/en-gb/").content.decode().split('aria-label="Main menu"')[1]
    menu = menu.split("</nav>")[0]

    assert "Get involved" in menu
    assert " lang=" not in menu  # English titles for an English reader need no marking
    assert "Hidden from menus" not in menu
    assert "Unpublished" not in menu


@pytest.mark.django_db
def test_menu_marks_the_section_the_reader_is_in(client, home_page):
    section = ContentPageFactory(parent=home_page, title="About", show_in_menus=True)
    page = ContentPageFactory(parent=section, title="Principles")

    html = client.get(page.url).content.decode()

    assert 'aria-current="true">' in html
    assert "nhsuk-header__navigation-item--current" in html


@pytest.mark.django_db
def test_breadcrumbs_lead_back_up_the_tree(client, home_page):
    section = ContentPageFactory(parent=home_page, title="About involvement")
    page = ContentPageFactory(parent=section, title="Our principles")

    html = client.get(page.url).content.decode()
    crumbs = html.split('aria-label="Breadcrumb"')[1].split("</nav>")[0]

    assert f'href="{home_page.url}">Home</a>' in crumbs
    assert f'href="{section.url}">About involvement</a>' in crumbs
    assert "Back to" in crumbs and "Our principles" not in crumbs


@pytest.mark.django_db
def test_home_page_has_no_breadcrumbs(client, home_page):
    assert 'aria-label="Breadcrumb"' not in client.get("/en-gb/").content.decode()


@pytest.mark.django_db
def test_header_and_footer_show_the_organisations_details(client, site, home_page):
    privacy = ContentPageFactory(parent=home_page, title="Privacy notice")
    other_formats = ContentPageFactory(parent=home_page, title="Other formats")
    OrganisationSettings.objects.update_or_create(
        site=site,
        defaults={
            "name": "Northfield Mental Health NHS Trust",
            "phone": "0808 157 0000",
            "email": "involve@example.org",
            "address": "1 High Street\nNorthfield",
            "privacy_page": privacy,
            "other_formats_page": other_formats,
            "youtube_url": "https://www.youtube.com/@example",
        },
    )

    html = client.get("/en-gb/").content.decode()

    assert (
        '<span class="nhsuk-header__organisation-name">Northfield Mental Health NHS Trust' in html
    )
    assert 'href="tel:08081570000"' in html
    assert 'href="mailto:involve@example.org"' in html
    assert "1 High Street<br>Northfield" in html
    assert f'href="{privacy.url}">Privacy notice</a>' in html
    assert f'href="{other_formats.url}">Other formats</a>' in html
    assert 'href="https://www.youtube.com/@example">YouTube</a>' in html


@pytest.mark.django_db
def test_footer_links_to_the_readers_language_when_translated(client, site, home_page):
    privacy = ContentPageFactory(parent=home_page, title="Privacy notice")
    OrganisationSettings.objects.update_or_create(site=site, defaults={"privacy_page": privacy})
    urdu = LocaleFactory(language_code="ur")
    home_page.copy_for_translation(urdu).save_revision().publish()
    urdu_privacy = privacy.copy_for_translation(urdu)
    urdu_privacy.title = "رازداری کا نوٹس"
    urdu_privacy.save_revision().publish()

    html = client.get("/ur/").content.decode()

    assert f'href="{urdu_privacy.url}">رازداری کا نوٹس</a>' in html
