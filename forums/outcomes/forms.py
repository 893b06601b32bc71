"""The outcome's admin form: what came of a meeting is written after it has met."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from home.formatting import local_datetime

from ..meetings.pages import MeetingPage


class ForumOutcomeForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        meeting = self.parent_page.specific if self.parent_page else None
        if (
            isinstance(meeting, MeetingPage)
            and meeting.starts_at
            and meeting.starts_at > timezone.now()
        ):
            raise ValidationError(
                _(
                    "This meeting has not happened yet: it starts %(when)s. Write what came "
                    "of it after the meeting."
                )
                % {"when": local_datetime(meeting.starts_at)}
            )
        return cleaned_data
