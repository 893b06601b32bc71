"""The demo's translations are loaded as a translator's work is kept (home/demo_translations.py):
through wagtail-localize, all or nothing for each page, never over a translation that is
already there."""

import re

import polib
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from glossary.terms import GlossaryTerm
from home import demo_translations
from home.translation import synchronise_language_trees
from tests.glossary.factories import GlossaryTermFactory
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

ENGLISH = {
    "title": "Getting involved",
    "slug": "getting-involved",
    "summary": "Ways to have a say.",
    "body": "<p>Tell us what works.</p>",
}
URDU = {
    "Getting involved": "شامل ہونا",
    "getting-involved": "getting-involved",
    "Ways to have a say.": "اپنی بات کہنے کے طریقے۔",
    "Tell us what works.": "ہمیں بتائیں کہ کیا ٹھیک چلتا ہے۔",
}


def write_po(folder, language, reference, entries):
    po = polib.POFile()
    po.metadata = {
        "Content-Type": "text/plain; charset=utf-8",
        demo_translations.HEADER: reference,
    }
    for english, translated in entries.items():
        po.append(polib.POEntry(msgid=english, msgstr=translated))
    path = folder / language / f"{len(list(folder.rglob('*.po')))}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


@pytest.fixture
def english_page(home_page):
    page = ContentPageFactory(
        parent=home_page,
        title=ENGLISH["title"],
        slug=ENGLISH["slug"],
        summary=ENGLISH["summary"],
        body=[{"type": "rich_text", "value": ENGLISH["body"]}],
    )
    synchronise_language_trees()
    return page


@pytest.fixture
def files(tmp_path, monkeypatch):
    found = []
    monkeypatch.setattr(demo_translations, "translation_files", lambda: list(found))

    def add(language, reference, entries):
        found.append((language, write_po(tmp_path, language, reference, entries)))

    return add


def urdu_copy(page):
    return Page.objects.get(
        translation_key=page.translation_key, locale__language_code="ur"
    ).specific


def test_a_page_is_translated_through_wagtail_localize_and_answers_in_urdu(
    client, home_page, english_page, files
):
    assert urdu_copy(english_page).alias_of_id == english_page.pk
    files("ur", "page /getting-involved/", URDU)
    created = []

    demo_translations.translate_demo(home_page, created)

    urdu = urdu_copy(english_page)
    assert urdu.alias_of_id is None and urdu.live
    assert (urdu.title, urdu.summary) == ("شامل ہونا", "اپنی بات کہنے کے طریقے۔")
    assert Translation.objects.filter(target_locale__language_code="ur").count() == 1
    assert StringTranslation.objects.filter(translation_type="manual").count() == 4
    html = client.get("/ur/getting-involved/").content.decode()
    assert "ہمیں بتائیں کہ کیا ٹھیک چلتا ہے۔" in html and "Tell us what works." not in html
    assert created == ["translations of pages and snippets (1 in ur)"]


def test_running_it_again_keeps_what_a_translator_changed(home_page, english_page, files):
    files("ur", "page /getting-involved/", URDU)
    demo_translations.translate_demo(home_page, [])
    urdu = urdu_copy(english_page)
    urdu.summary = "ایک مترجم کے اپنے الفاظ۔"
    urdu.save_revision().publish()
    created = []

    demo_translations.translate_demo(home_page, created)

    assert urdu_copy(english_page).summary == "ایک مترجم کے اپنے الفاظ۔"
    assert created == []


def test_a_file_that_leaves_a_passage_out_is_refused_and_names_it(home_page, english_page, files):
    files("ur", "page /getting-involved/", {**URDU, "Tell us what works.": ""})

    with pytest.raises(ImproperlyConfigured, match="Tell us what works"):
        demo_translations.translate_demo(home_page, [])
    assert urdu_copy(english_page).alias_of_id == english_page.pk


def test_a_snippet_gets_its_copy_in_the_language(home_page, files):
    GlossaryTermFactory(name="Carer", definition="Someone who looks after a person.")
    files(
        "ar",
        "glossary.glossaryterm Carer",
        {
            "Carer": "مقدّم الرعاية",
            "Someone who looks after a person.": "شخص يعتني بشخص آخر.",
        },
    )

    demo_translations.translate_demo(home_page, [])

    arabic = GlossaryTerm.objects.get(locale=Locale.objects.get(language_code="ar"))
    assert (arabic.name, arabic.definition) == ("مقدّم الرعاية", "شخص يعتني بشخص آخر.")


PARTLY = "Parts of this page are not yet available in"


def partly_notice_in_urdu():
    """The start of the Urdu "Parts of this page are not yet available in …" notice."""
    with translation.override("ur"):
        return translation.gettext(
            "Parts of this page are not yet available in %(language)s, so they are shown "
            "in English."
        ).split("%(language)s")[0]


def translate_some(page, language, translations):
    """What a translator does in wagtail-localize's editor: translates some passages and
    publishes (the rest keep the English)."""
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    work = Translation.objects.create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        if segment.string.data in translations:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=translations[segment.string.data],
                translation_type="manual",
            )
    work.save_target(publish=True)


def test_a_partly_translated_page_says_parts_are_in_english(client, english_page):
    translate_some(english_page, "ur", {"Getting involved": "شامل ہونا"})

    with translation.override("ur"):
        notice = translation.gettext(
            "Parts of this page are not yet available in %(language)s, so they are shown "
            "in English."
        ) % {"language": "<bdi>اردو</bdi>"}
    html = client.get("/ur/getting-involved/").content.decode()
    assert "شامل ہونا" in html and "Tell us what works." in html
    assert notice in html
    # Not the notice of a page that is not translated at all.
    with translation.override("ur"):
        wholly = translation.gettext(
            "This page is not yet available in %(language)s, so it is shown in English."
        ).split("%(language)s")[0]
    assert wholly not in html


def test_the_passages_still_in_english_are_marked_english(client, english_page):
    # WCAG 3.1.2: a screen reader reads the English passages of an Urdu page in an English
    # voice, and the translated ones in Urdu.
    translate_some(english_page, "ur", {"Getting involved": "شامل ہونا"})

    html = client.get("/ur/getting-involved/").content.decode()

    assert "<h1>شامل ہونا</h1>" in html
    assert '<p class="nhsuk-lede-text" lang="en-gb" dir="ltr">Ways to have a say.</p>' in html
    assert re.search(r'<div lang="en-gb" dir="ltr">\s*<p[^>]*>Tell us what works.</p>', html)


def test_a_translated_passage_is_not_marked_english(client, english_page):
    translate_some(
        english_page,
        "ur",
        {
            "Getting involved": URDU["Getting involved"],
            "Tell us what works.": URDU["Tell us what works."],
        },
    )

    html = client.get("/ur/getting-involved/").content.decode()

    assert '<p class="nhsuk-lede-text" lang="en-gb" dir="ltr">Ways to have a say.</p>' in html
    body = re.search(r"<div>\s*<p[^>]*>ہمیں بتائیں", html)
    assert body, "the translated block carries no English lang"
    assert PARTLY not in client.get("/en-gb/getting-involved/").content.decode()


def test_each_paragraph_still_in_english_is_marked_english(client, home_page):
    page = ContentPageFactory(
        parent=home_page,
        title="Travel",
        slug="travel",
        summary="",
        body=[
            {
                "type": "rich_text",
                "value": "<p>We pay your bus fare.</p><p>Keep your <b>ticket</b>.</p>",
            }
        ],
    )
    synchronise_language_trees()
    translate_some(
        page, "ur", {"Travel": "سفر", "We pay your bus fare.": "ہم آپ کا بس کا کرایہ دیتے ہیں۔"}
    )

    html = client.get("/ur/travel/").content.decode()

    assert re.search(r"<p[^>]*>ہم آپ کا بس کا کرایہ دیتے ہیں۔</p>", html)
    assert "ہم آپ کا بس" in html and 'lang="en-gb" dir="ltr"' in html
    english = re.search(r"<p([^>]*)>Keep your <b>ticket</b>.</p>", html)
    assert english and 'lang="en-gb"' in english.group(1) and 'dir="ltr"' in english.group(1)
    urdu = re.search(r"<p([^>]*)>ہم آپ", html)
    assert urdu and "lang=" not in urdu.group(1)


def test_a_page_translated_all_but_its_address_is_not_partly_english(client, english_page):
    # The slug sits apart (the Promote tab) and is an address, not words: a translator who
    # never opens it has still translated the whole page.
    translate_some(
        english_page,
        "ur",
        {english: urdu for english, urdu in URDU.items() if english != "getting-involved"},
    )

    html = client.get("/ur/getting-involved/").content.decode()

    assert PARTLY not in html
    assert partly_notice_in_urdu() not in html


def test_a_wholly_translated_page_and_an_english_copy_do_not_say_so(client, english_page):
    translate_some(english_page, "ur", URDU)

    urdu = client.get("/ur/getting-involved/").content.decode()
    arabic_alias = client.get("/ar/getting-involved/").content.decode()
    english = client.get("/en-gb/getting-involved/").content.decode()
    for html in (urdu, arabic_alias, english):
        assert PARTLY not in html
    assert partly_notice_in_urdu() not in urdu


def test_a_language_home_page_and_its_pages_keep_their_addresses(
    client, home_page, english_page, files
):
    """The translator's files give the English slugs; a translated page keeps its copy's
    address, so a translated Urdu home page does not move the Urdu tree (its pages answered
    with no address at all when it did)."""
    urdu_home_slug = urdu_copy(home_page).slug
    home_words = {
        segment.string.data: segment.string.data if segment.path == "slug" else "ترجمہ"
        for segment in extract_segments(home_page.specific)
        if isinstance(segment, StringSegmentValue)
    }
    files("ur", "page /", home_words)
    files("ur", "page /getting-involved/", URDU)

    demo_translations.translate_demo(home_page, [])

    assert urdu_copy(home_page).alias_of_id is None
    assert urdu_copy(home_page).slug == urdu_home_slug
    assert urdu_copy(english_page).url == "/ur/getting-involved/"
    assert client.get("/ur/getting-involved/").status_code == 200


def test_a_dated_page_is_found_and_dated_whatever_day_the_demo_is_loaded(home_page):
    """The demo's next forum meeting moves with today, and with it its address and title:
    a file that wrote the day it was made stopped the demo loading the next day."""
    forum = ContentPageFactory(parent=home_page, slug="riverside")
    ContentPageFactory(parent=forum, slug="2026-12-15")
    upcoming = ContentPageFactory(parent=forum, slug="2027-03-16")
    ContentPageFactory(parent=forum, slug="2027-03-16-notes")

    found = demo_translations.find_original("page /riverside/{date}/", home_page)
    entries = demo_translations.fill_in_date(
        {"Riverside community forum, {date}": "ریورسائیڈ کمیونٹی فورم، {date}"}, found, "ur"
    )

    assert found.pk == upcoming.pk  # the latest that fits, not a page named otherwise
    assert entries == {
        "Riverside community forum, 16 March 2027": "ریورسائیڈ کمیونٹی فورم، 16 مارچ، 2027"
    }
    assert demo_translations.find_original("page /riverside/{date}-notes/", home_page).slug == (
        "2027-03-16-notes"
    )
    with pytest.raises(LookupError, match="no page at"):
        demo_translations.find_original("page /elsewhere/{date}/", home_page)
