"""Parts other apps add to the register's private page, through a Wagtail hook, so the
register never imports them.

An app registers a function under `REGISTER_SECTIONS_HOOK` that returns a
`PrivatePageSection`:

    from wagtail import hooks

    from opportunities.register.sections import REGISTER_SECTIONS_HOOK, PrivatePageSection


    class ProjectFollowsSection(PrivatePageSection):
        template_name = "forums/projects/includes/register_follows.html"

        def get_context(self, person):
            return {"followed_projects": ...}

        def handle_action(self, person, action, data):
            if action not in {"follow", "unfollow"}:
                return None
            ...
            return _("You are following ...")


    @hooks.register(REGISTER_SECTIONS_HOOK)
    def project_follows_section():
        return ProjectFollowsSection()

On each request the private page makes its sections (`private_page_sections`). On a POST
whose `action` is not one of the page's own (pause, restart, stay), each section in turn may
take it (`handle_section_action`); the first message returned is shown. Then each section's
template is included, in hook order, with the page's context (`person`, the private
links) plus its own `get_context(person)`.
"""

from wagtail import hooks

REGISTER_SECTIONS_HOOK = "register_private_page_sections"


class PrivatePageSection:
    """One part of the register's private page, shown to the person the link is for."""

    #: The template included on the private page. Forms in it POST to the page itself with
    #: a `name="action"` button; like every public form, they need no CSRF token
    #: (home/cross_origin.py checks where the post came from).
    template_name: str = ""

    def get_context(self, person) -> dict:
        """What the template needs beyond the page's own context, for this person. Called
        after any action has been handled, so it shows the state the action left."""
        return {}

    def handle_action(self, person, action, data) -> str | None:
        """Do the POSTed `action` (with the POST `data`) if it is this section's, and return
        the message to show the person; return None when the action is not this section's.
        """
        return None


def private_page_sections():
    """The sections every app registered, in hook order."""
    return [fn() for fn in hooks.get_hooks(REGISTER_SECTIONS_HOOK)]


def handle_section_action(sections, person, action, data):
    """The message of the first section that takes the action, or None if none does."""
    for section in sections:
        message = section.handle_action(person, action, data)
        if message is not None:
            return message
    return None
