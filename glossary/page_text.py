"""What an editor wrote on a page: the text of each field and block its edit form shows, as
`Passage`s named the way the form names them ("Summary", "Body, block 2 (Text)"). The
template's fixed text is not here, so the plain-English checks never judge words an editor
cannot change.

Reads the content tab's panels, in their order, so a field shows up where the editor sees
it; inline children (a project's actions) are read through their own panels.

Imports plain_english of this app.
"""

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from .passages import Passage, plain_text_passages, rich_text_passages

# Names of one-line boxes that hold a title or heading: read, never scored as prose.
HEADING_NAMES = {"title", "heading", "label", "name"}
NOT_TEXT = (models.EmailField, models.URLField, models.SlugField)


def _panel_fields(panels):
    """(field name or None, inline panel or None) for every field panel, depth first."""
    for panel in panels:
        if isinstance(panel, InlinePanel):
            yield None, panel
        elif isinstance(panel, FieldPanel):
            yield panel.field_name, None
        else:
            yield from _panel_fields(getattr(panel, "children", ()))


def _content_panels(model):
    panels = getattr(model, "content_panels", None) or getattr(model, "panels", None)
    if panels is not None:
        return panels
    return [FieldPanel(field.name) for field in model._meta.concrete_fields]


def within(place, part):
    return _("%(place)s, %(part)s") % {"place": place, "part": part}


def field_passages(instance, name, place):
    try:
        field = instance._meta.get_field(name)
    except Exception:  # a panel for something that is not a model field (a form-only one)
        return []
    value = getattr(instance, name, None)
    if isinstance(field, StreamField):
        return stream_passages(value, place)
    if isinstance(field, RichTextField):
        return rich_text_passages(value, place)
    if field.choices or isinstance(field, NOT_TEXT) or not value:
        return []
    if isinstance(field, models.TextField):
        return plain_text_passages(value, place)
    if isinstance(field, models.CharField):
        return plain_text_passages(value, place, heading=name in HEADING_NAMES)
    return []


def stream_passages(stream, place):
    found = []
    for number, child in enumerate(stream or (), start=1):
        kind = capfirst(str(child.block.label or child.block_type))
        part = _("block %(number)s (%(kind)s)") % {"number": number, "kind": kind}
        found += block_passages(child.block, child.value, within(place, part), child.block_type)
    return found


def block_passages(block, value, place, name=""):
    if isinstance(block, blocks.RichTextBlock):
        source = value.source if isinstance(value, RichText) else value
        return rich_text_passages(source, place)
    if isinstance(block, blocks.TextBlock):
        return plain_text_passages(value, place)
    if isinstance(block, blocks.CharBlock):
        return plain_text_passages(value, place, heading=name in HEADING_NAMES)
    if isinstance(block, TableBlock):
        rows = (value or {}).get("data") or []
        cells = [cell for row in rows for cell in row if cell]
        return [Passage(place, str(cell), heading=True) for cell in cells]
    if isinstance(block, blocks.StreamBlock):
        return stream_passages(value, place)
    if isinstance(block, blocks.ListBlock):
        found = []
        for number, item in enumerate(value or (), start=1):
            part = _("item %(number)s") % {"number": number}
            found += block_passages(block.child_block, item, within(place, part), name)
        return found
    if isinstance(block, blocks.StructBlock):
        found = []
        for child_name, child_block in block.child_blocks.items():
            part = capfirst(str(child_block.label or child_name))
            found += block_passages(
                child_block, (value or {}).get(child_name), within(place, part), child_name
            )
        return found
    return []


def instance_passages(instance, panels, place=None):
    found = []
    for name, inline in _panel_fields(panels):
        if inline is not None:
            heading = capfirst(str(inline.heading or inline.label or inline.relation_name))
            heading = within(place, heading) if place else heading
            children = getattr(instance, inline.relation_name).all()
            for number, child in enumerate(children, start=1):
                child_place = within(heading, _("item %(number)s") % {"number": number})
                child_panels = inline.panels or _content_panels(type(child))
                found += instance_passages(child, child_panels, child_place)
            continue
        try:
            label = capfirst(str(instance._meta.get_field(name).verbose_name))
        except Exception:
            continue
        found += field_passages(instance, name, within(place, label) if place else label)
    return found


def page_passages(page):
    """Every passage an editor wrote on `page` (a specific page, saved or not)."""
    return instance_passages(page, _content_panels(type(page)))
