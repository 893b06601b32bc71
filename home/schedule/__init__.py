"""Scheduled work without a person: `manage.py run_schedule` (started by `make serve` beside
the task worker, and started again if it stops) wakes every minute and runs what is due:

- every minute: Wagtail's `publish_scheduled` (pages and snippets set to go live or expire)
  and `retry_emails` (emails whose next try has come, see home.email_delivery);
- every hour: `pass_on_place_offers` (a place offered from a waiting list and not taken in
  time goes to the next person);
- once a day, at the hour in `SCHEDULE`: each app's daily care (`tend_register`,
  `tend_project_followers`, `send_meeting_reminders`, `tend_ideas`, `tend_feedback`,
  `tend_format_requests`, `tend_payments`);
- once a week, from Monday at its hour: `compute_themes` (forums/themes).

Each run is one `ScheduledRun` row, unique for its job and period: with several servers
each running the loop, the first to write the row runs the job and the others skip it. The
row keeps when it ran, whether it worked and what it said (Reports > Scheduled work).

Imports Django and Wagtail only: home is the core. The jobs are management commands, found
by name.
"""
