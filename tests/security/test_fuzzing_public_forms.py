"""Every public form, sent adversarial input (hypothesis): very long text, every Unicode
plane, right-to-left marks, NUL, HTML and script, wrong types, missing and repeated fields.
No server error; nothing stored unless the form was accepted; what is stored is shown
escaped on the pages that show it back."""

import uuid

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forums.ideas.models import Suggestion
from forums.ideas.votes import EmailVoteRequest
from forums.projects.models import ProjectFollower
from home.format_requests.models import FormatRequest
from opportunities.models import Person, Registration
from tests.forums.ideas.factories import IdeaIndexPageFactory, IdeaPageFactory, VotingRoundFactory
from tests.forums.projects.factories import ProjectIndexPageFactory, make_project
from tests.home.factories import ContentPageFactory
from tests.opportunities.factories import (
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    RegisterPageFactory,
)

pytestmark = pytest.mark.django_db

EXAMPLES = 30
SCRIPT = "<script>alert(1)</script>"

# Text as an attacker sends it: any plane (no lone surrogates: they cannot be sent as UTF-8),
# with the characters that break things mixed in, sometimes far too long.
nasty = st.sampled_from(
    ["\x00", "\u202e", "\u200f", "\ufeff", SCRIPT, "'\"><img src=x onerror=alert(1)>", "=1+1"]
)
text = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=60),
    st.lists(st.one_of(nasty, st.text(max_size=8)), max_size=8).map("".join),
    st.integers(1_000, 30_000).map(lambda n: "x" * n),
)
# A well-formed address too long for any column (once a server error on PostgreSQL).
too_long_email = st.integers(250, 400).map(lambda n: "a" * n + "@example.org")
value = st.one_of(
    text, too_long_email, st.lists(text, min_size=2, max_size=3), st.integers().map(str)
)


def form_data(fields):
    """Any subset of the form's fields (and some it does not have), each any value."""
    return st.dictionaries(st.sampled_from([*fields, "website", "extra"]), value, max_size=12)


@pytest.fixture
def public_forms(home_page):
    """{name: (url, the fields its form has, the model a submission is stored in)}."""
    opportunities = OpportunityIndexPageFactory(parent=home_page)
    opportunity = OpportunityPageFactory(parent=opportunities)
    register = RegisterPageFactory(parent=home_page)
    ideas = IdeaIndexPageFactory(parent=home_page)
    email_idea = IdeaPageFactory(
        parent=ideas, voting_round=VotingRoundFactory(index=ideas, mode="email")
    )
    project = make_project(ProjectIndexPageFactory(parent=home_page))
    ContentPageFactory(parent=home_page, slug="travel")
    registration = ["name", "email", "phone", "contact_method", "access_needs", "message"]
    return {
        "registration": (opportunity.url, [*registration, "consent"], Registration),
        "join": (register.url, ["name", "email", "phone", "contact_method", "consent"], Person),
        "suggestion": (ideas.url + "suggest/", ["title", "what", "service", "email"], Suggestion),
        "email vote": (email_idea.url, ["email", "wants_updates"], EmailVoteRequest),
        "follow": (project.url + "follow/", ["email"], ProjectFollower),
        "format request": (
            "/en-gb/ask-for-this-page/",
            ["page", "wanted", "other_language", "email", "phone"],
            FormatRequest,
        ),
        "new link": (register.url + "new-link/", ["email"], None),
    }


FORMS = ["registration", "join", "suggestion", "email vote", "follow", "format request"]
FORMS += ["new link"]


@pytest.mark.parametrize("name", FORMS)
def test_a_public_form_survives_whatever_it_is_sent(client, public_forms, name):
    url, fields, model = public_forms[name]

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=form_data(fields), with_key=st.booleans())
    def send(data, with_key):
        cache.clear()  # the rate limits would answer 429 to a robot this fast
        if with_key:
            data = {**data, "submission_key": str(uuid.uuid4())}
        before = model.objects.count() if model else 0

        response = client.post(url, data)

        assert response.status_code < 500, (name, data)
        if model is not None and response.status_code != 302:
            assert model.objects.count() == before, "stored from a refused form"
        assert SCRIPT.encode() not in response.content

    send()


def test_what_is_stored_is_shown_escaped(client, public_forms, django_capture_on_commit_callbacks):
    url, _fields, _model = public_forms["registration"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "name": SCRIPT,
                "email": "sam@example.org",
                "contact_method": "email",
                "consent": "on",
                "message": SCRIPT,
                "submission_key": str(uuid.uuid4()),
            },
        )
    assert response.status_code == 302
    assert Registration.objects.get().name == SCRIPT
    thanks = client.get(response["Location"]).content
    assert SCRIPT.encode() not in thanks
