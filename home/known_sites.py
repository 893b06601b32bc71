"""The Wagtail Site answering a request, without asking the database every time.

Wagtail works the site out afresh for each request, in a query whose SQL is slow to build
(measured: about a sixth of a vote's time). Sites change perhaps once in a site's life, so
each process remembers what it found for each host and port for a minute, and forgets at
once when a site is saved or deleted in this process (the others within the minute:
settings.KNOWN_SITES_SECONDS; 0 in the tests, whose rolled-back sites send no signal). Each
request gets a Site of its own, made from the remembered fields, so nothing it loads (its
root page) is shared with another request.

Imports nothing of ours: home is the core.
"""

import time

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.models import Site

_found = {}


def site_for(request):
    """What `Site.find_for_request(request)` finds, from this process's memory if it can."""
    key = (split_domain_port(request._get_raw_host())[0], request.get_port())
    remembered = _found.get(key)
    if remembered is None or remembered[0] < time.monotonic():
        site = Site._find_for_request(request)
        if not settings.KNOWN_SITES_SECONDS:
            return site
        fields = None
        if site is not None:
            fields = {f.attname: getattr(site, f.attname) for f in Site._meta.concrete_fields}
        _found[key] = remembered = (time.monotonic() + settings.KNOWN_SITES_SECONDS, fields)
    fields = remembered[1]
    return None if fields is None else Site(**fields)


def forget(**kwargs):
    _found.clear()


def connect():
    post_save.connect(forget, sender=Site, dispatch_uid="known-sites-saved")
    post_delete.connect(forget, sender=Site, dispatch_uid="known-sites-deleted")


class KnownSitesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = site_for(request)
        return self.get_response(request)
