"""Builds the demo "What you told us" page from forums/told_us/demo/page.yaml, for the last
full quarter before today (called by `load_demo_content`, after the ideas and projects it
links to, and after the themes it answers). An existing page is never changed."""

from django.utils import timezone

from home.demo_data import demo_path, read_yaml

from ..themes.models import Theme
from .pages import ThemeAnswer, WhatYouToldUsPage
from .snapshot import previous_quarter


def last_full_quarter(today):
    return previous_quarter(today.year, (today.month - 1) // 3 + 1)


def _linked(home, link):
    index = home.get_children().filter(slug=link["index"]).first()
    return index and index.get_children().filter(slug=link["slug"]).first()


def build(home, created):
    data = read_yaml(demo_path("forums", "told_us", "page.yaml"))
    if home.get_children().filter(slug=data["slug"]).exists():
        return
    # The themes' demo (run before this one) found and named the themes.
    themes = {theme.name: theme for theme in Theme.objects.filter(named_by_staff=True)}
    year, quarter = last_full_quarter(timezone.localdate())
    page = WhatYouToldUsPage(year=year, quarter=quarter)
    page.title = data["title"]
    page.slug = data["slug"]
    page.summary = data["summary"]
    page.introduction = data["introduction"]
    page.answers = [
        ThemeAnswer(
            theme=themes.get(item["theme"]),
            theme_name=item["theme_name"],
            answer=item["answer"],
            link_page=_linked(home, item["link"]),
        )
        for item in data["answers"]
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    created.append(f"“{page.title}”")
