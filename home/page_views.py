"""Wagtail's page editor as the people here use it. Wagtail's own views, changed in three
places, and put in for every page type through the page viewset Wagtail looks up
(home/wagtail_hooks.py):

- No autosave while a page is being made. Wagtail 8's autosave makes the page as soon as a
  few fields are typed: a draft, with its copies in every language. A form left half-filled
  left a stray draft behind, and starting again said the address (slug) was in use. A page
  is made when its editor chooses Save draft, Submit or Publish; once it exists, autosave
  keeps its drafts as Wagtail does. A page open from before this change may still send an
  autosave: it makes nothing and says so in words. Nor does any autosave Wagtail refuses
  (a hook blocking it) say "A server error occurred": it says to save by hand.
- After a review step (approve, ask for changes) the reviewer lands on a page they can use.
  Wagtail sends them back to the page's editor, or from the editor to the list of pages
  around it. A forum's co-chair may open a page only while it waits for them, and opens no
  list of pages at all, so they met "Sorry, you do not have permission to access this
  area" after each approval. They now land on their dashboard, which lists what else waits.
- Publish is the main button for whoever may publish the page (`publish_first`, a
  `construct_page_action_menu` hook): communications officers publish their own pages
  directly. Wagtail puts Save draft first and hides Publish under "More actions". People
  who may not publish keep Save draft first and submit for review from there.

Imports nothing of ours."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

# The error codes Wagtail's autosave shows in words; any other (a hook's "blocked_by_hook",
# say) reads "A server error occurred". "invalid_revision" also stops autosaving the page.
AUTOSAVE_SAYS = {"invalid_revision", "locked", "validation_error"}


class AutosaveInWords:
    """An autosave Wagtail refuses for a reason its autosave has no words for is told, in
    words, to save by hand, and autosaving stops for that page."""

    def json_error_response(self, error_code, error_message):
        if error_code not in AUTOSAVE_SAYS:
            error_code = "invalid_revision"
            error_message = _("Not saved automatically. Choose “Save draft” to save it.")
        return super().json_error_response(error_code, error_message)


class CreatePageView(AutosaveInWords, CreateView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(autosave_enabled=False, autosave_indicator=None)
        return context

    def post(self, request):
        if self.expects_json_response:
            return self.json_error_response(
                "invalid_revision",
                _("Not saved yet. Choose “Save draft” or “Publish” to save this new page."),
            )
        return super().post(request)


def may_open_page_lists(user):
    return user_has_any_page_permission(user)


class EditPageView(AutosaveInWords, EditView):
    def redirect_away(self):
        if not self.next_url and not may_open_page_lists(self.request.user):
            return redirect("wagtailadmin_home")
        return super().redirect_away()


class ReviewActionView(WorkflowActionView):
    """Wagtail sets where to go next before the action, and may replace it with what the
    task's action returns; the page's editor is kept only if the reviewer may still open
    it once they have acted."""

    @property
    def redirect_url(self):
        editor = reverse(self.redirect_url_name, args=(self.object.pk,))
        if self._redirect_url == editor and self.request.method == "POST":
            page = Page.objects.get(pk=self.object.pk)
            if not page.permissions_for_user(self.request.user).can_edit():
                return reverse("wagtailadmin_home")
        return self._redirect_url

    @redirect_url.setter
    def redirect_url(self, value):
        self._redirect_url = value


class InvolvePageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the three changes above."""

    add_view_class = CreatePageView
    edit_view_class = EditPageView
    workflow_action_view_class = ReviewActionView


page_viewset = InvolvePageViewSet()


def publish_first(menu_items, request, context):
    """Publish as the main action (the first item) wherever it is offered, before Save
    draft and before submitting to a workflow; not while the page waits for a review, when
    the reviewer's choices are Wagtail's own."""
    page = context.get("page")
    if page is not None and page.pk and page.workflow_in_progress:
        return
    publish = [item for item in menu_items if item.name == "action-publish"]
    if publish:
        menu_items.remove(publish[0])
        menu_items.insert(0, publish[0])
