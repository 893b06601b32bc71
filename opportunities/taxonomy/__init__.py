"""The words opportunities and people are described and filtered by: the fixed choices
(`Kind`, `Payment`, `TimeCommitment`, `CoProductionLevel`, `FORMATS`, `AUDIENCES`), whose
meaning is built into filters and wording, and the snippets editors manage (`Topic`, `Area`,
`Venue`).

Import rule: the lowest feature of the app. It imports only from `home` and libraries; every
other feature (`registrations`, `listing`, `register`) may import from it, and it imports
from none of them.
"""
