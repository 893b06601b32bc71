"""A real Chromium against a live server of the demo site.

Runs in its own pytest run (`make browser-test`, after the demo checks, in workers of its own):
each worker's database gets the demo content committed once for the session (`demo_content` in
tests/conftest.py), so the unit suite's database never sees it.
"""

import os
import shutil

import pytest
from django.test.testcases import LiveServerThread, _StaticFilesHandler

# Playwright's sync API keeps an event loop running in this thread, which trips Django's
# guard against database calls from async code; nothing here is actually async.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    # Only the live server is reached. NHS.UK's stylesheet asks assets.nhs.uk for the Frutiger
    # fonts; on a machine without a resolver for it, the lookup took 5 s on a quarter of page
    # loads, holding back the load event that every goto waits for (the pages fall back to
    # Arial, as they would for a visitor whose network blocks the fonts).
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    # Headless Chromium still builds its hidden window's address bar: every tab the suite
    # opens started two renderers for the address bar's suggestions, which no test sees, a
    # quarter of Chromium's work over the suite's pages and axe runs.
    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
]


def chromium_path():
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail(
            "Chromium is missing: `apt-get install chromium` (make test does this as root). "
            "Browser tests must run, not skip."
        )
    return path


@pytest.fixture(scope="session")
def live_site(demo_content, django_db_blocker):
    """The demo site (loaded and committed once, by tests/conftest.py's `demo_content`)
    served from a thread on a free port; yields its base URL."""
    # The server thread reaches the database too, so it stays open for the whole session.
    with django_db_blocker.unblock():
        server = LiveServerThread("127.0.0.1", _StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield f"http://127.0.0.1:{server.port}"
        server.terminate()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import expect, sync_playwright

    # Assertions wait for the page (a form post, a redirect) instead of reading it mid-load; on
    # a busy two-core CI machine a page can take longer than Playwright's default 5 s.
    expect.set_options(timeout=20_000)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def browser_context(browser):
    """One browser context for the worker's whole run: making a context per test costs more
    than the page it opens. Each test clears its cookies (`new_page`)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


def csp_refusals(page, message):
    text = message.text
    if "Content Security Policy" in text or "Content-Security-Policy" in text:
        return [f"{page.url}: {text[:300]}"]
    return []


@pytest.fixture
def new_page(browser_context):
    """Opens a tab `width` pixels wide in the shared context, cookies cleared (no consent, no
    session), closed after the test."""
    browser_context.clear_cookies()
    pages = []
    refused = []

    def open_tab(width=1280, height=900):
        page = browser_context.new_page()
        page.set_viewport_size({"width": width, "height": height})
        # Every page the suite opens is held to the Content-Security-Policy: anything it
        # refuses (an inline script or style, a stray host) fails the test that opened it.
        page.on("console", lambda message: refused.extend(csp_refusals(page, message)))
        pages.append(page)
        return page

    yield open_tab
    for page in pages:
        page.close()
    assert not refused, "The Content-Security-Policy refused:\n" + "\n".join(refused)


@pytest.fixture(autouse=True)
def a_new_visitor():
    """Each test is a new visitor: the live server runs in this process and shares its cache,
    where the forms' rate limit counts posts by address, and every test posts from
    127.0.0.1. Without this, the error states the suite posts in eight languages would add
    up to the limit and later tests would meet "You have sent a lot of forms"."""
    from django.core.cache import cache

    cache.clear()
