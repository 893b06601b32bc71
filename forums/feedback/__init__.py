"""Feedback about services ("Tell us about a service", issue 20): what people say about how a
service went, entered by staff from forums, paper and phone calls (the public form is not
built yet). Nothing is published: the communications or involvement team reads it, turns it
into an improvement idea or links it to a project. The themes feature groups its words.

Imports meetings, outcomes, ideas and projects; nothing before it imports it. Inside:
models <- services <- wagtail_hooks.
"""
