"""Builds the demo glossary, plainer-word list and toolkits from the data files in
glossary/demo/ (called by `load_demo_content`). Adds only what is missing and never changes an
edit."""

from wagtail.models import Locale

from home.demo_data import demo_path, read_constants, read_page

from .models import (
    GlossaryPage,
    GlossaryTerm,
    PlainerWord,
    SelfAssessmentPage,
    ToolkitIndexPage,
    ToolkitPage,
)

demo = read_constants(demo_path("glossary", "terms.yaml"), demo_path("glossary", "toolkits.yaml"))
demo.TOOLKITS = [
    read_page(path) for path in sorted(demo_path("glossary", "toolkits").glob("*.md"))
]


def build(home, created):
    english = Locale.get_default()
    _terms(english, created)
    words = 0
    for word, alternative in demo.PLAINER_WORDS.items():
        words += PlainerWord.objects.get_or_create(
            word=word, locale=english, defaults={"alternative": alternative}
        )[1]
    if words:
        created.append(f"{words} plainer words")

    _child(home, GlossaryPage, demo.PAGE, created, show_in_menus=True)
    index = _child(home, ToolkitIndexPage, demo.INDEX, created, show_in_menus=True)
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
        term = GlossaryTerm.objects.create(locale=english, **term_fields(item))
        existing[term.name] = term
        added.append((term, item.get("related", [])))
    for term, related in added:
        term.related_terms.set([existing[name] for name in related if name in existing])
    if added:
        created.append(f"{len(added)} glossary terms")


def term_fields(item):
    """A glossary term's fields from its data: the explanation's paragraphs (a blank line
    between) as HTML; its other forms, abbreviations and the names it is never marked
    inside, one a line."""
    fields = {"name": item["name"], "definition": item["definition"]}
    if "explanation" in item:
        paragraphs = item["explanation"].split("\n\n")
        fields["explanation"] = "".join(f"<p>{p}</p>" for p in paragraphs if p)
    for key in ["other_forms", "abbreviations", "not_inside"]:
        if key in item:
            fields[key] = "\n".join(item[key])
    return fields


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
