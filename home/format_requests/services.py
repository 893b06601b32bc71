"""What a valid request does: saved once, about the page in the default language, and the
team told after the commit."""

from django.db import transaction

from ..languages import in_default_language
from ..public_post import save_once
from .models import FormatRequest
from .tasks import tell_the_team


def ask_for_format(form, language):
    """Save a valid form once, whatever the number of submits of it. Returns (request,
    whether it is new). `language`: the language the visitor reads the site in."""
    cleaned = form.cleaned_data
    request = FormatRequest(
        page=in_default_language(cleaned["page"]),
        wanted=cleaned["wanted"],
        other_language=cleaned.get("other_language", ""),
        email=cleaned.get("email", ""),
        phone=cleaned.get("phone", ""),
        language=language,
    )
    with transaction.atomic():
        request, created = save_once(request, cleaned["submission_key"])
        if created:
            transaction.on_commit(lambda: tell_the_team.enqueue(request.pk))
    return request, created
