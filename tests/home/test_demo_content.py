import re

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, get_translatable_models
from wagtail_localize.models import TranslationSource

from home.models import ContentPage
from opportunities.models import OpportunityPage, Person
from tests.demo import demo_snapshot


@pytest.mark.django_db
def test_demo_loader_builds_a_living_site(client, demo_site):
    titles = set(ContentPage.objects.live().values_list("title", flat=True))
    assert {
        "About involvement",
        "Our eight involvement principles",
        "Our seven ambitions",
        "Contact the involvement team",
        "Privacy notice",
        "Accessibility statement",
        "Ask for this in another format",
    } <= titles
    html = client.get("/en-gb/").content.decode()
    assert "Your voice can change mental health services" in html
    assert "Riverside Mental Health NHS Trust" in html
    for footer_link in [
        "Privacy notice",
        "Accessibility statement",
        "Ask for this in another format",
    ]:
        assert footer_link in html
    assert OpportunityPage.objects.filter(locale__language_code="en-gb").count() >= 25
    # The register and the home page's live totals.
    assert "Join the involvement register" in html
    assert Person.objects.registered().count() == 12
    assert "How far we have come" in html
    # Read as words: glossary marking may link "involvement register".
    words = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "12 people on the involvement register" in words
    listing = client.get("/en-gb/get-involved/").content.decode()
    assert "opportunities</h2>" in listing and 'class="nhsuk-pagination' in listing
    principles = client.get("/en-gb/about-involvement/involvement-principles/").content.decode()
    assert principles.count("<li><b>") == 8
    assert (
        client.get("/en-gb/about-involvement/seven-ambitions/")
        .content.decode()
        .count("nhsuk-details__summary-text")
        == 7
    )


@pytest.mark.django_db
def test_demo_loader_run_again_changes_nothing_and_keeps_editors_changes(
    demo_site, demo_loaded_again
):
    # Pages, revisions, settings and the rows of every model, before and after a second run.
    assert demo_loaded_again.after == demo_loaded_again.before
    home = demo_site.root_page.specific
    home.hero_heading = "Edited by the team"
    home.save_revision().publish()
    before = demo_snapshot()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    assert demo_snapshot() == before
    home.refresh_from_db()
    assert home.hero_heading == "Edited by the team"


@pytest.mark.django_db
def test_every_demo_page_and_snippet_can_be_sent_for_translation(demo_site):
    """What a translator's "Translate" button does first: wagtail-localize reads every
    translatable field into segments. A nested block saved without an id once made the home
    page and "Our seven ambitions" impossible to translate."""
    originals = [
        *Page.objects.filter(locale=Locale.get_default(), alias_of=None, depth__gt=1).specific(),
        *(
            instance
            for model in get_translatable_models()
            if not issubclass(model, Page)
            for instance in model.objects.filter(locale=Locale.get_default())
        ),
    ]
    refused = []
    for instance in originals:
        try:
            with transaction.atomic():
                source, _created = TranslationSource.get_or_create_from_instance(instance)
                transaction.set_rollback(True)
        except Exception as error:  # noqa: BLE001 - each one that fails is reported
            refused.append(f"{type(instance).__name__} {instance}: {error!r}")
    assert len(originals) > 250
    assert not refused, "\n".join(refused)
