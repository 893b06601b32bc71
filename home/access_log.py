"""Private links kept out of the logs.

A private link (`/join/confirm/<token>/`, `/you/<token>/`, a vote or follow link) is as
good as a password until it expires, and a request line is written to gunicorn's access
log and, for a 4xx, to Django's `django.request` log ("Gone: /…/<token>/"). Both write the
path with the token replaced: `RedactingGunicornLogger` (`make serve` passes it to
gunicorn as `--logger-class`) and `RedactPrivateLinks` (a filter on the console handler in
settings). A token is the path segment after one of the private routes (`confirm/`,
`you/`, `more/`, `equality/`, `vote/`, `stop/`, `unfollow/`: every `<str:token>` route of
the site), and `?ref=`, `?token=` and `?code=` values are private too.

Imports nothing of ours: home is the core.
"""

import logging
import re

from gunicorn.glogging import Logger

PRIVATE = "[private]"
TOKEN_SEGMENT = re.compile(r"(/(?:confirm|you|more|equality|vote|stop|unfollow)/)[^/?#\s]+")
PRIVATE_QUERY = re.compile(r"(?<=[?&])(ref|token|code)=[^&\s\"]*")


def redact(text):
    if not isinstance(text, str):
        return text
    return PRIVATE_QUERY.sub(rf"\1={PRIVATE}", TOKEN_SEGMENT.sub(rf"\1{PRIVATE}", text))


class RedactPrivateLinks(logging.Filter):
    def filter(self, record):
        record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) for arg in record.args)
        return True


class RedactingGunicornLogger(Logger):
    def setup(self, cfg):
        super().setup(cfg)
        # gunicorn's error log names the request too ("Error handling request /…/<token>/").
        self.error_log.addFilter(RedactPrivateLinks())

    def atoms(self, resp, req, environ, request_time):
        # Every atom: the request line, the path, the query, the referrer, and the request
        # headers ({…}i) and environment ({…}e) a log format may name.
        return {
            key: redact(value)
            for key, value in super().atoms(resp, req, environ, request_time).items()
        }
