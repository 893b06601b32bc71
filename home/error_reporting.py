"""Errors reported to Sentry (its SDK), when the environment gives `SENTRY_DSN`.

What leaves the server is the error and where it happened, never what a person typed or
who they are: no request bodies, no cookies, no user or address (`send_default_pii` off),
and a private link's token replaced in every URL, message and breadcrumb, as in the logs.

Imports home.access_log only: home is the core.
"""

import sentry_sdk

from .access_log import redact


def start(dsn, *, environment, release=""):
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release or None,
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=0.0,
        before_send=scrub_event,
        before_breadcrumb=scrub_breadcrumb,
    )


def scrub_event(event, hint=None):
    request = event.get("request") or {}
    if isinstance(request.get("url"), str):
        request["url"] = redact(request["url"])
    if isinstance(request.get("query_string"), str):
        # Without its "?", as Sentry keeps it: put one back so the first value is seen too.
        request["query_string"] = redact("?" + request["query_string"])[1:]
    request.pop("cookies", None)
    request.pop("data", None)
    headers = request.get("headers") or {}
    for name in list(headers):
        if name.lower() in ("cookie", "referer", "x-forwarded-for", "authorization"):
            headers.pop(name)
    if isinstance(event.get("transaction"), str):
        event["transaction"] = redact(event["transaction"])
    for entry in (event.get("logentry"), event.get("message")):
        if isinstance(entry, dict) and isinstance(entry.get("message"), str):
            entry["message"] = redact(entry["message"])
            entry["formatted"] = redact(entry.get("formatted") or "")
    return event


def scrub_breadcrumb(crumb, hint=None):
    if isinstance(crumb.get("message"), str):
        crumb["message"] = redact(crumb["message"])
    data = crumb.get("data") or {}
    if isinstance(data.get("url"), str):
        data["url"] = redact(data["url"])
    return crumb
