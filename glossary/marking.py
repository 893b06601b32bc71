"""Marking glossary words in a page's rendered text.

The first use of each term in a page's main content becomes a link to its entry on the
glossary page; static/js/involve.js turns each link into a toggletip button that shows the
definition in place. Without JavaScript it stays a plain link.

Cheap by design: one compiled regular expression per language, kept in the process and
rebuilt only when the glossary changes. A version number in the shared cache changes when a
term or a glossary page is saved, moved or deleted (see signals.py), so every server process
notices the change on its next page without asking the database. Marking a page costs no
query while the version is unchanged, however many terms there are.

Text is found by a small tokenizer over the rendered HTML (our own templates' output, so
well formed), never inside headings, links, buttons, form labels and other skipped elements.

Imports the glossary's terms and pages; nothing imports it at app loading.
"""

import html
import re
import threading
import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape, format_html

from .pages import GlossaryPage
from .plain_english import WORD_CHARACTER
from .terms import GlossaryTerm

VERSION_KEY = "glossary:version"
GLOSSARY_URL = "\x00glossary\x00"  # stands for the glossary's address until a page is marked

# A term never matches the start or end of a longer word.
WORD = WORD_CHARACTER

# Text inside these is never marked: headings, links and controls (a link inside a link, or
# a button inside a label, breaks them), navigation, and the glossary's own definitions.
SKIP_ELEMENTS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "button",
    "label",
    "legend",
    "summary",
    "select",
    "option",
    "form",
    "nav",
    "header",
    "footer",
    "abbr",
    "dfn",
    "th",
    "caption",
    "title",
}
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
# Comments, and elements whose content is copied as it is: code, scripts, SVG icons.
TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(script|style|textarea|pre|code|svg|template)\b.*?</\1\s*>"
    r"|<[^>]*>",
    re.DOTALL | re.IGNORECASE,
)
TAG = re.compile(r"<\s*(/)?\s*([a-zA-Z][\w:-]*)([^>]*)>", re.DOTALL)
SKIP_ATTRIBUTE = re.compile(r"\bdata-glossary\s*=\s*[\"']?off", re.IGNORECASE)
# Text a term is never found inside, wherever it stands: an email address, a web address, a
# phone number (eight digits or more). "involvement@example.org" is one address, not a
# glossary word and "@example.org".
NOT_WORDS = re.compile(
    r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://|www\.)[^\s<>\"]+"
    r"|\+?\d(?:[\d\s().-]*\d){7,}"
)
SPACES = re.compile(r"\s+")


@dataclass
class Entry:
    """What a marked word links to, and the HTML around it."""

    key: int
    before: str
    after: str = "</a></span>"


@dataclass
class Matcher:
    """All the terms of one language, compiled into one regular expression."""

    language: str
    version: str
    pattern: re.Pattern | None = None
    folded: dict = field(default_factory=dict)  # lower-case form: Entry
    exact: dict = field(default_factory=dict)  # abbreviation as written: Entry
    # Names editors listed on terms ("Step-free access"): no term is marked inside them.
    names: re.Pattern | None = None
    # The glossary page's address in each reader's language: its own, and its aliases
    # (copies shown in this language's words until translated), so a reader stays in theirs.
    glossary_urls: dict = field(default_factory=dict)

    def entry_for(self, text):
        text = SPACES.sub(" ", text)
        return self.exact.get(text) or self.folded.get(text.lower())

    def mark(self, markup, reader_language=None):
        """The HTML with the first use of each term marked."""
        if self.pattern is None or not markup:
            return markup
        url = self.glossary_urls.get(reader_language) or self.glossary_urls[self.language]
        marked = set()
        output = []
        stack = []  # (tag name, skips its text)
        skipping = 0
        position = 0
        for token in TOKEN.finditer(markup):
            if token.start() > position:
                text = markup[position : token.start()]
                output.append(text if skipping else self._mark_text(text, marked, url))
            position = token.end()
            output.append(token.group())
            if token.group(1):  # a whole element copied as it is
                continue
            tag = TAG.match(token.group())
            if tag is None:
                continue
            closing, name, attributes = tag.group(1), tag.group(2).lower(), tag.group(3)
            if closing:
                if any(open_name == name for open_name, _skip in stack):
                    while stack:
                        open_name, skips = stack.pop()
                        skipping -= skips
                        if open_name == name:
                            break
            elif name not in VOID_ELEMENTS and not attributes.rstrip().endswith("/"):
                skips = name in SKIP_ELEMENTS or bool(SKIP_ATTRIBUTE.search(attributes))
                stack.append((name, skips))
                skipping += skips
        if position < len(markup):
            tail = markup[position:]
            output.append(tail if skipping else self._mark_text(tail, marked, url))
        return "".join(output)

    def _mark_text(self, text, marked, url):
        if not text.strip():
            return text
        plain = html.unescape(text)
        pieces = []
        last = 0
        not_words = [(found.start(), found.end()) for found in NOT_WORDS.finditer(plain)]
        if self.names is not None:
            not_words += [(found.start(), found.end()) for found in self.names.finditer(plain)]
        for match in self.pattern.finditer(plain):
            if any(start < match.end() and match.start() < end for start, end in not_words):
                continue
            entry = self.entry_for(match.group())
            if entry is None or entry.key in marked:
                continue
            marked.add(entry.key)
            pieces.append(escape(plain[last : match.start()]))
            before = entry.before.replace(GLOSSARY_URL, url, 1)
            pieces.append(before + escape(match.group()) + entry.after)
            last = match.end()
        if not pieces:
            return text
        pieces.append(escape(plain[last:]))
        return "".join(pieces)


def trie_pattern(forms):
    """One regular expression matching any of `forms`, longest first, shaped as a prefix tree
    so that matching costs the length of a word rather than the number of forms."""
    trie = {}
    for form in forms:
        node = trie
        for character in form:
            node = node.setdefault(character, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node):
    ends_here = "" in node
    branches = [
        (r"\s+" if character == " " else re.escape(character)) + _node_pattern(child)
        for character, child in sorted(node.items())
        if character
    ]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if ends_here else group


def build_matcher(language, version):
    """Compile the terms of one language: three queries, run only when the glossary
    changed."""
    matcher = Matcher(language=language, version=version)
    glossary = (
        GlossaryPage.objects.live()
        .filter(locale__language_code=language, alias_of=None)
        .order_by("path")
        .first()
    )
    if glossary is None:
        return matcher
    matcher.glossary_urls[language] = escape(glossary.get_url())
    for alias in GlossaryPage.objects.live().filter(alias_of=glossary).select_related("locale"):
        matcher.glossary_urls[alias.locale.language_code] = escape(alias.get_url())
    terms = GlossaryTerm.objects.filter(locale__language_code=language).order_by("name")
    with translation.override(language):
        more = translation.gettext("Read more in the glossary")
    names = set()
    for key, term in enumerate(terms):
        names.update(SPACES.sub(" ", name).lower() for name in term.not_inside_list)
        entry = Entry(
            key=key,
            before=format_html(
                '<span class="involve-term"><a class="involve-term__link" href="{}#{}" '
                'data-term="{}" data-definition="{}" data-more="{}">',
                GLOSSARY_URL,
                term.anchor,
                term.name,
                term.definition,
                more,
            ),
        )
        for form in [term.name, *term.other_form_list]:
            matcher.folded.setdefault(SPACES.sub(" ", form.strip()).lower(), entry)
        for abbreviation in term.abbreviation_list:
            matcher.exact.setdefault(SPACES.sub(" ", abbreviation.strip()), entry)
    if matcher.folded or matcher.exact:
        alternatives = []
        if matcher.folded:
            alternatives.append(f"(?i:{trie_pattern(matcher.folded)})")
        if matcher.exact:
            alternatives.append(trie_pattern(matcher.exact))
        matcher.pattern = re.compile(f"(?<!{WORD})(?:{'|'.join(alternatives)})(?!{WORD})")
    if names:
        matcher.names = re.compile(f"(?<!{WORD})(?i:{trie_pattern(names)})(?!{WORD})")
    return matcher


_matchers = {}
_lock = threading.Lock()


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def glossary_changed(**kwargs):
    """Every process rebuilds its matchers on its next page (signal receiver)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def matcher_for(language):
    version = current_version()
    matcher = _matchers.get(language)
    if matcher is None or matcher.version != version:
        with _lock:
            matcher = build_matcher(language, version)
            _matchers[language] = matcher
    return matcher


def mark_terms(markup, language, reader_language=None):
    """`markup` with the first use of each of the language's glossary terms marked, linked
    to the glossary page in the reader's language where there is one."""
    return matcher_for(language).mark(markup, reader_language)
