"""Real servers on loopback for the fault and load tests: a PostgreSQL cluster, a Redis and
a mail server of their own (so stopping one touches nothing else on the machine), and the
site itself under `make serve` with the production settings, demo content loaded.

Nothing here imports the site: it is driven over HTTP, as a visitor would, and read back
with SQL, as an auditor would."""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from email import message_from_bytes
from pathlib import Path

import psycopg
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[2]
BIN = Path("/usr/lib/postgresql/15/bin")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(check, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{what} not ready after {timeout} s")


class Postgres:
    """A cluster of its own in a temporary folder, as the `postgres` user when run as root
    (initdb refuses root)."""

    def __init__(self):
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="involve-pg-"))
        self.data = self.folder / "data"
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.folder, "postgres")
        self._run(BIN / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.start()
        self.sql("CREATE DATABASE involve")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/involve"

    def _run(self, *command):
        command = [str(part) for part in command]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd="/tmp")

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            BIN / "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.folder / "log",
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self):
        self._run(BIN / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def sql(self, query, params=None, database=None):
        dbname = database or ("postgres" if query.startswith("CREATE DATABASE") else "involve")
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=dbname, autocommit=True
        ) as connection:
            cursor = connection.execute(query, params)
            return cursor.fetchall() if cursor.description else None

    def remove(self):
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


class Redis:
    def __init__(self):
        self.port = free_port()
        self.process = None
        self.start()

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for(lambda: socket.create_connection(("127.0.0.1", self.port), 1), 10, "Redis")

    def stop(self):
        self.process.terminate()
        self.process.wait(10)

    def remove(self):
        if self.process.poll() is None:
            self.stop()


class MailServer:
    """An SMTP server that keeps what it is sent, and refuses (550) every recipient for
    whom `refuses(address)` is true, as a real one does for an unknown mailbox."""

    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.refused = []
        self.refuses = lambda address: False
        self.lock = threading.Lock()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuses(address):
            with self.lock:
                self.refused.append(address)
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content)
        with self.lock:
            for address in envelope.rcpt_tos:
                self.messages.append((address, message))
        return "250 Message accepted for delivery"

    def to(self, address):
        with self.lock:
            return [message for recipient, message in self.messages if recipient == address]

    def wait_for_message(self, address, timeout=60):
        wait_for(lambda: self.to(address), timeout, f"an email to {address}")
        return self.to(address)[0]

    def remove(self):
        self.controller.stop()


def body_of(message):
    if message.is_multipart():
        message = next(part for part in message.walk() if part.get_content_type() == "text/plain")
    return message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")


class Site:
    """`make serve` on a port of its own with the production settings, against `postgres`,
    `redis` and `mail`; the demo content is loaded first, unless `load_demo` is false (a
    second server on a database that has it, and its superuser). `public_address` is the
    address visitors ask for and links name, when that is not its own: several servers
    behind one load balancer."""

    def __init__(self, postgres, redis, mail, *, workers=2, load_demo=True, public_address=None):
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.public_address = public_address or self.address
        self.log = open(Path(tempfile.gettempdir()) / f"involve-serve-{self.port}.log", "w")
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "INVOLVE_"))},
            "SECRET_KEY": "live-test-" + "k3P9xvQ2mZ7wR4tY8uI1oA6sD5fG0hJ3kL9zX2cV7bN4mQ8wE1rT6",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SITE_URL": f"http://{self.public_address}",
            "DATABASE_URL": postgres.url,
            "REDIS_URL": redis.url,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(mail.port),
            "EMAIL_USE_TLS": "false",
            "SECURE_SSL_REDIRECT": "false",
            "TRUSTED_PROXY_COUNT": "1",  # each visitor comes with an address of its own
            "STAFF_SECOND_STEP": "offered",
            "STATIC_ROOT": str(Path(tempfile.gettempdir()) / "involve-live-static"),
            "MEDIA_ROOT": str(Path(tempfile.gettempdir()) / "involve-live-media"),
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "DJANGO_SUPERUSER_PASSWORD": "a-long-live-test-password",
        }
        if load_demo:
            self.manage("migrate", "--noinput")
            self.manage("load_demo_content", "--in-production")
            self.manage(
                "createsuperuser",
                "--noinput",
                "--username",
                "auditor",
                "--email",
                "auditor@example.org",
            )
        self.process = subprocess.Popen(
            ["make", "serve", f"BIND={self.address}", f"WORKERS={workers}"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for(lambda: Visitor(self).get("/healthz/")[0] == 200, 180, "the site")
        self.urls = json.loads(self.manage("shell", "--no-imports", "-c", URLS_SCRIPT).stdout)

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=1200,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stderr[-3000:]}")
        return result

    def remove(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


# The demo's public pages by kind, as a visitor finds them (relative URLs, English).
URLS_SCRIPT = """
import json
from wagtail.models import Locale, Page
from forums.ideas.pages import IdeaPage
from opportunities.models import OpportunityPage
english = Locale.get_default()
live = Page.objects.live().public().filter(locale=english)
ideas = IdeaPage.objects.live().filter(locale=english)
opportunities = OpportunityPage.objects.live().filter(locale=english)
print(json.dumps({
    "browse": [p.url for p in live.specific() if p.url][:60],
    "opportunities": [
        p.url for p in opportunities.exact_type(OpportunityPage) if not p.is_closed
    ],
    "ideas": [p.url for p in ideas if p.voting_round and p.voting_round.is_open],
}))
"""

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SUBMISSION_KEY = re.compile(r'name="submission_key" value="([^"]+)"')


class Visitor:
    """One person's browser: their cookies, their own network address (written by the
    trusted proxy the site is told is in front), HTTPS as the proxy reports it."""

    _next = 0
    _lock = threading.Lock()

    def __init__(self, site):
        self.site = site
        self.cookies = {}
        with Visitor._lock:
            Visitor._next += 1
            number = Visitor._next
        self.ip = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"

    def request(self, method, path, data=None):
        connection = http.client.HTTPConnection(self.site.address, timeout=60)
        headers = {
            "X-Forwarded-For": self.ip,
            "X-Forwarded-Proto": "https",
            "Host": self.site.public_address,
            "User-Agent": "involve-live-test",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{self.site.public_address}"
            headers["Referer"] = f"https://{self.site.public_address}{path}"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, dict(response.getheaders()), content

    def get(self, path):
        return self.request("GET", path)

    def post_form(self, path, fields, form_path=None):
        """Open the page with the form, then send it as a person would: the page's CSRF
        token and submission key with the fields typed."""
        status, _headers, html = self.get(form_path or path)
        if status != 200:
            return status, {}, html
        data = {"website": "", **fields}
        if match := CSRF.search(html):
            data["csrfmiddlewaretoken"] = match.group(1)
        if match := SUBMISSION_KEY.search(html):
            data["submission_key"] = match.group(1)
        return self.request("POST", path, data)
