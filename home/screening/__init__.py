"""Screening free text from the public for words that need a person to read it first: crisis
or self-harm (told to a named member of staff at once, with crisis support shown to the
writer) and complaints (a matter for PALS). Used by improvement-idea suggestions and by
registrations of interest; shared here because both apps need it and home is the core.

The word lists are data, one YAML file per language of the site in `words/`, written to be
read and corrected by a clinician who speaks the language. Every message is checked against
every list, whatever page it was sent from: people mix languages, write English on a Polish
page, or type Urdu in Latin letters ("khudkushi").

The lists are deliberately broad. A false alarm costs the safeguarding contact a minute; a
missed message could cost a life. They are still kept free of words that would flag ordinary
suggestions every day (a flag that is always on is a flag nobody reads): each short stem is
checked against common words in tests/home/test_screening.py.

How a term is written (each word of a phrase on its own):
- `word` matches that whole word;
- `stem*` matches words starting with `stem` (samobój* for samobójstwo, samobójcze...);
- `*ending` matches words ending with it (Arabic joins و, ب, ال... to the front of a word);
- `*part*` matches words containing it.
Phrases match those words in that order, with nothing between them. Terms and text pass
through the same `normalise`, so a term is written once in its ordinary spelling.

Imports nothing of ours.
"""

import dataclasses
import functools
import re
import unicodedata
from pathlib import Path

import yaml

WORDS = Path(__file__).parent / "words"
# In the order of settings.LANGUAGES; each has words/<code>.yaml.
LANGUAGES = ("en-gb", "pl", "ro", "pa", "ur", "pt", "ar", "bn")
KINDS = ("crisis", "complaint")

# Arabic-script marks stripped: harakat and tanween, shadda, sukun, superscript alef, the
# hamza and madda written above or below a letter (so أ إ آ become ا, ؤ و, ئ ي), Quranic
# marks. Removing them is how most people type anyway.
ARABIC_MARKS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]"
)
# Letters people type for one another, mapped to one spelling. Arabic and Urdu keyboards
# differ (ي ى ی ے, ك ک, ه ہ ھ ۀ ة), and Urdu's nun ghunna ں is often typed as ن. In
# Gurmukhi and Bengali, long and short i and u, the nasal marks and (Gurmukhi) the nukta and
# addak are often left out or swapped in everyday typing. A few Latin letters have no
# decomposition to strip (ł).
LETTERS = str.maketrans(
    {
        "\u0649": "\u064a",  # ى alef maqsura
        "\u06cc": "\u064a",  # ی Farsi/Urdu yeh
        "\u06d2": "\u064a",  # ے Urdu bari yeh
        "\u06a9": "\u0643",  # ک keheh
        "\u06c1": "\u0647",  # ہ heh goal
        "\u06be": "\u0647",  # ھ do-chashmi heh
        "\u06d5": "\u0647",  # ە
        "\u0629": "\u0647",  # ة ta marbuta
        "\u06ba": "\u0646",  # ں nun ghunna
        "\u0671": "\u0627",  # ٱ alef wasla
        "\u0640": None,  # tatweel (kashida), a stretch with no meaning
        "\u0a3c": None,  # Gurmukhi nukta
        "\u0a71": None,  # Gurmukhi addak
        "\u0a70": None,  # Gurmukhi tippi
        "\u0a02": None,  # Gurmukhi bindi
        "\u0a40": "\u0a3f",  # Gurmukhi ੀ to ਿ
        "\u0a42": "\u0a41",  # Gurmukhi ੂ to ੁ
        "\u0981": None,  # Bengali chandrabindu
        "\u09c0": "\u09bf",  # Bengali ী to ি
        "\u09c2": "\u09c1",  # Bengali ূ to ু
        "ł": "l",
        "đ": "d",
        "ø": "o",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
    }
)
APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4"


def _is_latin(char):
    return char < "\u0250" or "\u1e00" <= char <= "\u1eff"


def normalise(text):
    """Text in the one form every list is matched in: Unicode NFKC, case folded, accents
    taken off Latin letters (samobójstwo, sinucidere with ş or ș), Arabic-script marks and
    tatweel taken out and letter variants unified (see LETTERS), invisible joiners and
    apostrophes dropped (don't is dont), and anything that is not a letter, a mark or a digit
    turned into one space between words."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unicodedata.normalize("NFD", text)
    text = ARABIC_MARKS.sub("", text)
    out = []
    latin = False
    for char in text:
        category = unicodedata.category(char)
        if category == "Mn" and latin:
            continue  # an accent on a Latin letter
        if category == "Cf" or char in APOSTROPHES:
            continue  # zero-width joiners, direction marks, soft hyphens
        if category[0] not in "LMN":
            out.append(" ")
            latin = False
            continue
        if category[0] != "M":
            latin = _is_latin(char)
        out.append(char)
    text = unicodedata.normalize("NFC", "".join(out)).translate(LETTERS)
    return " ".join(text.split())


@dataclasses.dataclass(frozen=True)
class Term:
    """One entry of a word list: its language, kind, the term as written, and its pattern."""

    language: str
    kind: str
    written: str
    pattern: re.Pattern

    def found_in(self, normalised_text):
        return self.pattern.search(normalised_text) is not None


def compile_term(written):
    """The pattern for a term as written in a list (see the module's docstring)."""
    pieces = []
    for word in written.split():
        starts_open, ends_open = word.startswith("*"), word.endswith("*")
        core = normalise(word.strip("*"))
        if not core:
            raise ValueError(f"A term with an empty word: {written!r}")
        parts = [re.escape(part) for part in core.split(" ")]
        if starts_open:
            parts[0] = "[^ ]*" + parts[0]
        if ends_open:
            parts[-1] += "[^ ]*"
        pieces.extend(parts)
    return re.compile("(?:^| )" + " ".join(pieces) + "(?= |$)")


def read_list(language):
    """{kind: [term as written]} from words/<language>.yaml."""
    data = yaml.safe_load((WORDS / f"{language}.yaml").read_text(encoding="utf-8"))
    return {kind: [str(term) for term in data.get(kind) or []] for kind in KINDS}


@functools.cache
def terms(kind):
    """Every language's terms of one kind, compiled once."""
    return tuple(
        Term(language, kind, written, compile_term(written))
        for language in LANGUAGES
        for written in read_list(language)[kind]
    )


def matches(text, kind):
    """The terms of `kind` ("crisis" or "complaint") found in `text`, in any language."""
    normalised = normalise(text or "")
    if not normalised:
        return []
    return [term for term in terms(kind) if term.found_in(normalised)]


def mentions_crisis(text):
    return bool(matches(text, "crisis"))


def reads_as_complaint(text):
    return bool(matches(text, "complaint"))


def describe(found):
    """The terms found, for staff: "“خودکشی” (ur), “suicid*” (en-gb)", each once, quoted
    as the list writes them."""
    seen = dict.fromkeys(f"“{term.written}” ({term.language})" for term in found)
    return ", ".join(seen)
