"""Community forums (one Django app, label `forums`), in features, each a package:

- `meetings`: the forums, their meetings, the Development Group's papers, the newsletter;
- `outcomes`: what came of a meeting, the points raised and the trust's answers;
- `ideas`: improvement ideas, voting rounds, votes, suggestions and their moderation;
- `projects`: "you said, we are doing" projects, their actions, updates and followers;
- `feedback`: what people tell the trust about a service, read and acted on by staff;
- `themes`: themes across forum points, suggestions and service feedback, found offline on
  the server, that staff rename, merge, split or reject;
- `told_us`: the quarterly "What you told us" page, from the themes (comes after every other
  feature).

Imports run one way: home, glossary and opportunities <- forums, and inside forums
meetings <- outcomes <- ideas <- projects <- feedback <- themes <- told_us (a feature
imports only the ones before it). Inside a feature: models <- forms <- tasks <- services <-
pages <- views, wagtail_hooks, signals, demo. `forums/models.py` and
`forums/wagtail_hooks.py` only import the features' modules, so that Django and Wagtail find
them.
"""
