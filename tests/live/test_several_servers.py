"""Two servers behind one address, as behind a load balancer: `make serve` twice (2 gunicorn
workers each) against one PostgreSQL and one Redis (tests/live/servers.py), so they share
the page cache. Sign-ups and email votes sent through both at once, while fresh visitors
read the ideas through both, are each stored once and emailed once, with no server error,
and every idea then shows the votes stored. A page published through one server is new at
once through the other, and so is an opportunity whose last place a sign-up through one
server took. `make several-servers-test`."""

import json
import random
import re
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from .servers import CSRF, Visitor, body_of

SIGN_UPS = 20
VOTES = 20
VOTE_LINK = re.compile(r"https?://[^/\s]+(/\S+/vote/[^/\s]+/)")
VOTES_SHOWN = re.compile(r'summary-list__value">(\d+) votes?</dd>')
H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
WAITING_LIST = "join the waiting list"

# The demo's pages by URL, with what the test reads back with SQL.
PAGES_SCRIPT = """
import json
from wagtail.models import Locale
from forums.ideas.pages import IdeaPage
from home.models import ContentPage
from opportunities.models import OpportunityPage
english = Locale.get_default()
live = lambda model: model.objects.live().public().filter(locale=english)
print(json.dumps({
    "content": [[p.url, p.pk] for p in live(ContentPage)],
    "ideas": {p.url: p.pk for p in live(IdeaPage)},
    "opportunities": {
        p.url: [p.pk, p.places] for p in live(OpportunityPage).exact_type(OpportunityPage)
    },
}))
"""

DRAFT_SCRIPT = """
from wagtail.models import Page
page = Page.objects.get(pk={pk}).specific
page.title = {title!r}
page.save_revision()
"""

ANSWERS = Counter()  # (server address, status, X-Page-Cache): how many, over the module
ANSWERS_LOCK = threading.Lock()


class Browser(Visitor):
    """A visitor whose every answer is counted by the server that gave it. A load balancer
    may send its next request to the other server: set `site`."""

    def request(self, method, path, data=None):
        status, headers, html = super().request(method, path, data)
        with ANSWERS_LOCK:
            ANSWERS[self.site.address, status, headers.get("X-Page-Cache", "")] += 1
        return status, headers, html


def read_fresh(site, url):
    """The page as a new anonymous visitor gets it: (X-Page-Cache, html)."""
    status, headers, html = Browser(site).get(url)
    assert status == 200, (site.address, url, status)
    return headers.get("X-Page-Cache"), html


def sign_up(site, url, email):
    fields = {
        "name": "Sam Visitor",
        "email": email,
        "phone": "",
        "contact_method": "email",
        "consent": "on",
    }
    return Browser(site).post_form(url, fields)[0]


def summary(servers):
    """Each server's answers so far, by status and by what the page cache did."""
    lines = []
    for name, server in zip("AB", servers, strict=True):
        by_status, by_cache = Counter(), Counter()
        for (address, status, cache), count in ANSWERS.items():
            if address == server.address:
                by_status[status] += count
                by_cache[cache or "not kept"] += count
        lines.append(
            f"server {name}: {by_status.total()} requests, by status "
            f"{dict(sorted(by_status.items()))}, page cache {dict(sorted(by_cache.items()))}"
        )
    return "\n".join(lines)


@pytest.fixture(scope="module")
def servers(site, second_site):
    return [site, second_site]


@pytest.fixture(scope="module")
def demo_pages(site):
    return json.loads(site.manage("shell", "--no-imports", "-c", PAGES_SCRIPT).stdout)


def test_sign_ups_and_votes_through_both_servers_are_each_stored_once(
    servers, mail, postgres, demo_pages
):
    opportunities, ideas = servers[0].urls["opportunities"], servers[0].urls["ideas"]
    unlimited = [url for url in opportunities if demo_pages["opportunities"][url][1] is None]
    last_vote = postgres.sql("SELECT coalesce(max(id), 0) FROM forums_vote")[0][0]
    signed_up, asked, confirmed = [], [], []

    def sign_up_through(n):
        email = f"visitor-servers-{n}-{uuid.uuid4().hex[:8]}@example.org"
        if sign_up(servers[n % 2], unlimited[n % len(unlimited)], email) == 302:
            signed_up.append(email)

    def vote_through(n):
        """Asked through one server; the link in the email opened through the other."""
        person = Browser(servers[n % 2])
        email = f"voter-servers-{n}-{uuid.uuid4().hex[:8]}@example.org"
        if person.post_form(ideas[n % len(ideas)], {"email": email})[0] != 302:
            return
        asked.append(email)
        link = VOTE_LINK.search(body_of(mail.wait_for_message(email, timeout=120))).group(1)
        person.site = servers[(n + 1) % 2]
        if person.post_form(link, {})[0] == 200:
            confirmed.append(email)

    done = threading.Event()

    def read_ideas(site, seed):
        chance = random.Random(seed)
        while not done.is_set():
            Browser(site).get(chance.choice(ideas))
            time.sleep(0.05)

    jobs = [(sign_up_through, n) for n in range(SIGN_UPS)] + [
        (vote_through, n) for n in range(VOTES)
    ]
    random.Random(1).shuffle(jobs)
    started = time.monotonic()
    readers = [
        threading.Thread(target=read_ideas, args=(site, seed)) for seed, site in enumerate(servers)
    ]
    for reader in readers:
        reader.start()
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            for future in [pool.submit(job, n) for job, n in jobs]:
                future.result()
    finally:
        done.set()
        for reader in readers:
            reader.join()
    took = time.monotonic() - started

    stored = dict(
        postgres.sql(
            "SELECT email, count(*) FROM opportunities_registration "
            "WHERE email LIKE 'visitor-servers-%%' GROUP BY email"
        )
    )
    votes, voters = postgres.sql(
        "SELECT count(*), count(DISTINCT voter_key) FROM forums_vote WHERE id > %s", [last_vote]
    )[0]
    for email in signed_up:
        mail.wait_for_message(email, timeout=120)
    time.sleep(5)  # for a second copy from the other server's worker, if it were to send one
    emailed = Counter(len(mail.to(email)) for email in signed_up + asked)

    counted = dict(
        postgres.sql(
            "SELECT idea_id, count(*) FROM forums_vote WHERE voided_at IS NULL GROUP BY idea_id"
        )
    )
    stale = []
    for url in ideas:
        for site in servers:
            cache, html = read_fresh(site, url)
            shown = int(VOTES_SHOWN.search(html).group(1))
            stored_votes = counted.get(demo_pages["ideas"][url], 0)
            if shown != stored_votes:
                stale.append((site.address, url, cache, shown, stored_votes))

    print(
        f"\nTwo servers, {took:.0f} s: sign-ups accepted {len(signed_up)}/{SIGN_UPS}, stored "
        f"{len(stored)}, stored twice {sum(1 for count in stored.values() if count > 1)}; "
        f"votes asked {len(asked)}/{VOTES}, confirmed {len(confirmed)}, stored {votes} "
        f"({voters} voters); emails each person got: {dict(emailed)}; "
        f"idea pages showing other than the votes stored: {stale}\n" + summary(servers)
    )
    assert not [key for key in ANSWERS if key[1] >= 500]
    assert len(signed_up) == SIGN_UPS and stored == dict.fromkeys(signed_up, 1)
    assert len(confirmed) == VOTES and votes == voters == VOTES
    assert emailed == {1: SIGN_UPS + VOTES}
    assert stale == []


def test_a_page_published_through_one_server_is_new_at_once_through_the_other(servers, demo_pages):
    a, b = servers
    url, pk = demo_pages["content"][0]
    read_fresh(b, url)
    cache, html = read_fresh(b, url)
    old_title = H1.search(html).group(1)
    assert cache == "hit"

    new_title = f"Republished {uuid.uuid4().hex[:8]}"
    a.manage("shell", "--no-imports", "-c", DRAFT_SCRIPT.format(pk=pk, title=new_title))
    draft_cache, html = read_fresh(b, url)
    assert (draft_cache, H1.search(html).group(1)) == ("hit", old_title)  # a draft is not live

    staff = Browser(a)
    _status, _headers, login = staff.get("/admin/login/")
    status, _headers, _html = staff.request(
        "POST",
        "/admin/login/",
        {
            "username": "auditor",
            "password": "a-long-live-test-password",
            "csrfmiddlewaretoken": CSRF.search(login).group(1),
        },
    )
    assert status == 302
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={pk}"
    status, _headers, confirm = staff.get(publish)
    assert status == 200
    status, _headers, _html = staff.request(
        "POST", publish, {"csrfmiddlewaretoken": CSRF.search(confirm).group(1)}
    )
    assert status == 302

    after_cache, html = read_fresh(b, url)
    after_title = H1.search(html).group(1)
    again_cache, _html = read_fresh(b, url)
    print(
        f"\n{url} through B: {cache} {old_title!r}; after a draft through A: {draft_cache}; "
        f"published through A's admin, then through B: {after_cache} {after_title!r}, "
        f"then {again_cache}\n" + summary(servers)
    )
    assert (after_cache, after_title) == ("miss", new_title)
    assert again_cache == "hit"


def test_a_sign_up_through_one_server_shows_at_once_through_the_other(
    servers, postgres, demo_pages
):
    a, b = servers

    def free_places(url):
        pk, places = demo_pages["opportunities"][url]
        taken = postgres.sql(
            "SELECT count(*) FROM opportunities_registration WHERE opportunity_id = %s "
            "AND NOT on_waiting_list AND status IN ('new', 'contacted', 'confirmed', 'attended')",
            [pk],
        )[0][0]
        return places - taken

    limited = [url for url in a.urls["opportunities"] if demo_pages["opportunities"][url][1]]
    url = min((url for url in limited if free_places(url) > 0), key=free_places)
    while free_places(url) > 1:
        assert sign_up(a, url, f"visitor-filling-{uuid.uuid4().hex[:8]}@example.org") == 302
    read_fresh(b, url)
    cache, html = read_fresh(b, url)
    assert cache == "hit" and WAITING_LIST not in html

    assert sign_up(a, url, f"visitor-last-place-{uuid.uuid4().hex[:8]}@example.org") == 302
    after_cache, html = read_fresh(b, url)
    full_shown = WAITING_LIST in html
    again_cache, _html = read_fresh(b, url)
    print(
        f"\n{url} through B: {cache}, a place free; the last place taken through A, then "
        f"through B: {after_cache}, full shown {full_shown}, then {again_cache}\n"
        + summary(servers)
    )
    assert free_places(url) == 0
    assert (after_cache, full_shown) == ("miss", True)
    assert again_cache == "hit"
