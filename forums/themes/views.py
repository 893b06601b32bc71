"""The themes in the admin, for the communications and involvement teams: the list (size,
services, example quotes, defining words) and one theme, to rename, merge, split or reject.
Every change is written to Wagtail's audit log."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from . import services, sources
from .models import Theme, ThemeRun, ThemeStatus

PERMISSION = "forums.manage_themes"
ACTION = "forums.themes"


def _require(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def themes(request):
    _require(request)
    return TemplateResponse(
        request,
        "forums/themes/admin/themes.html",
        {
            "themes": Theme.objects.filter(status=ThemeStatus.ACTIVE),
            "rejected": Theme.objects.filter(status=ThemeStatus.REJECTED),
            "last_run": ThemeRun.objects.first(),
            "page_title": _("Themes"),
        },
    )


def theme(request, pk):
    _require(request)
    current = get_object_or_404(Theme.objects.exclude(status=ThemeStatus.MERGED), pk=pk)
    others = Theme.objects.filter(status=ThemeStatus.ACTIVE).exclude(pk=current.pk)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "rename" and request.POST.get("name", "").strip():
            services.rename(current, request.POST["name"])
            messages.success(request, _("Theme renamed."))
        elif action == "reject":
            services.reject(current)
            messages.success(request, _("Theme rejected. Later runs keep it rejected."))
        elif action == "merge" and (into := others.filter(pk=_number(request, "into")).first()):
            services.merge(current, into)
            log(current, ACTION, user=request.user)
            messages.success(request, _("Themes merged."))
            return redirect("themes_admin:theme", into.pk)
        elif action == "split" and request.POST.getlist("items"):
            name = request.POST.get("name", "").strip() or _("New theme")
            new = services.split(current, request.POST.getlist("items"), name)
            messages.success(request, _("The chosen items are in a new theme."))
            return redirect("themes_admin:theme", new.pk)
        else:
            messages.error(request, _("Nothing was changed: fill in what the change needs."))
            return redirect("themes_admin:theme", current.pk)
        log(current, ACTION, user=request.user)
        return redirect("themes_admin:theme", current.pk)
    memberships = list(current.memberships.order_by("item_key"))
    texts = sources.texts_for([row.item_key for row in memberships])
    for row in memberships:
        row.text = texts.get(row.item_key, row.item_key)
    return TemplateResponse(
        request,
        "forums/themes/admin/theme.html",
        {
            "theme": current,
            "others": others,
            "memberships": memberships,
            "history": current.history.select_related("run").order_by("-run__ran_at")[:12],
            "page_title": current.name,
        },
    )


def _number(request, name):
    value = request.POST.get(name, "")
    return int(value) if value.isdigit() else None
