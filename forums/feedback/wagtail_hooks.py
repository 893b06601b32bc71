"""Service feedback in the Wagtail admin, for communications officers and the involvement
team: the list (crisis, then new and oldest first; filters by status, service, channel),
entering what was heard at a forum, on paper or by phone, and acting on each record (read,
made an idea, linked to a project, closed). Every look at a record is audited. Feedback
entered or corrected here is screened like the public form's, and crisis words go to the
safeguarding contact once."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.forms import modelform_factory
from django.shortcuts import get_object_or_404, redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from home.email_delivery.panels import SafeguardingFailuresPanel
from home.record_access import audited_views

from ..ideas.index import IdeaIndexPage
from ..projects.pages import ProjectPage
from . import services
from .models import STAFF_CHANNELS, Channel, ServiceFeedback

HANDLE = "forums.handle_servicefeedback"


class FeedbackActionsMixin:
    """The inspect page carries the actions: read, idea, project, close."""

    template_name = "forums/feedback/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_handle"] = self.request.user.has_perm(HANDLE)
        context["projects"] = ProjectPage.objects.live().only("title")
        return context


RECORD_VIEWS = audited_views("forums.view_feedback")
RECORD_VIEWS["inspect"] = audited_views("forums.view_feedback", mixins=(FeedbackActionsMixin,))[
    "inspect"
]


class StaffFeedbackForm(forms.ModelForm):
    channel = forms.ChoiceField(label=gettext_lazy("How it reached us"), choices=STAFF_CHANNELS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Feedback the public form sent keeps its channel when staff correct it.
        if self.instance.pk and self.instance.channel == Channel.WEBSITE:
            self.fields["channel"].choices = Channel.choices

    def save(self, commit=True):
        services.screen(self.instance)
        feedback = super().save(commit)
        if commit:
            # Crisis words heard by staff reach the safeguarding contact as the form's do.
            services.tell_safeguarding_if_needed(feedback)
        return feedback


class FeedbackIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("service")


class ServiceFeedbackViewSet(ModelViewSet):
    model = ServiceFeedback
    icon = "comment"
    menu_label = gettext_lazy("Service feedback")
    add_to_admin_menu = True
    menu_order = 330
    copy_view_enabled = False
    index_view_class = FeedbackIndexView
    inspect_view_enabled = True
    list_display = ["__str__", "service", "channel", "status", "mentions_crisis", "created_at"]
    list_filter = ["status", "service", "channel"]
    form_fields = [
        "service",
        "experience",
        "improvement",
        "language",
        "channel",
        "created_at",
        "name",
        "email",
        "phone",
        "wants_reply",
    ]
    inspect_view_fields = [
        "service",
        "experience",
        "improvement",
        "language",
        "channel",
        "created_at",
        "status",
        "mentions_crisis",
        "mentions_complaint",
        "name",
        "email",
        "phone",
        "wants_reply",
        "idea",
        "project",
        "anonymised_at",
    ]
    inspect_view_class = RECORD_VIEWS["inspect"]
    edit_view_class = RECORD_VIEWS["edit"]
    delete_view_class = RECORD_VIEWS["delete"]
    history_view_class = RECORD_VIEWS["history"]
    usage_view_class = RECORD_VIEWS["usage"]

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=StaffFeedbackForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )


feedback_viewset = ServiceFeedbackViewSet("service_feedback")


def _feedback(request, pk):
    if not request.user.has_perm(HANDLE):
        raise PermissionDenied
    return get_object_or_404(ServiceFeedback, pk=pk)


def _back(feedback):
    return redirect(reverse("service_feedback:inspect", args=[feedback.pk]))


@require_POST
def mark_read(request, pk):
    feedback = _feedback(request, pk)
    services.mark_read(feedback, request.user)
    return _back(feedback)


@require_POST
def close(request, pk):
    feedback = _feedback(request, pk)
    services.close(feedback, request.user)
    messages.success(request, _("Feedback closed."))
    return _back(feedback)


@require_POST
def to_idea(request, pk):
    feedback = _feedback(request, pk)
    index = IdeaIndexPage.objects.live().first()
    title = request.POST.get("title", "").strip()[:120]
    if index is None or not title:
        messages.error(request, _("Give the idea a title in a few words."))
        return _back(feedback)
    idea = services.turn_into_idea(feedback, index, request.user, title)
    messages.success(request, _("Published the idea “%(title)s”.") % {"title": idea.title})
    return _back(feedback)


@require_POST
def to_project(request, pk):
    feedback = _feedback(request, pk)
    project = ProjectPage.objects.filter(pk=request.POST.get("project") or 0).first()
    if project is None:
        messages.error(request, _("Choose the project this feedback belongs to."))
        return _back(feedback)
    services.link_to_project(feedback, project, request.user)
    messages.success(request, _("Linked to the project “%(title)s”.") % {"title": project.title})
    return _back(feedback)


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return feedback_viewset


@hooks.register("register_admin_urls")
def register_feedback_admin_urls():
    urls = [
        path("<int:pk>/read/", mark_read, name="read"),
        path("<int:pk>/close/", close, name="close"),
        path("<int:pk>/idea/", to_idea, name="idea"),
        path("<int:pk>/project/", to_project, name="project"),
    ]
    return [path("feedback/", include((urls, "feedback_admin"), namespace="feedback_admin"))]


@hooks.register("register_log_actions")
def register_feedback_actions(actions):
    for action, label in [
        ("forums.view_feedback", gettext_lazy("Viewed service feedback")),
        ("forums.feedback_entered", gettext_lazy("Entered service feedback")),
        ("forums.feedback_read", gettext_lazy("Read service feedback")),
        ("forums.feedback_turned_into_idea", gettext_lazy("Made an idea from feedback")),
        ("forums.feedback_linked_to_project", gettext_lazy("Linked feedback to a project")),
        ("forums.feedback_closed", gettext_lazy("Closed service feedback")),
    ]:
        actions.register_action(action, label, label)


@hooks.register("construct_homepage_panels")
def add_safeguarding_failures_panel(request, panels):
    """A safeguarding alert the mail server refused, on the dashboard of everyone who handles
    feedback too (the involvement team); moderators have it already, from forums.ideas."""
    user = request.user
    if user.has_perm(HANDLE) and not user.has_perm("forums.moderate_suggestion"):
        panels.append(SafeguardingFailuresPanel(user))
