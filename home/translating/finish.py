"""What happens when a workflow is approved (settings.WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail publishes the page as the person who gave the last approval, and refuses if that
person may not publish it. A translation's reviewer (another translator of the language) may
not publish (translators never do on their own), yet approving is their job: for a
"Translation review" workflow, whose task has already checked that the approver is a second
person in its groups, the revision that was reviewed is published without that check.
Every other workflow finishes as Wagtail's own does.

Wagtail imports this while its models load: the imports are inside the function."""


def publish_when_approved(workflow_state, user=None):
    from wagtail.workflows import publish_workflow_state  # noqa: PLC0415

    from .models import TranslationReviewTask  # noqa: PLC0415

    task_state = workflow_state.current_task_state
    task = task_state.task.specific if task_state else None
    if not isinstance(task, TranslationReviewTask):
        return publish_workflow_state(workflow_state, user=user)
    return task_state.revision.publish(user=user, skip_permission_checks=True)
