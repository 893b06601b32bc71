"""The page editor as a communications officer meets it: they publish their own pages with
Publish as the main button and no workflow, and a page still being written is never
autosaved into a stray draft (home/page_views.py, home/migrations/0012)."""

import re

import pytest
from django.http import HttpResponse
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ContentPage
from tests.home.factories import ContentPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def comms(client):
    officer = UserFactory(groups=["Communications officers"])
    client.force_login(officer)
    return officer


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["home", "contentpage", parent.pk])


def page_form(**overrides):
    data = {
        "title": "Travel costs",
        "slug": "travel-costs",
        "summary": "How we pay for your travel.",
        "body": streamfield([("rich_text", rich_text("<p>We pay your bus fare.</p>"))]),
        "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
    }
    data.update(overrides)
    return nested_form_data(data)


def main_action(html):
    """The label of the editor's main button: the first in the footer's actions."""
    footer = html.split('aria-label="Actions (footer)"')[1]
    button = re.search(r"<button[^>]*type=\"submit\"[\s\S]*?</button>", footer).group(0)
    return re.sub(r"<[^>]+>|\s+", " ", button).split()[-1]


def test_a_communications_officer_publishes_their_own_page_directly(client, comms, home_page):
    """Measured before: "Save draft" first, "Publish" under "More actions", and the site's
    root under "Communications officer approval", the officers' own approval."""
    html = client.get(add_url(home_page)).content.decode()
    assert main_action(html) == "Publish"
    assert "Submit to" not in html

    response = client.post(add_url(home_page), page_form(**{"action-publish": "Publish"}))
    assert response.status_code == 302
    page = ContentPage.objects.get(slug="travel-costs", alias_of=None)
    assert page.live and page.get_workflow() is None

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert main_action(html) == "Publish"
    assert "Submit to" not in html


def test_a_page_being_written_is_never_autosaved_into_a_stray_draft(client, comms, home_page):
    """Measured before: an autosave of the half-filled form made the page (a draft, and its
    copy in each other language), and starting again said the slug was in use."""
    html = client.get(add_url(home_page)).content.decode()
    assert not re.search(r'data-controller="[^"]*\bw-autosave\b', html)

    # An autosave from an editor opened before this change: nothing made, said in words
    # (Wagtail's autosave shows the message of an "invalid_revision", and stops).
    response = client.post(
        add_url(home_page), page_form(summary=""), HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    assert "Save draft" in response.json()["error_message"]
    assert not Page.objects.filter(slug="travel-costs").exists()

    response = client.post(add_url(home_page), page_form(**{"action-publish": "Publish"}))
    assert response.status_code == 302, response.content.decode()[:2000]

    # Once the page exists, autosave keeps its drafts as Wagtail does.
    page = ContentPage.objects.get(slug="travel-costs", alias_of=None)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form(summary="How we pay for your bus or train."),
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200 and response.json()["success"]


def test_an_autosave_wagtail_refuses_says_why_in_words(client, comms, home_page):
    """Measured before: a hook refusing an autosave answered 400 "blocked_by_hook", which
    Wagtail's autosave shows as "A server error occurred"."""
    page = ContentPageFactory(parent=home_page, slug="travel-costs")
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])

    with hooks.register_temporarily("before_edit_page", lambda request, page: HttpResponse()):
        response = client.post(edit, page_form(), HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert response.json()["error_code"] in {"invalid_revision", "locked", "validation_error"}
    assert "Save draft" in response.json()["error_message"]
