"""Emails that did not go at the first try: the one retry policy of `home.emails.send_once`.

An email is one task run's messages (the task and its arguments say which). Nothing is
written while emails go: a row (`EmailDelivery`) appears only when one recipient's message
fails. It keeps which recipients were reached, so a retry sends only to the others, and never
again to someone who got it; how many tries were made; and when to try next. The schedule's
every-minute `retry_emails` queues the task again when that time comes (5, 10, 15, 20 minutes
apart), until `MAX_TRIES`; then the row is given up and listed for the team in Reports >
Undelivered emails, with a button that sends it again. Safeguarding alerts are shown on the
dashboard of everyone who moderates from their first failure (see forums.ideas).

Imports Django and Wagtail only: home is the core. A row names its task by import path and
keeps its arguments (row ids), never an address.
"""
