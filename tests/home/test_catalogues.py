"""The interface catalogues (locale/<language>/LC_MESSAGES/django.po) are complete and true:
nothing the code asks for is missing, nothing is left half-done (empty, fuzzy, obsolete), and
no translation breaks a placeholder or the markup around it. No database needed."""

import re
from collections import Counter
from functools import cache
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

LOCALE = Path(settings.BASE_DIR) / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

# %(name)s, %s, %d and {name}: what Python fills in; a translation must keep each one.
PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sd]|%[sd]|\{[a-z_0-9]*\}")
TAG = re.compile(r"</?([a-z][a-z0-9]*)\b")


@cache
def catalogue(code):
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


def ids(entries):
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in entries if not e.obsolete}


@pytest.fixture(scope="module")
def code_msgids(tmp_path_factory):
    """What `makemessages` finds in the code today. It writes to the `locale` folder beside
    the code it reads, so it reads the project through links from a folder whose `locale` is
    empty, and the real catalogues stay untouched."""
    project = tmp_path_factory.mktemp("project")
    for item in Path(settings.BASE_DIR).iterdir():
        if item.name != "locale" and not item.name.startswith("."):
            (project / item.name).symlink_to(item)
    (project / "locale").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project)
        patch.setattr(settings, "LOCALE_PATHS", [project / "locale"])
        call_command(
            "makemessages", locale=TRANSLATED[:1], symlinks=True, no_obsolete=True, verbosity=0
        )
    return ids(polib.pofile(str(project / "locale" / TRANSLATED[0] / "LC_MESSAGES" / "django.po")))


def test_every_language_of_the_site_has_a_catalogue():
    assert sorted(p.name for p in LOCALE.iterdir() if p.is_dir()) == sorted(TRANSLATED)


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_holds_exactly_what_the_code_asks_for(code, code_msgids):
    held = ids(catalogue(code))
    missing, stale = sorted(code_msgids - held, key=str), sorted(held - code_msgids, key=str)
    assert not missing, f"{len(missing)} msgids not in {code}, run `make messages`: {missing[:10]}"
    assert not stale, f"{len(stale)} msgids in {code} no longer in the code: {stale[:10]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy_or_obsolete(code):
    po = catalogue(code)
    assert not po.obsolete_entries(), [e.msgid for e in po.obsolete_entries()]
    assert not po.fuzzy_entries(), [e.msgid for e in po.fuzzy_entries()]
    plurals = int(re.search(r"nplurals=(\d+)", po.metadata["Plural-Forms"]).group(1))
    for entry in po:
        if entry.msgid_plural:
            forms = [entry.msgstr_plural.get(n, "") for n in range(plurals)]
            assert all(f.strip() for f in forms), f"{code}: a plural form is empty: {entry.msgid}"
        else:
            assert entry.msgstr.strip(), f"{code}: not translated: {entry.msgid!r}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_placeholder_and_tag(code):
    """A lost %(date)s shows a reader a hole; a lost </a> breaks the page. A plural form
    other than the last (the general one) may write the number as a word ("one vote",
    Arabic's "two votes"), so it may leave out one placeholder: the count; the last form
    keeps every one."""
    problems = []
    for entry in catalogue(code):
        source = entry.msgid + (entry.msgid_plural or "")
        wanted = set(PLACEHOLDER.findall(source))
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
            may_drop = [1] * (len(forms) - 1) + [0]
        else:
            forms, may_drop = [entry.msgstr], [0]
        for text, droppable in zip(forms, may_drop, strict=True):
            if not text:  # an empty one fails the test above
                continue
            found = set(PLACEHOLDER.findall(text))
            if found - wanted or len(wanted - found) > droppable:
                problems.append((entry.msgid, text))
            if Counter(TAG.findall(text)) != Counter(TAG.findall(entry.msgid)):
                problems.append((entry.msgid, text))
    assert not problems, f"{code}: {len(problems)} broken: {problems[:5]}"
