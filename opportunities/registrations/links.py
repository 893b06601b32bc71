"""The private links in a registration's emails (`home.private_links`): cancelling a place
(or leaving the waiting list), and answering a place offered from the waiting list. Each
opens a route of the opportunity's own page, so it shows in the language the person
registered in."""

import datetime

from home.private_links import PrivateLinks

REGISTRATION_LINKS = PrivateLinks(
    "involve.registrations",
    {
        # In the confirmation and every reminder. Sign-ups open months ahead at most, and
        # registrations are anonymised a year after closing, so this outlasts every use;
        # the page itself says when the activity is over.
        "cancel": datetime.timedelta(days=400),
        # In the email offering a place: longer than any offer lasts (see
        # `services.OFFER_LASTS`); the offer's own time to answer decides.
        "place": datetime.timedelta(days=7),
    },
)


def registration_link(registration, purpose):
    """The absolute address of the opportunity page's `purpose` route for this person."""
    token = REGISTRATION_LINKS.make(registration, purpose)
    return f"{registration.opportunity.get_full_url()}{purpose}/{token}/"


def cancel_link(registration):
    return registration_link(registration, "cancel")


def place_link(registration):
    return registration_link(registration, "place")
