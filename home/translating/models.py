"""The workflow task that makes a translation go live only after a second person checks it.

Imports nothing of ours; home/models.py imports it so Django registers the model."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class TranslationReviewTask(AbstractGroupApprovalTask):
    """Wagtail's group approval, except that whoever sent the translation for review cannot
    approve it: a second person (a communications officer, or another translator of the
    language) does. The "Translation review" workflow on each language's page tree uses it
    (home.permissions.give_translators_a_language)."""

    @staticmethod
    def _requested_by(obj):
        state = getattr(obj, "current_workflow_state", None)
        return state.requested_by_id if state else None

    def get_actions(self, obj, user):
        if user.pk is not None and self._requested_by(obj) == user.pk:
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and task_state.workflow_state.requested_by_id == user.pk:
            raise PermissionDenied(_("A second person must approve a translation."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, except the person who sent it for review")

    class Meta:
        verbose_name = _("translation review task")
        verbose_name_plural = _("translation review tasks")
