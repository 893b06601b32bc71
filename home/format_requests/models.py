"""A visitor's request for a page in another language or format."""

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

# How long the way to reply is kept: long enough to answer, no longer (docs/data-map.md).
CONTACT_DAYS = 90
ANOTHER_LANGUAGE = "other_language"


class Format(models.TextChoices):
    """The formats besides a language that the trust can make a page in."""

    EASY_READ = "easy_read", _("Easy Read")
    LARGE_PRINT = "large_print", _("Large print")
    AUDIO = "audio", _("Audio")
    BSL = "bsl", _("British Sign Language (BSL) video")
    BRAILLE = "braille", _("Braille")


def other_languages():
    """[(code, the language's name in the reader's language, from Django's own catalogues)]
    for the site's languages but the default, in the order settings.LANGUAGES lists them."""
    return [
        (code, get_language_info(code)["name_translated"])
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def wanted_choices():
    """Everything a visitor can ask for: each of the site's other languages, another
    language (named in `other_language`), then the formats."""
    return [*other_languages(), (ANOTHER_LANGUAGE, _("Another language")), *Format.choices]


class FormatRequestQuerySet(models.QuerySet):
    def contact_due_for_erasing(self, now=None):
        """Requests that still hold a way to reply, made more than CONTACT_DAYS ago."""
        now = now or timezone.now()
        return self.filter(created_at__lt=now - datetime.timedelta(days=CONTACT_DAYS)).exclude(
            email="", phone=""
        )

    def erase_contact(self):
        """Forget the way to reply; keep what was asked for, so the counts stay true. Returns
        how many."""
        return self.update(email="", phone="", contact_erased_at=timezone.now())

    def counts(self):
        """[{page, page__title, wanted, other_language, requests}] most asked for first: one
        row per page and choice ("another language" split by the language named)."""
        return (
            self.values("page", "page__title", "wanted", "other_language")
            .annotate(requests=models.Count("pk"))
            .order_by("-requests", "page__title", "wanted", "other_language")
        )


class FormatRequest(models.Model):
    """Personal data: `email` and `phone`, a way to reply that a visitor may leave when they
    ask for a page in another language or format. Both are optional, seen only by users with
    the `view_formatrequest` permission (communications officers), and erased CONTACT_DAYS
    after the request (`manage.py tend_format_requests`). Everything else names nobody: the
    page, what was asked for and when, kept so the team can count what is most asked for.
    """

    # The page in the default language (the one a translator translates), whichever
    # language's copy the visitor was reading; kept, empty, if the page is deleted.
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    wanted = models.CharField(_("asked for"), max_length=20, choices=wanted_choices)
    other_language = models.CharField(_("which other language"), max_length=80, blank=True)
    email = models.EmailField(_("email to reply to"), blank=True)
    phone = models.CharField(_("phone number to reply to"), max_length=40, blank=True)
    # The language the visitor read the site in: the one to reply in.
    language = models.CharField(
        _("reading the site in"), max_length=10, default=settings.LANGUAGE_CODE
    )
    created_at = models.DateTimeField(_("asked on"), default=timezone.now, db_index=True)
    team_told_at = models.DateTimeField(_("team emailed"), null=True, blank=True)
    contact_erased_at = models.DateTimeField(_("way to reply erased"), null=True, blank=True)
    # One key per rendered form: a second submit of the same form finds the first record.
    submission_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    objects = FormatRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("request for another language or format")
        verbose_name_plural = _("requests for another language or format")

    def __str__(self):
        return f"{self.wanted_label} ({self.page.title if self.page else '-'})"

    @property
    def wanted_label(self):
        """What was asked for, in words: the language named for "another language"."""
        if self.wanted == ANOTHER_LANGUAGE and self.other_language:
            return f"{self.get_wanted_display()}: {self.other_language}"
        return str(self.get_wanted_display())

    @property
    def has_contact(self):
        return bool(self.email or self.phone)
