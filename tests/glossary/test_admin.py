"""What editors see: the page types and snippets open in the admin, and the off switch."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from glossary.models import GlossaryTerm, PlainerWord
from tests.glossary.factories import (
    GlossaryTermFactory,
    SelfAssessmentPageFactory,
    ToolkitIndexPageFactory,
    ToolkitPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "app_model, parent",
    [
        ("glossary/glossarypage", "home"),
        ("glossary/toolkitindexpage", "home"),
        ("glossary/toolkitpage", "index"),
        ("glossary/selfassessmentpage", "index"),
    ],
)
def test_editors_can_open_the_add_form_of_each_page_type(
    admin_client, home_page, app_model, parent
):
    # One toolkit index per parent: only make it when the test adds under it.
    parent_page = home_page if parent == "home" else ToolkitIndexPageFactory(parent=home_page)
    app, model = app_model.split("/")
    response = admin_client.get(
        reverse("wagtailadmin_pages:add", args=[app, model, parent_page.pk])
    )
    assert response.status_code == 200


def test_editors_see_the_off_switch_and_can_edit_toolkits(admin_client, home_page):
    index = ToolkitIndexPageFactory(parent=home_page)
    for page in [ToolkitPageFactory(parent=index), SelfAssessmentPageFactory(parent=index)]:
        html = admin_client.get(
            reverse("wagtailadmin_pages:edit", args=[page.pk])
        ).content.decode()
        assert 'name="glossary_marking"' in html
        assert "Mark glossary words" in html


@pytest.mark.parametrize("model", [GlossaryTerm, PlainerWord])
def test_the_glossary_snippets_are_in_the_admin(admin_client, model):
    GlossaryTermFactory(name="Carer")
    opts = model._meta
    index = reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:list")
    add = reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:add")
    assert admin_client.get(index).status_code == 200
    assert admin_client.get(add).status_code == 200


def test_an_editor_adds_a_term_and_pages_mark_it_at_once(admin_client, client, home_page):
    from tests.glossary.factories import GlossaryPageFactory
    from tests.home.factories import ContentPageFactory

    GlossaryPageFactory(parent=home_page)
    page = ContentPageFactory(
        parent=home_page, body=[{"type": "rich_text", "value": "<p>Ask a governor.</p>"}]
    )
    assert "involve-term" not in client.get(page.url).content.decode()
    response = admin_client.post(
        reverse("wagtailsnippets_glossary_glossaryterm:add"),
        {
            "name": "Governor",
            "definition": "Someone who holds the board to account.",
            "explanation": rich_text(""),
            "other_forms": "",
            "abbreviations": "",
            "locale": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert 'href="/en-gb/glossary/#governor"' in client.get(page.url).content.decode()
