"""What a visitor and the team see when a server the site needs goes away, against real
servers on loopback (tests/live/servers.py): Redis stopped, the mail server refusing one
recipient, PostgreSQL stopped and started under a stream of requests. `make fault-test`."""

import re
import threading
import time
import uuid

from .servers import CSRF, Visitor, wait_for


def sign_up(site, email, **extra):
    fields = {
        "name": "Sam Visitor",
        "email": email,
        "phone": "",
        "contact_method": "email",
        "consent": "on",
        **extra,
    }
    return Visitor(site).post_form(site.urls["opportunities"][0], fields)[0]


def test_pages_and_forms_keep_working_while_redis_is_down(site, redis):
    visitor = Visitor(site)
    pages = site.urls["browse"][:12] + site.urls["ideas"][:2]
    redis.stop()
    try:
        started = time.monotonic()
        statuses = {url: visitor.get(url)[0] for url in pages}
        took = time.monotonic() - started
        signed_up = sign_up(site, f"visitor-redis-{uuid.uuid4().hex[:8]}@example.org")
        health = visitor.get("/healthz/")[0]
    finally:
        redis.start()
    print(
        f"\nRedis down: {len(pages)} pages in {took:.1f} s, sign-up {signed_up}, healthz {health}"
    )
    assert set(statuses.values()) == {200}, statuses
    assert signed_up == 302
    assert health == 503  # the load balancer is told, while pages go on


def test_a_refused_recipient_does_not_hold_up_or_repeat_the_other(site, mail, postgres):
    email = f"visitor-refused-{uuid.uuid4().hex[:8]}@example.org"
    mail.refuses = lambda address: not address.startswith("visitor-")  # the host's inbox

    assert sign_up(site, email, needs_quiet_room="on") == 302

    mail.wait_for_message(email)
    rows = lambda: postgres.sql(  # noqa: E731
        "SELECT id, tries, waiting_for, subject FROM home_emaildelivery WHERE sent_at IS NULL"
    )
    wait_for(rows, 60, "the undelivered email's record")
    (row_id, tries, waiting_for, subject) = rows()[0]
    assert tries == 1 and re.fullmatch(r"\w…@[\w.-]+", waiting_for)  # no whole address kept

    # Its next try, brought forward: the retry reaches only the refused inbox.
    postgres.sql("UPDATE home_emaildelivery SET next_try_at = now() WHERE id = %s", [row_id])
    site.manage("retry_emails")
    wait_for(
        lambda: (
            postgres.sql("SELECT tries FROM home_emaildelivery WHERE id = %s", [row_id])[0][0] == 2
        ),
        60,
        "the second try",
    )
    assert len(mail.to(email)) == 1
    assert len(mail.refused) == 2

    staff = Visitor(site)
    _status, _headers, login = staff.get("/admin/login/")
    staff.request(
        "POST",
        "/admin/login/",
        {
            "username": "auditor",
            "password": "a-long-live-test-password",
            "csrfmiddlewaretoken": CSRF.search(login).group(1),
        },
    )
    status, _headers, listing = staff.get("/admin/undelivered-emails/")
    assert status == 200
    assert subject.split(":")[0] in listing and "Trying again" in listing


def test_a_database_outage_gives_503_then_the_site_and_the_worker_come_back(site, mail, postgres):
    seen = []
    stop = threading.Event()

    def stream(url):
        visitor = Visitor(site)
        while not stop.is_set():
            status, headers, _html = visitor.get(url)
            seen.append((time.monotonic(), status, headers.get("Retry-After")))
            time.sleep(0.05)

    # An email waiting to be tried again when the database goes: the mail server refused
    # it, and its next try falls during the outage.
    waiting = f"visitor-waiting-{uuid.uuid4().hex[:8]}@example.org"
    mail.refuses = lambda address: address == waiting

    def unsent():
        return postgres.sql("SELECT count(*) FROM home_emaildelivery WHERE sent_at IS NULL")[0][0]

    before = unsent()
    assert sign_up(site, waiting) == 302
    wait_for(lambda: unsent() > before, 60, "the refused email's record")
    postgres.sql(
        "UPDATE home_emaildelivery SET next_try_at = now() + interval '10 seconds' "
        "WHERE sent_at IS NULL"
    )
    mail.refuses = lambda address: False

    streams = [
        threading.Thread(target=stream, args=(url,))
        for url in (site.urls["browse"][0], site.urls["opportunities"][0])
    ]
    for thread in streams:
        thread.start()
    time.sleep(5)
    postgres.stop()
    went = time.monotonic()  # stopped: every answer from here on needs no database or is 503
    time.sleep(20)
    coming_back = time.monotonic()
    postgres.start()
    back = time.monotonic()
    time.sleep(20)
    stop.set()
    for thread in streams:
        thread.join()

    during = [status for at, status, _ in seen if went + 1 < at < coming_back]
    after = [status for at, status, _ in seen if at > back + 10]
    retry_after = {value for at, status, value in seen if status == 503}
    counts = {
        status: sum(1 for _, s, _ in seen if s == status) for status in {s for _, s, _ in seen}
    }
    print(f"\nDatabase stopped 20 s: {len(seen)} requests, by status {counts}")
    assert 500 not in counts
    assert during and set(during) == {503}
    assert retry_after and None not in retry_after
    assert after and set(after) == {200}

    # The worker and the schedule were stopped by the outage and started again: a sign-up
    # now is emailed, and the email that waited through the outage goes, once, with no
    # command typed (the schedule's every-minute retry_emails, then the worker).
    email = f"visitor-after-{uuid.uuid4().hex[:8]}@example.org"
    assert sign_up(site, email) == 302
    confirmation = mail.wait_for_message(email, timeout=90)
    assert re.search(r"\S", confirmation["Subject"])
    mail.wait_for_message(waiting, timeout=150)
    assert len(mail.to(waiting)) == 1
