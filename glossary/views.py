"""The glossary page's A to Z: terms of the page's language, filtered by a GET search."""

import string

from django.db.models import Q

from home.translation import content_languages

from .forms import GlossaryFilterForm
from .models import GlossaryTerm


def terms_language(page):
    """The language of the terms a glossary page lists: its own, or for an alias (a copy
    shown in English until translated) the language of the page it copies."""
    return content_languages([page])[page.pk] if page.alias_of_id else page.locale.language_code


def glossary_context(page, request):
    """The letters, the terms under each, and the filter form. Three queries, whatever the
    number of terms: the terms, their related terms, and (for an alias) the source's locale."""
    form = GlossaryFilterForm(request.GET or None)
    language = terms_language(page)
    terms = GlossaryTerm.objects.filter(locale__language_code=language)
    query = ""
    if form.is_bound and form.is_valid():
        query = form.cleaned_data["q"].strip()
    if query:
        terms = terms.filter(
            Q(name__icontains=query)
            | Q(other_forms__icontains=query)
            | Q(abbreviations__icontains=query)
            | Q(definition__icontains=query)
        )
    terms = list(terms.prefetch_related("related_terms").order_by("name"))
    by_anchor = {term.anchor for term in terms}
    groups = {}
    for term in terms:
        term.related_here = [
            related for related in term.related_terms.all() if related.locale_id == term.locale_id
        ]
        groups.setdefault(term.letter, []).append(term)
    letters = sorted(groups)
    # The index shows A to Z whatever the filter, with letters that have no terms greyed out;
    # other scripts show the letters their terms start with.
    latin = language.split("-")[0] in {"en", "pl", "ro", "pt"}
    alphabet = list(string.ascii_uppercase) if latin else []
    index = [(letter, letter in groups) for letter in alphabet] or [
        (letter, True) for letter in letters
    ]
    index += [(letter, True) for letter in letters if letter not in alphabet and alphabet]
    return {
        "filter_form": form,
        "query": query,
        "letter_groups": [(letter, groups[letter]) for letter in letters],
        "letter_index": index,
        "term_count": len(terms),
        "anchors": by_anchor,
    }
