"""The community forums and their meetings: the index of forums with the next round's
schedule, its feed and calendar file; one page per local forum; its meetings (a kind of
opportunity, which people register to attend) and the reminder before each; the
Development Group's papers and the quarterly newsletter; the forum leads' groups and the
review workflow.

Import rule: the lowest feature of forums. Imports home and opportunities only, never
another forums feature (an outcome under a meeting is looked up by its model name).
"""
