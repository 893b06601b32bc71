"""The address of the person making a request, for rate limits, the duplicate-vote report and
the staff log-in lockout.

Behind a proxy or load balancer every request comes from the proxy's address, and each
trusted proxy appends the address it was reached from to X-Forwarded-For. With
`TRUSTED_PROXY_COUNT` proxies (from the environment in production), the person's address is
the one the outermost trusted proxy wrote: the count-th entry from the right. What the
person sent in the header themselves stays to the left of it and is never read. With no
trusted proxy the header is ignored, because anybody can send it.

(django-ipware was tried: its `proxy_count` expects the proxies' own addresses in the header
too, so behind one nginx it gave the proxy's address back, which is the fault this fixes.)

Imports nothing of ours: home is the core.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The client's IP address as text ("" when the request gives none)."""
    direct = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if not count:
        return direct
    forwarded = [
        entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    ]
    if len(forwarded) < count or not forwarded[-count]:
        # Not through every trusted proxy: the nearest one's peer is all we know.
        return direct
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return direct
