"""Where the copies and the tags' versions live, and how a view marks its page."""

import hashlib
import secrets

from django.core.cache import cache
from django.db import transaction

# The tag every copy depends on: changed by anything that can change any page.
EVERYTHING = "everything"
_TAG_KEY = "page-cache:tag:{}"
_COPY_KEY = "page-cache:copy:{}"


def allow(request, *tags):
    """Let this response be kept for other visitors, depending on `tags` as well as on
    everything. Views that show something personal never call it."""
    request.page_cache_allowed = True
    depends_on(request, *tags)


def depends_on(request, *tags):
    """The page shows things that purge these tags when they change: call it before reading
    them. Their versions are read now, so a purge between now and the response being kept
    leaves the copy out of date at once, never stale."""
    versions = getattr(request, "page_cache_versions", None)
    if versions is None:  # this request will not be kept
        return
    new = [tag for tag in tags if tag not in versions]
    if new:
        versions.update(tag_versions(new))


def start(request):
    """The middleware, before the view: the version of everything, read before anything the
    page shows is."""
    request.page_cache_versions = tag_versions([EVERYTHING])


def purge(*tags):
    """Drop every copy that depends on any of `tags`, on every server, once the current
    transaction (if any) has committed."""
    versions = {_TAG_KEY.format(tag): secrets.token_hex(8) for tag in tags}
    transaction.on_commit(lambda: cache.set_many(versions, timeout=None))


def purge_everything(**kwargs):
    """A signal receiver as well: drop every copy."""
    purge(EVERYTHING)


def copy_key(request, consent):
    identity = "\n".join((request.get_host(), request.get_full_path(), consent or ""))
    return _COPY_KEY.format(hashlib.sha256(identity.encode()).hexdigest())


def tag_versions(tags):
    """{tag: its version now}; a tag never purged (or forgotten by the cache) is None."""
    found = cache.get_many([_TAG_KEY.format(tag) for tag in tags])
    return {tag: found.get(_TAG_KEY.format(tag)) for tag in tags}


def get_copy(key):
    """The copy kept under `key` if it is still current, else None."""
    copy = cache.get(key)
    if copy is None or tag_versions(copy["tags"]) != copy["tags"]:
        return None
    return copy


def keep_copy(key, response, tags, seconds):
    """Keep the response, with `tags` the versions read before what they cover was."""
    headers = [
        (name, value)
        for name, value in response.items()
        if name.lower() not in ("set-cookie", "cache-control", "expires")
    ]
    cache.set(
        key,
        {
            "status": response.status_code,
            "headers": headers,
            "content": response.content,
            "tags": tags,
        },
        seconds,
    )
