"""English left in text of a language not written in Latin script (Urdu, Arabic, Punjabi,
Bengali): any run of two or more Latin-script words, except names every language keeps
(WCAG 3.1.2 exempts proper names) and addresses, numbers and codes (a claim's reference,
"C-C037024B", is a code whatever letters its random part holds). The browser sweep
(tests/browser/checks.py) and the demo translations' check use it."""

import re

NON_LATIN = {"ur", "ar", "pa", "bn"}
KEPT_NAMES = ["NHS", "Wi-Fi", "Citizens Advice", "Google reCAPTCHA", "Easy Read"]
KEPT = re.compile(
    "|".join(rf"\b{re.escape(name)}\b" for name in KEPT_NAMES)
    + r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|\b(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S*"
    + r"|\+?\d[\d ()-]{6,}\d|\b[A-Z0-9]+(?:-[A-Z0-9]{2,})+\b"
)
LATIN_WORD = r"[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z\u00c0-\u024f]+)*"
LATIN_RUN = re.compile(rf"{LATIN_WORD}(?:[\s,.;:!?()/&–-]+{LATIN_WORD})+")


def latin_runs(text):
    """The runs of Latin-script words in `text`, less what every language keeps."""
    return LATIN_RUN.findall(KEPT.sub(" ", text))
