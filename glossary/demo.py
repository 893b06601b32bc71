"""Builds the demo glossary, plainer-word list and toolkits from glossary/demo_content.py
(called by `load_demo_content`). Adds only what is missing and never changes an edit."""

from wagtail.models import Locale

from . import demo_content as demo
from .models import (
    GlossaryPage,
    GlossaryTerm,
    PlainerWord,
    SelfAssessmentPage,
    ToolkitIndexPage,
    ToolkitPage,
)


def build(home, created):
    english = Locale.get_default()
    _terms(english, created)
    words = 0
    for word, alternative in demo.PLAINER_WORDS:
        words += PlainerWord.objects.get_or_create(
            word=word, locale=english, defaults={"alternative": alternative}
        )[1]
    if words:
        created.append(f"{words} plainer words")

    _child(home, GlossaryPage, demo.GLOSSARY, created, show_in_menus=True)
    index = _child(home, ToolkitIndexPage, demo.TOOLKIT_INDEX, created, show_in_menus=True)
    assessment = dict(demo.SELF_ASSESSMENT)
    assessment["sections"] = [
        {"type": "section", "value": section} for section in assessment["sections"]
    ]
    _child(index, SelfAssessmentPage, assessment, created)
    for toolkit in demo.TOOLKITS:
        _child(index, ToolkitPage, toolkit, created)


def _terms(english, created):
    existing = {term.name: term for term in GlossaryTerm.objects.filter(locale=english)}
    added = []
    for item in demo.TERMS:
        if item["name"] in existing:
            continue
        fields = {key: value for key, value in item.items() if key != "related"}
        term = GlossaryTerm.objects.create(locale=english, **fields)
        existing[term.name] = term
        added.append((term, item["related"]))
    for term, related in added:
        term.related_terms.set([existing[name] for name in related if name in existing])
    if added:
        created.append(f"{len(added)} glossary terms")


def _child(parent, model, content, created, show_in_menus=False):
    """The child of `parent` with the content's slug, made and published if missing."""
    existing = parent.get_children().filter(slug=content["slug"]).specific().first()
    if existing:
        return existing
    page = model(show_in_menus=show_in_menus, **content)
    parent.add_child(instance=page)
    page.save_revision().publish()
    created.append(f"“{page.title}”")
    return page
