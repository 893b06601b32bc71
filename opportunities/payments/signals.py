"""Claims follow what happens elsewhere: someone marked attended is invited to claim (and
the invitation goes if the mark is taken back); someone leaving the register takes the
personal parts of their claims with them. Connected in `OpportunitiesConfig.ready()`."""

from ..register.events import person_erased
from ..running.events import attendance_marked
from . import services


def attendance_changed(sender, opportunity, attended, unmarked, **kwargs):
    services.withdraw_invitations(unmarked)
    services.invite_to_claim(opportunity, attended)


def person_left(sender, email, **kwargs):
    services.erase_claims_of(email)


def connect():
    attendance_marked.connect(attendance_changed, dispatch_uid="payments.invite_to_claim")
    person_erased.connect(person_left, dispatch_uid="payments.erase_claims_of_person")
