"""Themes, who is in them, the staff decisions that a re-run keeps, and the run history.

No personal data: an item is named by its key ("feedback:12"); its words stay in their own
model, and only a theme's few example quotes are copied here (refreshed each run, so an
erased or deleted item's words leave at the next run)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ThemeStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    REJECTED = "rejected", _("Rejected")
    MERGED = "merged", _("Merged into another theme")


class Theme(models.Model):
    """A group of things people said about the same subject. Found by a run; its name,
    status and merges are staff decisions that every later run keeps (a new grouping is
    matched to the themes there were by who is in them)."""

    name = models.CharField(_("name"), max_length=120)
    named_by_staff = models.BooleanField(default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=ThemeStatus.choices, default=ThemeStatus.ACTIVE
    )
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    size = models.PositiveIntegerField(default=0)
    words = models.JSONField(default=list, blank=True)
    quotes = models.JSONField(default=list, blank=True)
    services = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("theme")
        ordering = ["-size", "pk"]
        permissions = [("manage_themes", _("Can rename, merge, split and reject themes"))]

    def __str__(self):
        return self.name

    def resolved(self):
        """The theme this one now counts as (itself, or where it was merged)."""
        theme, seen = self, set()
        while theme.merged_into_id and theme.pk not in seen:
            seen.add(theme.pk)
            theme = theme.merged_into
        return theme


class ThemeMembership(models.Model):
    """One item in one theme. `pinned` when a member of staff put it there (a split): a
    re-run never moves it."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="memberships")
    item_key = models.CharField(max_length=40, unique=True)
    source = models.CharField(max_length=20)
    service = models.ForeignKey(
        "forums.Service", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date = models.DateField(null=True, blank=True)
    pinned = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["theme", "date"])]

    def __str__(self):
        return self.item_key


class ItemEmbedding(models.Model):
    """An item's vector, kept so that a re-run embeds only new or changed text."""

    item_key = models.CharField(max_length=40, unique=True)
    text_hash = models.CharField(max_length=64)
    vector = models.BinaryField()

    def __str__(self):
        return self.item_key


class ThemeRun(models.Model):
    ran_at = models.DateTimeField(default=timezone.now)
    item_count = models.PositiveIntegerField(default=0)
    theme_count = models.PositiveIntegerField(default=0)
    embedded_count = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)

    class Meta:
        ordering = ["-ran_at"]

    def __str__(self):
        return f"{self.ran_at:%Y-%m-%d %H:%M}: {self.theme_count} themes"


class ThemeSize(models.Model):
    """A theme's size at one run: its history."""

    run = models.ForeignKey(ThemeRun, on_delete=models.CASCADE, related_name="sizes")
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="history")
    size = models.PositiveIntegerField()

    class Meta:
        unique_together = [("run", "theme")]

    def __str__(self):
        return f"{self.theme_id}: {self.size}"
