"""How staff get into the admin and out again, beyond Wagtail's own sign-in:

- `lockout`: django-axes refuses an account from an address after 5 wrong passwords for
  15 minutes (settings), answering with Wagtail's sign-in page and the minutes to wait;
  every lockout and unlock is in the audit log.
- `views`: "Sign-in lockouts", for whoever may manage users: who is locked out, and unlock.
  And sign-out by POST only (a link on another site must not sign staff out).
- `middleware`: a staff session ends after `STAFF_IDLE_MINUTES` without a request.

Imports Django, Wagtail and django-axes only: home is the core.
"""
