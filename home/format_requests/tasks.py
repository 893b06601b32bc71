"""The email that tells the communications team of a request, sent with the core's one
policy (`home.emails.send_once`): once, and tried again later on failure. The task's
argument is the request's id, never an address."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from wagtail.models import Site

from ..emails import ALREADY_SENT, render_email, send_once, staff_language
from ..models import OrganisationSettings
from .models import CONTACT_DAYS, FormatRequest

NOBODY_TO_TELL = "no address to tell"


def team_address(page=None):
    """Where requests go: the organisation's address for them, else its general address (the
    settings of the page's site, else of the default site)."""
    site = (page.get_site() if page else None) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return ""
    organisation = OrganisationSettings.for_site(site)
    return organisation.format_requests_email or organisation.email


@task()
def tell_the_team(request_id):
    """Email the team the request with the page it came from. Once: a request whose email
    went is skipped, so a retry or a second enqueue never sends twice."""
    request = FormatRequest.objects.select_related("page").filter(pk=request_id).first()
    if request is None or request.team_told_at is not None:
        return ALREADY_SENT
    address = team_address(request.page)
    if not address:
        return NOBODY_TO_TELL
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("format_requests:counts")
    message = render_email(
        "home/format_requests/emails/team_notice",
        {
            "request": request,
            "page": request.page,
            "page_url": request.page.full_url if request.page else "",
            "reading_language": request.language,
            "admin_url": admin_url,
            "contact_days": CONTACT_DAYS,
        },
        to=[address],
        language=staff_language(address),
    )
    return send_once(
        message,
        task=tell_the_team,
        args=(request.pk,),
        claim=lambda: FormatRequest.objects.filter(pk=request.pk, team_told_at=None).update(
            team_told_at=timezone.now()
        ),
    )
