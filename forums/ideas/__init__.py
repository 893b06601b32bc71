"""Improvement ideas and voting: the idea index and idea pages, voting rounds, votes (by
email link, printed code or browser), suggestions from the public and their moderation,
following an idea's status, the results charts, the duplicate-vote report and voiding.

Domain operations are in services.py (a vote ends in a `VoteResult`); pages, admin
(wagtail_hooks.py), the demo and the tests call them. screening.py holds the words that flag
a suggestion (crisis, complaint); charts.py the server-drawn results charts.

Import rule: imports meetings and outcomes (and home, opportunities); never projects. Inside
the package: models <- forms <- tasks <- services <- pages <- wagtail_hooks, signals, demo.
"""
