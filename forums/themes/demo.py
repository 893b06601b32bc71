"""The demo's themes: worked out once from the demo's forum points, suggestions and
feedback (built before this, see forums/demo.py), as the weekly run would, then named,
split, merged and rejected as the involvement team would (demo/themes.yaml). Loading the demo
again leaves the themes and any staff changes as they are."""

from home.demo_data import demo_path, read_yaml

from . import services, sources
from .models import Theme, ThemeMembership, ThemeRun


def build(home, created):
    if ThemeRun.objects.exists():
        return
    run = services.compute_themes()
    decisions = read_yaml(demo_path("forums", "themes", "themes.yaml"))
    items = sources.all_items()
    theme_of = _theme_finder({item.text: item.key for item in items})
    named = {}
    for row in decisions["names"]:
        theme = theme_of(row["example"])
        if theme is not None:
            services.rename(theme, row["name"])
            named[row["name"]] = theme
    for row in decisions["split"]:
        theme = named.get(row["from"])
        keys = [item.key for item in items if item.text.startswith(tuple(row["examples"]))]
        if theme is not None and keys:
            named[row["name"]] = services.split(theme, keys, row["name"])
    for row in decisions["merge"]:
        theme, into = theme_of(row["example"]), named.get(row["into"])
        if theme is not None and into is not None and theme.pk != into.pk:
            services.merge(theme, into)
    for example in decisions["reject"]:
        theme = theme_of(example)
        if theme is not None:
            services.reject(theme)
    # The weekly run, once more: it keeps every decision above and refreshes the split
    # themes' quotes and words.
    run = services.compute_themes()
    created.append(f"{run.theme_count} themes in {run.item_count} things people said")


def _theme_finder(keys):
    """A function giving the theme of the message that starts with the given words (None
    when the grouping left it out of every theme); `keys` maps each text to its item key.
    Two queries, then none per call."""
    memberships = dict(ThemeMembership.objects.values_list("item_key", "theme_id"))
    themes = Theme.objects.in_bulk()

    def theme_of(start):
        key = next((key for text, key in keys.items() if text.startswith(start)), None)
        theme_id = memberships.get(key)
        return themes[theme_id] if theme_id else None

    return theme_of
