""" "You said, we are doing" projects: the project index (index) and project pages, their
actions, challenges, quotes and dated updates (pages), the service snippet, followers by email or
from the involvement register (its private page's projects section), the update emails and
the private links in them.

Domain operations (following, leaving, what people said) are in services.py.

Import rule: the highest feature of forums; may import meetings, outcomes and ideas (and
home, opportunities). Inside the package: models <- forms, tokens <- tasks <- services <-
pages <- index <- views, wagtail_hooks, signals, demo.
"""
