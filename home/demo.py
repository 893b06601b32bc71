"""Builds home's own demo pages from home/demo/ (called by `load_demo_content`, after the
apps whose pages the home page links to): About involvement with its principles and
ambitions, contact, privacy, accessibility and other formats, then the home page itself and
the organisation settings. Adds only what is missing and never changes an edit."""

from django.utils.html import escape

from home.accessibility import KNOWN_PROBLEMS
from home.demo_data import demo_path, read_page, read_yaml, with_block_ids
from home.models import ContentPage, OrganisationSettings


def card_group(pages):
    return with_block_ids(
        {
            "type": "card_group",
            "value": {
                "column": "one-half",
                "body": [
                    {
                        "type": "card",
                        "value": {
                            "heading": page.title,
                            "heading_level": 3,
                            "heading_size": "",
                            "body": f"<p>{page.summary}</p>",
                            "internal_page": page.pk,
                            "url": "",
                        },
                    }
                    for page in pages
                ],
            },
        }
    )


def build(home, created):
    site = read_yaml(demo_path("home", "site.yaml"))
    about, about_is_new = ensure_page(home, "about.md", created)
    principles, _new = ensure_page(about, "principles.md", created)
    ambitions, _new = ensure_page(about, "ambitions.md", created)
    if about_is_new:
        about.body.append(("card_group", card_group([principles, ambitions])["value"]))
        about.save_revision().publish()
    contact, _new = ensure_page(home, "contact.md", created)
    privacy, _new = ensure_page(home, "privacy.md", created)
    accessibility, _new = ensure_page(home, "accessibility.md", created, statement_content)
    other_formats, _new = ensure_page(home, "other-formats.md", created)

    # The migration made a bare home page; fill it once, and leave an edited one alone.
    if not home.introduction:
        fields = dict(site["home"])
        children = {page.slug: page for page in home.get_children().specific()}
        home.call_to_action_page = children[fields.pop("call_to_action_page")]
        cards = [children[slug] for slug in fields.pop("cards")]
        for field, value in fields.items():
            setattr(home, field, value)
        home.body = [card_group(cards)]
        home.save_revision().publish()
        created.append("home page")

    organisation = OrganisationSettings.for_site(home.get_site())
    if not organisation.phone:
        for field, value in site["organisation"].items():
            setattr(organisation, field, value)
        organisation.contact_page = contact
        organisation.privacy_page = privacy
        organisation.accessibility_page = accessibility
        organisation.other_formats_page = other_formats
        organisation.save()
        created.append("organisation settings")


KNOWN_PROBLEMS_MARK = "<p>{known problems}</p>"


def statement_content(content):
    """The accessibility statement's fields with its `{known problems}` filled in from
    home.accessibility, the list the browser suite's expected failures are checked against."""
    items = "".join(f"<li>{escape(problem.statement_line())}</li>" for problem in KNOWN_PROBLEMS)
    for block in content["body"]:
        if block["type"] == "rich_text" and KNOWN_PROBLEMS_MARK in block["value"]:
            block["value"] = block["value"].replace(KNOWN_PROBLEMS_MARK, f"<ul>{items}</ul>")
    return content


def ensure_page(parent, name, created, fill=None):
    """The child of `parent` with the slug of home/demo/`name`, creating and publishing it
    from that file (its fields passed through `fill`, if given) if missing. Returns (page,
    whether it was created)."""
    content = read_page(demo_path("home", name))
    if fill is not None:
        content = fill(content)
    existing = parent.get_children().filter(slug=content["slug"]).specific().first()
    if existing:
        return existing, False
    page = ContentPage(**content)
    parent.add_child(instance=page)
    page.save_revision().publish()
    created.append(f"“{page.title}”")
    return page, True
