"""What the browser suite knows still fails: the one list behind the accessibility
statement's "What is not accessible yet".

The demo's statement (home/demo/accessibility.md, built by home/demo.py) lists these problems
where its text says `{known problems}`, each with the WCAG 2.2 criterion it fails, and each
language's translation of the statement (home/demo/translations/) translates every one. In the
browser suite each problem is an expected failure (`known_problem(key)` in
tests/browser/test_keyboard_journeys.py, strict: fixing it fails the suite until it leaves
this list), and tests/home/test_accessibility_list.py
checks that the suite's expected failures and this list are the same. So when a problem is
fixed, the statement has to be reviewed: remove the problem here, in the translations and in
the live statement's page in the admin, and change the statement's date.

Imports nothing of ours: home is the core.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class KnownProblem:
    key: str
    # The WCAG 2.2 success criterion it fails, as the statement names it.
    criterion: str
    # What a visitor meets, in plain English: the statement's words.
    text: str

    def statement_line(self):
        return f"{self.text} This fails WCAG 2.2 success criterion {self.criterion}."


KNOWN_PROBLEMS = (
    KnownProblem(
        key="cookie-choice-not-announced",
        criterion="4.1.3 (status messages)",
        text=(
            "When you choose yes or no in the cookie banner, the page loads again with the "
            "message “You have saved your cookie settings”. The message does not get focus, "
            "so a screen reader does not read it out until you get to it."
        ),
    ),
)


BY_KEY = {item.key: item for item in KNOWN_PROBLEMS}
