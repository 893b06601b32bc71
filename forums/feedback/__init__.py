"""Feedback about services ("Tell us about a service", issue 20): what people say about how a
service went, sent through the public form (`FeedbackPage`, anonymous unless the person asks
for a reply) or entered by staff from forums, paper and phone calls. Words that mention crisis
or self-harm, however they came, go to the safeguarding contact at once (the same contact and
email mechanism as suggested ideas) and the form's thanks page shows crisis support; a
complaint is answered with how to reach PALS. Nothing is published: the communications or
involvement team reads it, turns it into an improvement idea or links it to a project. The
themes feature groups its words.

Imports meetings, outcomes, ideas and projects; nothing before it imports it. Inside:
models <- forms <- tasks <- services <- pages <- wagtail_hooks, demo.
"""
