"""Request handlers of projects that are not page routes."""

from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import services
from .tokens import LinkExpired, LinkInvalid, read_token


@csrf_exempt
@require_POST
def one_click_unfollow(request, token):
    """One-click unsubscribe from a mail program (RFC 8058: the `List-Unsubscribe-Post`
    header of every update email). The program posts without a CSRF token; the signed,
    single-purpose link is the proof. A Django URL, not a page route, because CSRF is
    checked against Wagtail's serve view before a page route runs. Leaving twice is fine."""
    try:
        public_id = read_token(token, "unfollow")
    except (LinkInvalid, LinkExpired):
        return HttpResponse(status=404)
    services.stop_following(public_id=public_id)
    return HttpResponse(_("You will get no more updates."), content_type="text/plain")
