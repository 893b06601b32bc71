"""The forums' demo content, built by `load_demo_content` (after the opportunities, whose
venues and pages the meetings use). Each feature builds its own from the data next to it,
in this order: the forums and their meetings (with what came of them), then the projects
(which some forum points went into), then the improvement ideas (some made from forum
points), then service feedback, its themes, and the quarterly "What you told us" page."""

from .feedback import demo as feedback_demo
from .ideas import demo as ideas_demo
from .meetings import demo as meetings_demo
from .projects import demo as projects_demo
from .themes import demo as themes_demo
from .told_us import demo as told_us_demo


def build(home, created):
    """Add what is missing; returns the forum index page."""
    index = meetings_demo.build(home, created)
    projects_demo.build(home, created)
    ideas_demo.build(home, created)
    feedback_demo.build(home, created)
    # Last: themes are worked out from what every other feature's demo said.
    themes_demo.build(home, created)
    # The quarterly page reads those themes and links to the ideas and projects.
    told_us_demo.build(home, created)
    return index
