"""Each page type: created where allowed and nowhere else, routable, renderable, editable,
previewable, found by search, and at a fixed number of queries."""

import pytest
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ContentPage, HomePage
from tests.home.factories import ContentPageFactory


class InvolvePageTestCase(WagtailPageTestCase):
    def assertRoutesTo(self, page):
        """Through the real URL configuration, language prefix included. (Wagtail's
        assertPageIsRoutable routes the prefixed path from the root page, so it cannot pass
        with i18n_patterns.)"""
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page"], page)


class HomePageTests(InvolvePageTestCase):
    def setUp(self):
        self.home = Site.objects.get(is_default_site=True).root_page.specific
        self.login()

    def test_home_page_lives_only_at_the_top_of_a_tree(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_home_page_accepts_content_pages(self):
        self.assertCanCreateAt(HomePage, ContentPage)

    def test_home_page_is_routable_renderable_editable_and_previewable(self):
        self.assertRoutesTo(self.home)
        self.assertPageIsRenderable(self.home)
        form_data = nested_form_data(
            {
                "title": "Home",
                "slug": "home",
                "hero_heading": "Your voice counts",
                "hero_text": "Help us improve.",
                "introduction": rich_text("<p>Welcome.</p>"),
                "body": streamfield([]),
            }
        )
        self.assertPageIsEditable(self.home, form_data)
        self.assertPageIsPreviewable(self.home, post_data=form_data)


class ContentPageTests(InvolvePageTestCase):
    def setUp(self):
        self.home = Site.objects.get(is_default_site=True).root_page.specific
        self.page = ContentPageFactory(parent=self.home, title="Our principles")
        self.login()

    def test_content_pages_nest_under_home_and_each_other_only(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})
        self.assertCanNotCreateAt(Page, ContentPage)

    def test_editor_can_create_a_content_page_with_nhs_blocks(self):
        self.assertCanCreate(
            self.home,
            ContentPage,
            nested_form_data(
                {
                    "title": "Payment for involvement",
                    "slug": "payment",
                    "summary": "How we pay you for your time.",
                    "body": streamfield(
                        [("inset_text", {"body": rich_text("<p>We pay by bank transfer.</p>")})]
                    ),
                }
            ),
        )

    def test_content_page_is_routable_renderable_editable_and_previewable(self):
        self.assertRoutesTo(self.page)
        self.assertPageIsRenderable(self.page)
        form_data = nested_form_data(
            {
                "title": "Our principles",
                "slug": self.page.slug,
                "body": streamfield([("rich_text", rich_text("<p>Eight promises.</p>"))]),
            }
        )
        self.assertPageIsEditable(self.page, form_data)
        self.assertPageIsPreviewable(self.page, post_data=form_data)


BLOCKS_OF_EVERY_KIND = [
    {"type": "rich_text", "value": "<h2>About payment</h2><p>Plain words.</p>"},
    {"type": "inset_text", "value": {"body": "<p>An aside.</p>"}},
    {
        "type": "warning_callout",
        "value": {"title": "Check your benefits", "heading_level": 2, "body": "<p>Ask.</p>"},
    },
    {
        "type": "action_link",
        "value": {
            "text": "Contact us",
            "external_url": "https://example.org/",
            "new_window": False,
        },
    },
    {
        "type": "expander",
        "value": {
            "title": "What happens next",
            "body": [{"type": "richtext", "value": "<p>We call.</p>"}],
        },
    },
    {
        "type": "card_group",
        "value": {
            "column": "one-half",
            "body": [
                {
                    "type": "card",
                    "value": {
                        "heading": "A card",
                        "heading_level": 3,
                        "heading_size": "",
                        "body": "<p>Card text.</p>",
                        "url": "https://example.org/card",
                    },
                }
            ],
        },
    },
    {
        "type": "table",
        "value": {
            "data": [["Level", "Meaning"], ["Informing", "We tell you"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Levels of involvement",
        },
    },
    {"type": "do_list", "value": {"heading_level": 2, "label": "", "do": ["<p>ask</p>"]}},
    {"type": "dont_list", "value": {"heading_level": 2, "label": "", "dont": ["<p>wait</p>"]}},
]


@pytest.mark.django_db
def test_every_body_block_renders_its_nhs_component(client, home_page):
    page = ContentPageFactory(parent=home_page, body=BLOCKS_OF_EVERY_KIND)

    html = client.get(page.url).content.decode()

    assert "<h2>About payment</h2>" in html
    assert 'class="nhsuk-inset-text"' in html
    assert "nhsuk-card--warning" in html and "Check your benefits" in html
    assert 'class="nhsuk-action-link"' in html and 'href="https://example.org/"' in html
    assert "nhsuk-expander" in html and "What happens next" in html
    assert "nhsuk-card-group" in html and 'href="https://example.org/card"' in html
    assert '<caption class="nhsuk-table__caption">Levels of involvement</caption>' in html
    assert '<th class="nhsuk-table__header" scope="col">Level</th>' in html
    assert "nhsuk-list--tick" in html and "nhsuk-list--cross" in html


@pytest.mark.django_db
def test_headings_in_blocks_stop_at_level_four(home_page):
    from home.blocks import WarningCalloutBlock

    block = WarningCalloutBlock()
    with pytest.raises(Exception):  # noqa: B017  (Wagtail raises a StructBlockValidationError)
        block.clean(block.to_python({"title": "Too deep", "heading_level": 5, "body": "<p>x</p>"}))


@pytest.mark.django_db
@pytest.mark.parametrize("model_name", ["home", "content"])
def test_every_page_type_appears_in_site_search(client, home_page, model_name):
    if model_name == "home":
        home_page.hero_heading = "Kaleidoscope welcome"
        home_page.save_revision().publish()
        expected = home_page.title
    else:
        expected = ContentPageFactory(parent=home_page, summary="All about kaleidoscope").title

    html = client.get("/en-gb/search/", {"q": "kaleidoscope"}).content.decode()

    assert expected in html


def _children(parent, count, prefix):
    for number in range(count):
        ContentPageFactory(parent=parent, title=f"{prefix} {number}", show_in_menus=True)


@pytest.mark.django_db
def test_home_page_query_count_does_not_grow_with_menu_items(
    client, home_page, django_assert_max_num_queries
):
    _children(home_page, 2, "First")
    client.get("/en-gb/")  # warm Wagtail's site and settings caches, as a live site would be
    # The page, menus, settings, and the fixed counts of "how far we have come".
    with django_assert_max_num_queries(17) as few:
        client.get("/en-gb/")
    _children(home_page, 10, "More")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/en-gb/")
    assert response.content.decode().count("nhsuk-header__navigation-item") >= 12


@pytest.mark.django_db
def test_content_page_query_count_does_not_grow_with_siblings_or_menu_items(
    client, home_page, django_assert_max_num_queries
):
    section = ContentPageFactory(parent=home_page, show_in_menus=True)
    page = ContentPageFactory(parent=section)
    client.get(page.url)
    with django_assert_max_num_queries(20) as few:
        client.get(page.url)
    _children(home_page, 10, "Menu")
    _children(section, 10, "Sibling")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(page.url)
    assert response.status_code == 200


@pytest.mark.django_db
def test_urdu_page_query_count_does_not_grow_with_menu_items(
    client, home_page, django_assert_max_num_queries
):
    from home.translation import synchronise_language_trees

    page = ContentPageFactory(parent=home_page, slug="principles", show_in_menus=True)
    synchronise_language_trees()
    client.get("/ur/principles/")
    with django_assert_max_num_queries(22) as few:
        client.get("/ur/principles/")
    _children(home_page, 10, "Menu")
    synchronise_language_trees()
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/ur/principles/").content.decode()
    assert page.title in html
    assert html.count('href="/ur/menu-') == 10
