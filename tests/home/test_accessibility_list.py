"""The accessibility statement's list of problems is the browser suite's list of expected
failures (home/accessibility.py): checked from the files, no database and no browser."""

import ast
from pathlib import Path

import polib
from django.conf import settings

from home.accessibility import KNOWN_PROBLEMS
from home.demo import statement_content
from home.demo_data import demo_path, read_page

BROWSER_SUITE = Path(__file__).resolve().parents[1] / "browser"


def expected_failures_in_the_browser_suite():
    """The key of every `known_problem("...")` in tests/browser, the suite's strict xfails."""
    keys = []
    for path in sorted(BROWSER_SUITE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "known_problem"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                keys.append(node.args[0].value)
    return keys


def test_the_statement_lists_exactly_what_the_browser_suite_knows_fails():
    listed = sorted(problem.key for problem in KNOWN_PROBLEMS)
    assert sorted(set(expected_failures_in_the_browser_suite())) == listed
    body = "".join(
        block["value"]
        for block in statement_content(read_page(demo_path("home", "accessibility.md")))["body"]
    )
    assert "{known problems}" not in body
    for problem in KNOWN_PROBLEMS:
        assert f"<li>{problem.statement_line()}</li>" in body


def test_every_language_of_the_statement_translates_each_known_problem():
    translations = demo_path("home", "accessibility.md").parent / "translations"
    missing = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        po = polib.pofile(str(translations / code / "accessibility-statement.po"))
        for problem in KNOWN_PROBLEMS:
            entry = po.find(problem.statement_line())
            if entry is None or not entry.translated():
                missing.append(f"{code}: {problem.key}")
    assert missing == []
