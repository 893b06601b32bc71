"""home in the Wagtail admin: the dashboard panel telling editors what their groups are for,
and the hooks of home's packages (Wagtail looks for `<app>.wagtail_hooks` only): the
format requests' admin, the pages kept for anonymous visitors (home/page_cache/), the
sign-in lockouts (home/staff_access/), the scheduled work's
report (home/schedule/), and the translators'
report, panel and checks (home/translating/); Wagtail's page editor as our editors use it
(home/page_views.py); and the script that starts Wagtail's widgets without inline scripts
(home/admin_scripts.py).

Imports home.models: home is the core and imports no other app."""

from django.templatetags.static import static
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from .email_delivery import wagtail_hooks as email_delivery_hooks
from .format_requests import wagtail_hooks as format_requests_hooks
from .models import EditorGroupDescription
from .page_cache import wagtail_hooks as page_cache_hooks
from .page_views import page_viewset, publish_first
from .schedule import wagtail_hooks as schedule_hooks
from .staff_access import wagtail_hooks as staff_access_hooks
from .translating import wagtail_hooks as translating_hooks

__all__ = [
    "email_delivery_hooks",
    "format_requests_hooks",
    "page_cache_hooks",
    "schedule_hooks",
    "staff_access_hooks",
    "translating_hooks",
]


class YourRolePanel(Component):
    """Tells an editor which groups they are in and what each is for."""

    name = "your_role"
    order = 50

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        descriptions = EditorGroupDescription.objects.filter(group__user=self.user).select_related(
            "group"
        )
        if not descriptions:
            return ""
        items = format_html_join(
            "",
            "<li><strong>{}</strong>: {}</li>",
            ((d.group.name, d.description) for d in descriptions),
        )
        return format_html_join(
            "",
            '<section class="panel w-mb-8" aria-labelledby="your-role-heading">'
            '<h2 id="your-role-heading" class="w-h3">{}</h2><ul>{}</ul></section>',
            [(_("Your role"), items)],
        )


@hooks.register("insert_global_admin_js")
def start_widgets_without_inline_scripts():
    """The admin's Content-Security-Policy refuses inline scripts (home/security_headers.py):
    Wagtail's date and time widgets are started from this file instead."""
    return format_html('<script src="{}"></script>', static("js/admin-widgets.js"))


# After Wagtail's own page viewset (order -1), which this one replaces for every page type.
@hooks.register("register_admin_viewset")
def register_page_views():
    return page_viewset


hooks.register("construct_page_action_menu", publish_first)


@hooks.register("construct_homepage_panels")
def add_your_role_panel(request, panels):
    panels.append(YourRolePanel(request.user))


class PagesOnceSummaryItem(PagesSummaryItem):
    """The dashboard's page count with each page once, whatever its languages: Wagtail
    counts every language's copy, so the demo's 187 pages read as 1,496. Counted by
    translation key, so a translator, whose pages are all in their language, sees their
    187 too (counting the default language's pages told them "0 Pages")."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        root = context["root_page"]
        if root is not None:
            context["total_pages"] = (
                Page.objects.descendant_of(root, inclusive=True)
                .filter(depth__gt=1)
                .values("translation_key")
                .distinct()
                .count()
            )
        return context


# After Wagtail's own hook has put its item in (hooks run in order, 0 by default).
@hooks.register("construct_homepage_summary_items", order=100)
def count_each_page_once(request, summary_items):
    summary_items[:] = [
        PagesOnceSummaryItem(request) if type(item) is PagesSummaryItem else item
        for item in summary_items
    ]
