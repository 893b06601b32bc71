"""The forums' demo content, built by `load_demo_content` (after the opportunities, whose
venues and pages the meetings use). Each feature builds its own from the data next to it,
in this order: the forums and their meetings (with what came of them), then the projects
(which some forum points went into), then the improvement ideas (some made from forum
points)."""

from .ideas import demo as ideas_demo
from .meetings import demo as meetings_demo
from .projects import demo as projects_demo


def build(home, created):
    """Add what is missing; returns the forum index page."""
    index = meetings_demo.build(home, created)
    projects_demo.build(home, created)
    ideas_demo.build(home, created)
    return index
