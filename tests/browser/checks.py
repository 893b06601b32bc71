"""What every browser test checks the same way: axe-core's WCAG 2.2 A and AA rules, and a
screenshot for a person to look at."""

import os
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

WCAG_22_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
_axe = Axe()


def axe_violations(page):
    """axe's result for the page as it is now. Only violations are collected: the passes
    and the inapplicable rules are never read, and gathering them doubles axe's time."""
    return _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_22_A_AA},
            "resultTypes": ["violations"],
        },
    )


def screenshot(page, name, full_page=True):
    """Saved to var/screenshots/ when INVOLVE_SCREENSHOTS is set (`make screenshots`): they
    are for a person to look at, and taking them costs the suite a third of its time."""
    if os.environ.get("INVOLVE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=full_page)
