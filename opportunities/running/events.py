"""Signals running an activity sends, for the features built on it (payments invites the
people who came to claim), which this package may not import."""

from django.dispatch import Signal

# Sent by `services.mark_attendance` inside its transaction, with `opportunity`, `attended`
# (the ids of the registrations now marked attended) and `unmarked` (those no longer).
attendance_marked = Signal()
