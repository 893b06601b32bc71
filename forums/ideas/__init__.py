"""Improvement ideas and voting: the idea index and idea pages, voting rounds, votes (by
email link, printed code or browser), suggestions from the public and their moderation,
following an idea's status, the results charts, the duplicate-vote report and voiding.

Domain operations are in services.py (voting and counting; a vote ends in a `VoteResult`),
moderation.py (suggestions, moderators' decisions, publishing an idea) and oversight.py
(printed codes, the duplicate-vote report, voiding); pages, admin (wagtail_hooks.py), the
demo and the tests call them. A suggestion is screened for crisis and
complaint words in every language by `home.screening`; charts.py draws the results charts.
Who hears about crisis words (`IdeaSettings`, `tasks.safeguarding_recipients`) and the
templates saying where to get urgent help and how to reach PALS are shared with service
feedback, which comes later and imports them.

Import rule: imports meetings and outcomes (and home, opportunities); never projects. Inside
the package: models <- votes <- forms <- tasks <- services <- moderation, oversight <- pages
(the idea page) <- index (the idea index page) <- wagtail_hooks, signals, demo.
"""
