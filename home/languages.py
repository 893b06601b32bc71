"""Finding the copy of a translatable page or snippet in a given language.

Pages and snippets (anything with Wagtail's `TranslatableMixin`: a locale and a translation
key) exist once per language. Records that hold no words (votes, followers, rounds, the
register's topics) belong to the copy in the default language, "the original"; what a
person reads is the copy in their language where there is one. These helpers are the one
way to ask, built on Wagtail's `get_translation_or_none(Locale.get_default())`.

Imports nothing of ours: home is the core.
"""

from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Locale


def default_locale():
    """The locale of the site's default language (settings.LANGUAGE_CODE)."""
    return Locale.get_default()


def is_original(obj, default=None):
    """True for the copy in the default language that is not an alias (for a page, the one
    editors write; its aliases in other trees only repeat it). `default`: the default
    locale, when the caller has it already."""
    default = default or default_locale()
    return obj.locale_id == default.pk and getattr(obj, "alias_of_id", None) is None


def in_default_language(obj, default=None):
    """The original of a page or snippet (see `is_original`); `obj` itself when it is the
    original or has no copy in the default language. No query beyond the locale's when
    `obj` is already the original."""
    default = default or default_locale()
    if is_original(obj, default):
        return obj
    return obj.get_translation_or_none(default) or obj


def in_language(obj, language_code, *, live=False):
    """The copy of a page or snippet in `language_code`, else `obj` itself: what a person
    who reads that language is sent. One query. `live=True` takes only a live page."""
    copies = type(obj)._default_manager.filter(
        translation_key=obj.translation_key, locale__language_code=language_code
    )
    if live:
        copies = copies.live()
    return copies.first() or obj


def of_default_language(queryset, *, originals=False):
    """`queryset` narrowed to the default language; `originals=True` also leaves out
    aliases (pages only)."""
    queryset = queryset.filter(locale=default_locale())
    return queryset.filter(alias_of=None) if originals else queryset


def first_in_language(queryset, language_code):
    """The first of `queryset` in `language_code`, else the first in the default language,
    else None: for example the register page to link to in a person's email."""
    found = queryset.filter(locale__language_code=language_code).first()
    return found or queryset.filter(locale=default_locale()).first()


# Unicode's first-strong isolate and pop directional isolate: plain text's <bdi>.
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def direction(language_code):
    """The direction a language is written in: "rtl" (Urdu, Arabic) or "ltr"."""
    try:
        return "rtl" if translation.get_language_info(language_code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def isolate(text):
    """`text` wrapped in Unicode isolates, for an inserted value (a name, a date, a number)
    in plain text where markup cannot go (an email's .txt, the <title>): it then keeps its
    own direction and leaves the punctuation around it on the side the sentence puts it."""
    text = str(text)
    if not text:
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def bdi(text, language=""):
    """`text` (escaped) in a <bdi>, with `lang` and `dir` when `language` is not the reader's:
    an inserted value keeps its own direction and language, and the punctuation of the
    sentence around it stays where the sentence puts it. The `|bdi` filter's work, for
    Python that builds a message (a form error quoting an editor's words)."""
    if language and language != translation.get_language():
        return format_html('<bdi lang="{}" dir="{}">{}</bdi>', language, direction(language), text)
    return format_html("<bdi>{}</bdi>", text)


_locale_codes = {}


def locale_language_code(locale_id):
    """The language code of a locale, from a table kept in the process: locales are made
    once (by migration or in settings) and almost never change, so a page shows any number
    of them for one query per process. Saving or deleting a locale clears the table."""
    if locale_id not in _locale_codes:
        _locale_codes.clear()
        _locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_codes.get(locale_id, "")


def forget_locale_codes(**kwargs):
    _locale_codes.clear()


class InLanguage(str):
    """A string that knows the language it is written in: a form's choice label taken from
    a snippet not yet translated, so the template can tag it (`{% lang_attrs
    label.language %}`). Compares, sorts and prints as the plain string."""

    language = ""

    def __new__(cls, text, language):
        string = super().__new__(cls, text)
        string.language = language
        return string
