"""Reading the demo content's data files: each feature keeps its demo as `demo/*.yaml` (records)
and `demo/*.md` (long prose) beside its code, and its `demo.py` reads them with these helpers.

Paths start from the app's root (`demo_path("forums", "ideas", "ideas.yaml")`), through the app
registry, so a feature package can move inside its app without its demo losing its files.

A Markdown file may open with YAML front matter between two `---` lines (a page's title, slug,
summary). Its body is a page's StreamField, written as plain text:

- paragraphs, separated by a blank line, become `<p>`; a line may wrap (it is joined with a
  space), and may hold inline HTML such as `<a href="...">` or `<strong>`;
- `## Heading` and `### Heading` become `<h2>` and `<h3>`; lines of `- item` become a `<ul>`
  (an item may wrap onto lines indented by two spaces);
- those run together into one `rich_text` block; a line of `---` starts the next one;
- a fenced block names any other block type after its opening ```` ``` ```` and holds that
  block's value as YAML (```` ```html ```` holds a `rich_text` block's HTML as it is).

Only this subset, parsed exactly, so the pages the demo makes are the same on every run.
"""

import datetime
import re
import uuid
from pathlib import Path
from types import SimpleNamespace

import yaml
from django.apps import apps

from home.working_days import is_working_day

FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n", re.DOTALL)
FENCE = re.compile(r"^```(\w+)\n(.*?)\n```$", re.DOTALL | re.MULTILINE)
HEADING = re.compile(r"^(#{2,3}) (.+)$")


def in_christmas_break(day):
    """24 December to 1 January: the trust plans no meetings then, bank holiday or not."""
    return (day.month, day.day) >= (12, 24) or (day.month, day.day) == (1, 1)


def event_day(day):
    """The day the demo holds an event it dates `day`: that day, or the first working day
    after it outside the Christmas break. The demo is dated from the day it is loaded, which
    can be any day of the year."""
    while not is_working_day(day) or in_christmas_break(day):
        day += datetime.timedelta(days=1)
    return day


def demo_path(app_label, *parts):
    """A file of `app_label`'s demo: the parts after the app's folder, the last being the file
    name, with `demo` before it (`demo_path("forums", "ideas", "ideas.yaml")` is
    `forums/ideas/demo/ideas.yaml`)."""
    *folders, name = parts
    return Path(apps.get_app_config(app_label).path, *folders, "demo", name)


def read_yaml(path):
    with open(path, encoding="utf-8") as file:
        return yaml.safe_load(file)


def read_markdown(path):
    """(front matter as a dict, the rest of the text) of a Markdown file."""
    text = Path(path).read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    return yaml.safe_load(match.group(1)) or {}, text[match.end() :]


def read_page(path):
    """A page's fields from a Markdown file: its front matter, and its body as StreamField
    data."""
    fields, text = read_markdown(path)
    return {**fields, "body": markdown_to_stream(text)}


def with_block_ids(data):
    """StreamField data with an id on every block, at any depth. Wagtail gives ids only to
    the top-level blocks of raw data it saves; a nested block without one (the items of an
    expander, the cards of a card group) breaks wagtail-localize, which finds each segment
    by block id: nobody could translate the page. The admin always sets them."""
    if isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and "type" in item and "value" in item:
                item.setdefault("id", str(uuid.uuid4()))
            with_block_ids(
                item.get("value") if isinstance(item, dict) and "type" in item else item
            )
    elif isinstance(data, dict):
        for value in data.values():
            with_block_ids(value)
    return data


def markdown_to_stream(text):
    """StreamField data (a list of {"type", "value", "id"}) from the Markdown described
    above."""
    blocks = []
    position = 0
    for fence in FENCE.finditer(text):
        blocks.extend(_rich_text_blocks(text[position : fence.start()]))
        block_type, content = fence.groups()
        if block_type == "html":
            blocks.append({"type": "rich_text", "value": content})
        else:
            blocks.append({"type": block_type, "value": yaml.safe_load(content)})
        position = fence.end()
    blocks.extend(_rich_text_blocks(text[position:]))
    return with_block_ids(blocks)


def _rich_text_blocks(text):
    pieces = re.split(r"^---$", text, flags=re.MULTILINE)
    return [
        {"type": "rich_text", "value": html} for html in (_html(piece) for piece in pieces) if html
    ]


def _html(text):
    html = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        if not chunk:
            continue
        lines = chunk.split("\n")
        heading = HEADING.match(chunk)
        if heading and len(lines) == 1:
            level = len(heading.group(1))
            html.append(f"<h{level}>{heading.group(2)}</h{level}>")
        elif lines[0].startswith("- "):
            items = []
            for line in lines:
                if line.startswith("- "):
                    items.append(line[2:])
                else:
                    items[-1] += " " + line.strip()
            html.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
        else:
            html.append("<p>" + " ".join(line.strip() for line in lines) + "</p>")
    return "".join(html)


def read_constants(*paths):
    """The top-level keys of these YAML files (and, for a Markdown file, a page named after the
    file) as upper-case attributes: `demo.INDEX` for `index:`, so a builder reads its data
    under the names it always had."""
    data = {}
    for path in paths:
        path = Path(path)
        if path.suffix == ".md":
            data[path.stem.replace("-", "_")] = read_page(path)
        else:
            data.update(read_yaml(path))
    return SimpleNamespace(**{key.upper(): value for key, value in data.items()})
