"""The dashboard panel that says a safeguarding alert has not reached anyone yet. Shown to
whoever the app that raises the alerts chooses (forums.ideas: everyone who moderates)."""

from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.admin.ui.components import Component

from . import views
from .models import EmailDelivery

PANEL_ROWS = 10


class SafeguardingFailuresPanel(Component):
    name = "safeguarding_failures"
    order = 10  # above everything else: a person may be at risk
    template_name = "home/email_delivery/safeguarding_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        rows = list(EmailDelivery.objects.unsent().filter(safeguarding=True)[:PANEL_ROWS])
        return {
            "rows": rows,
            "list_url": reverse("email_delivery_undelivered")
            if self.user.has_perm(views.VIEW)
            else "",
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        return render_to_string(self.template_name, context) if context["rows"] else ""
