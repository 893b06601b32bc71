"""A horizontal bar chart drawn on the server, as numbers for an SVG template: it works
without JavaScript and a screen reader reads its title and description (the page shows the
same numbers in a table)."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.languages import InLanguage
from home.translation import content_languages

WIDTH = 640
LABEL_WIDTH = 260
BAR_AREA = WIDTH - LABEL_WIDTH - 60
ROW_HEIGHT = 32
BAR_HEIGHT = 20


def _short(label, limit=32):
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def bar_chart(rows, title, description, rtl=False):
    """`rows` is [(label, value)]. In a right-to-left language the labels sit on the right
    and the bars grow to the left."""
    largest = max((value for _label, value in rows), default=0) or 1
    bars = []
    for number, (label, value) in enumerate(rows):
        length = round(BAR_AREA * value / largest)
        y = number * ROW_HEIGHT + 6
        if rtl:
            # The page's right-to-left direction reaches the SVG text, where "start" is the
            # right end: the label ends at the bars' edge and runs right, the value starts
            # at its bar's end and runs left (the browser suite measures both).
            bar_x = WIDTH - LABEL_WIDTH - length
            label_x, label_anchor = WIDTH - LABEL_WIDTH + 8, "end"
            value_x, value_anchor = bar_x - 6, "start"
        else:
            bar_x = LABEL_WIDTH
            label_x, label_anchor = LABEL_WIDTH - 8, "end"
            value_x, value_anchor = LABEL_WIDTH + length + 6, "start"
        bars.append(
            {
                "label": _short(str(label)),
                # An untranslated idea's title or theme's name says its language
                # (`InLanguage`); only `lang` goes on the SVG text, whose anchoring follows
                # the chart's direction.
                "language": getattr(label, "language", ""),
                "value": value,
                "y": y,
                "text_y": y + BAR_HEIGHT - 5,
                "bar_x": bar_x,
                "length": length,
                "label_x": label_x,
                "label_anchor": label_anchor,
                "value_x": value_x,
                "value_anchor": value_anchor,
            }
        )
    return {
        "title": title,
        "description": description,
        "bars": bars,
        "width": WIDTH,
        "height": max(len(rows), 1) * ROW_HEIGHT + 12,
        "bar_height": BAR_HEIGHT,
        "rtl": rtl,
    }


def results_charts(ideas, by_theme, rtl=False):
    """The two charts of a round's results: the ideas with the most votes, and each theme."""
    shown = ideas[:15]
    # An idea not yet translated is shown in English: its bar's label says so (one query).
    languages = content_languages(shown)
    return {
        "idea_chart": bar_chart(
            [(InLanguage(idea.title, languages[idea.pk]), idea.vote_total) for idea in shown],
            title=_("Votes for each idea"),
            description=ngettext(
                "A bar for the idea with the most votes.",
                "A bar for each of the %(count)s ideas with the most votes.",
                min(len(ideas), 15),
            )
            % {"count": min(len(ideas), 15)},
            rtl=rtl,
        ),
        "theme_chart": bar_chart(
            by_theme,
            title=_("Votes for each theme"),
            description=_("A bar for each theme, with its total votes."),
            rtl=rtl,
        ),
    }
