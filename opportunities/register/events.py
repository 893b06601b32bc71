"""Signals the register sends, for the apps built on it (the forums hold follows and
suggestions by email address, and opportunities may not import them). Its receivers of
other apps' signals are in signals.py."""

from django.dispatch import Signal

# Sent by `Person.erase` before the record goes, with `email` (possibly ""): everything
# else held under that address must go too.
person_erased = Signal()
