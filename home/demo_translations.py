"""The demo's translations: pages and snippets translated by people, loaded the way a
translator's work is kept, through wagtail-localize (a Translation, its StringTranslations,
then `save_target`), so the demo's Urdu home page is what a translator would have made, and
the out-of-date report and sync treat it the same.

Each app may keep them in `<app>/demo/translations/<language>/<name>.po`: one file per page
or snippet, in the PO format translators use, whose header says what it translates:

    "X-Involve-Object: page /about-involvement/\\n"        a page, by its path under home
    "X-Involve-Object: glossary.glossaryterm Carer\\n"     a snippet, by its model and name
    "X-Involve-Object: page /community-forums/riverside/{date}/\\n"   a dated page (below)

Each entry's msgid is the English of one segment and its msgstr the translation; a segment
is matched by its English words (block ids, which wagtail-localize's contexts hold, differ
from one demo load to the next). Every segment must be translated: a file that leaves one
out is refused, naming it, rather than publishing a page that is half English.

The demo's dates move with today (the next forum meeting is always ahead), and a page named
by its date carries it in its address and title: its file writes `{date}` for it. In the
reference it fits any date (the latest page that fits is meant), and in the text it is the
page's own date, in English and in the file's language (`fill_in_date`).

`translate_demo(created)` runs after the language trees are made (`load_demo_content`). A
language copy that is already a real translation is left alone, so running it again changes
nothing and keeps what a translator changed.

Imports home.formatting only: home is the core.
"""

import datetime
import re
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from .formatting import local_date

HEADER = "X-Involve-Object"
DATE = "{date}"


def translation_files():
    """[(language code, path)] of every app's demo translations, apps in INSTALLED_APPS
    order, files by name."""
    found = []
    for config in apps.get_app_configs():
        folder = Path(config.path) / "demo" / "translations"
        for path in sorted(folder.glob("*/*.po")):
            found.append((path.parent.name, path))
    return found


def find_original(reference, home):
    """The page or snippet in the default language that a file's header names."""
    kind, _, key = reference.partition(" ")
    default = Locale.get_default()
    if kind == "page":
        path = home.url_path + key.strip("/") + ("/" if key.strip("/") else "")
        pages = Page.objects.filter(locale=default, alias_of=None)
        if DATE in path:
            # The latest of the pages the pattern fits: a forum's next meeting.
            pattern = re.escape(path).replace(re.escape(DATE), r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
            page = pages.filter(url_path__regex=f"^{pattern}$").order_by("-url_path").first()
        else:
            page = pages.filter(url_path=path).first()
        if page is None:
            raise LookupError(f"A demo translation names {path}, which the demo has no page at.")
        return page.specific
    model = apps.get_model(kind)
    field = "word" if hasattr(model, "word") else "name"
    return model.objects.get(locale=default, **{field: key})


def fill_in_date(entries, instance, language):
    """The demo's calendar moves with today (the next forum meeting, a project update 34
    days ago), and so does the date in such a page's address and title. Its file writes
    `{date}` for it, in its reference and its text; here the page's own date (the start of
    its slug) is put in, written in English in the source text and in the file's language
    in the translation."""
    match = re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", getattr(instance, "slug", ""))
    if match is None:
        return entries
    day = datetime.date.fromisoformat(match.group())
    english = local_date(day, language=settings.LANGUAGE_CODE)
    translated = local_date(day, language=language)
    return {
        msgid.replace(DATE, english): msgstr.replace(DATE, translated)
        for msgid, msgstr in entries.items()
    }


def translate_one(instance, locale, entries):
    """Translates `instance` into `locale` from {English: translation}; False when it has a
    translation already (kept as it is)."""
    target = instance.get_translation_or_none(locale)
    if target is not None and getattr(target, "alias_of_id", None) is None:
        return False
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _made = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    if target is not None:
        # A page keeps its address in the language: its copy's slug, whatever the file says
        # (the English slug clashes with the English page's, so a language's home page
        # would get a new one and its whole tree would lose its addresses).
        slugs = {seg.string.data: target.slug for seg in segments if seg.context.path == "slug"}
        entries = {**entries, **slugs}
    # An empty field is a segment too (a venue without parking notes): it stays empty.
    entries = {"": "", **entries}
    missing = [segment.string.data for segment in segments if segment.string.data not in entries]
    if missing:
        raise ImproperlyConfigured(
            f"The {locale.language_code} translation of {instance} leaves out: {missing[:3]}"
        )
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=entries[segment.string.data],
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for segment in segments
        ],
        ignore_conflicts=True,
    )
    translation.save_target(publish=True)
    return True


def translate_demo(home, created):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    done = {}
    files = [(language, polib.pofile(str(path))) for language, path in translation_files()]
    # Snippets first: a page's translation points at the translations of the snippets it
    # uses (an opportunity's venue), so those must exist when the page is made.
    files.sort(key=lambda item: item[1].metadata[HEADER].startswith("page "))
    for language, po in files:
        entries = {entry.msgid: entry.msgstr for entry in po if entry.translated()}
        instance = find_original(po.metadata[HEADER], home)
        entries = fill_in_date(entries, instance, language)
        if translate_one(instance, locales[language], entries):
            done[language] = done.get(language, 0) + 1
    if done:
        counts = ", ".join(f"{count} in {language}" for language, count in sorted(done.items()))
        created.append(f"translations of pages and snippets ({counts})")
