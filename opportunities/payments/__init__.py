"""Paying people for involvement: the rates the involvement team sets, and claims for time
and expenses after an activity.

Rates (`models`): `PaymentLevel` (a translatable snippet: a role, what it involves, its
hourly, session or day rate, what it covers), `BenefitsAdvice` (the translatable warning
that payments can affect benefits, and where to get advice) and `PaymentSettings` (the
mileage rate, the link to the trust's payment policy, the advice line and which
`BenefitsAdvice` to show). An opportunity picks its level (`OpportunityPage.payment_level`).

Claims (`models.ExpenseClaim`, personal data): made for each registration marked attended
(`signals`, on `running.events.attendance_marked`), emailed as a private link (`links`,
`tasks`), filled in on the payments page (`pages`: time at the level's rate, mileage at the
policy's rate, public transport and care costs with a receipt, a taxi agreed in advance,
and payment, a voucher or nothing), decided by the involvement team in the admin (`views`:
approve, query or reject with a reason; the receipts, served only to them; the finance
CSV), shown to the person with their tax year's total, and erased after the retention time
(`services.tend_claims`, `manage.py tend_payments`). Receipts are kept outside public media
(`receipts`).

Import rule: `receipts` <- `models` <- `links` build on `taxonomy` and `home` only, because
`listing` imports them (an opportunity's level, the link to the payments page): they name
the opportunity page and the registration by string, and `links` finds the payments page
through the app registry. Above them: models <- forms, tasks <- services <- pages <- views,
wagtail_hooks, signals, demo; `services` and above may import `registrations`, `listing`
and `running` (`running` tells of attendance by its signal, `running.events`);
`wagtail_hooks` adds the claims to the register's private page through `register.sections`,
so the register never imports this package.
"""
