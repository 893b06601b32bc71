"""Community forums (one Django app, label `forums`), in four features, each a package:

- `meetings`: the forums, their meetings, the Development Group's papers, the newsletter;
- `outcomes`: what came of a meeting, the points raised and the trust's answers;
- `ideas`: improvement ideas, voting rounds, votes, suggestions and their moderation;
- `projects`: "you said, we are doing" projects, their actions, updates and followers.

Imports run one way: home, glossary and opportunities <- forums, and inside forums
meetings <- outcomes <- ideas <- projects (a feature imports only the ones before it). Inside
a feature: models <- forms <- tasks <- services <- pages <- views, wagtail_hooks, signals,
demo. `forums/models.py` and `forums/wagtail_hooks.py` only import the features' modules,
so that Django and Wagtail find them.
"""
