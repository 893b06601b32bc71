from wagtail.admin.forms import WagtailAdminPageForm


class MeetingPageForm(WagtailAdminPageForm):
    """A meeting's admin form: the last day to register may be left blank (it is then the
    day of the meeting, see `MeetingPage.fill_meeting_defaults`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "closing_date" in self.fields:
            self.fields["closing_date"].required = False
