"""The demo's translations (each app's demo/translations/<language>/*.po, loaded by
home.demo_translations) are whole and true to their English, checked from the files alone:
no database, so a mistake fails in a second and names the file."""

import re

import polib
import pytest
from django.conf import settings

from home.demo_translations import HEADER, translation_files
from tests.latin_script import NON_LATIN, latin_runs

TAG = re.compile(r"<[^>]+>")
OTHER_LANGUAGES = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
FILES = translation_files()


def tags(text):
    """The markup of a segment, less the line breaks that separate a term's other forms."""
    return sorted(tag for tag in TAG.findall(text) if tag != "<br/>")


def test_every_language_translates_the_same_pages_and_snippets():
    translated = {}
    for language, path in FILES:
        translated.setdefault(language, set()).add(polib.pofile(str(path)).metadata[HEADER])
    assert set(translated) == OTHER_LANGUAGES
    english = translated["ur"]
    assert len(english) >= 40
    assert {language: objects ^ english for language, objects in translated.items()} == {
        language: set() for language in translated
    }


@pytest.mark.parametrize(("language", "path"), FILES, ids=lambda value: str(value))
def test_each_file_is_whole_and_keeps_markup_slugs_and_script(language, path):
    faults = []
    for entry in polib.pofile(str(path)):
        where = f"{path.name}: {entry.msgid[:50]!r}"
        if not entry.translated():
            faults.append(f"{where} is not translated")
            continue
        if tags(entry.msgid) != tags(entry.msgstr):
            faults.append(f"{where} loses or adds markup")
        if "slug" in entry.comment:
            if entry.msgstr != entry.msgid:
                faults.append(f"{where} is a slug: its address must not change")
        elif language in NON_LATIN:
            faults += [
                f"{where} keeps English {run!r}" for run in latin_runs(TAG.sub(" ", entry.msgstr))
            ]
    assert not faults, "\n".join(faults)


def test_the_latin_script_rule_finds_english_and_spares_names_and_addresses():
    assert latin_runs("ہمارا Privacy notice پڑھیں") == ["Privacy notice"]
    assert latin_runs("NHS ٹرسٹ، involve@example.nhs.uk یا 0300 123 4567") == []
    # A claim's reference is a code, whatever letters its random part begins with.
    assert latin_runs("حوالہ نمبر C-C037024B اور C-3944092A") == []
    assert latin_runs("ہمارا C-C037024B was approved") == ["was approved"]
