"""Every word of the interface goes through gettext: each public page type, its forms' error
states, the header, footer, cookie banner, language switcher and the emails, read with a
pseudo-translation that marks every translated message (tests/pseudo.py). Editors' words
are built marked too, so any unmarked word left is English a translator cannot reach."""

import datetime
import re
import uuid

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document

from forums.ideas.models import IdeaSettings, IdeaStatus, ModerationReason, Suggestion, VoteMode
from forums.ideas.moderation import decide
from forums.meetings.pages import DevelopmentGroupPapersPage, NewsletterPage
from forums.meetings.tasks import send_meeting_reminder
from forums.projects.models import ProjectFollower
from forums.projects.tasks import send_update_email
from home.models import OrganisationSettings
from home.ratelimit import FAILED_PER_ACCEPTED
from home.translation import synchronise_language_trees
from opportunities.listing.routes import REGISTRATIONS
from opportunities.models import OpportunityPage, Person, Registration
from opportunities.register.tasks import send_opportunity_alerts, send_register_email
from tests.forums.factories import (
    ForumIndexPageFactory,
    ForumOutcomePageFactory,
    ForumPageFactory,
    MeetingPageFactory,
    add_point,
    in_days,
)
from tests.forums.ideas.factories import (
    IdeaIndexPageFactory,
    IdeaPageFactory,
    VotingRoundFactory,
    add_change,
)
from tests.forums.projects.factories import (
    ProjectIndexPageFactory,
    ProjectUpdatePageFactory,
    ServiceFactory,
    action,
    challenge,
    make_project,
    quote,
)
from tests.glossary.factories import (
    GlossaryPageFactory,
    GlossaryTermFactory,
    SelfAssessmentPageFactory,
    ToolkitIndexPageFactory,
    ToolkitPageFactory,
    assessment_sections,
)
from tests.home.factories import ContentPageFactory
from tests.opportunities.factories import (
    AreaFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    PaymentLevelFactory,
    RegisterPageFactory,
    TopicFactory,
    VenueFactory,
)
from tests.pseudo import MARK_OPEN, marked, marked_html, pseudo_translation, unmarked_texts

pytestmark = pytest.mark.django_db

M = marked


def _marked_strings(value):
    """Every string in a StreamField's raw data marked (rich text inside its tags)."""
    if isinstance(value, dict):
        return {key: _marked_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_marked_strings(item) for item in value]
    if isinstance(value, str) and value:
        if value.startswith("http"):
            return value
        if value.startswith("<"):
            return re.sub(r">([^<]+)<", lambda found: f">{M(found.group(1))}<", value)
        return M(value)
    return value


def content_page_body():
    return [
        {"type": "rich_text", "value": marked_html("Some plain words about this.")},
        {"type": "inset_text", "value": {"body": marked_html("Something to note.")}},
        {
            "type": "warning_callout",
            "value": {
                "title": M("Important"),
                "heading_level": 3,
                "body": marked_html("Call 999 in an emergency."),
            },
        },
        {"type": "do_list", "value": {"label": "", "do": [marked_html("Ask us")]}},
        {"type": "dont_list", "value": {"label": "", "dont": [marked_html("Wait")]}},
        {
            "type": "expander",
            "value": {
                "title": M("More about this"),
                "body": [{"type": "richtext", "value": marked_html("The details.")}],
            },
        },
        {
            "type": "action_link",
            "value": {
                "text": M("Find out more"),
                "external_url": "https://example.org/",
                "new_window": False,
            },
        },
    ]


@pytest.fixture
def pseudo_site(home_page, site):
    """One of every public page type, built with marked words."""
    cache.clear()
    OrganisationSettings.objects.update_or_create(
        site=site,
        defaults={
            "name": M("Riverside Trust"),
            "phone": "0300 123 4567",
            "email": "involve@example.org",
            "address": M("1 Mill Lane, Riverside"),
            "facebook_url": "https://facebook.example/riverside",
        },
    )
    home_page.title = M("Home")
    home_page.hero_heading = M("Get involved")
    home_page.hero_text = M("Help shape the services you use.")
    home_page.summary = M("Ways to get involved.")
    home_page.save_revision().publish()

    pages = {"home": home_page}
    pages["content"] = ContentPageFactory(
        parent=home_page,
        title=M("About us"),
        slug="about",
        summary=M("Who we are."),
        body=content_page_body(),
        show_in_menus=True,
    )
    pages["untranslated"] = ContentPageFactory(
        parent=home_page,
        title=M("Our principles"),
        slug="principles",
        summary=M("How we work."),
        body=[{"type": "rich_text", "value": marked_html("We listen.")}],
    )

    # Ways to get involved
    locale = home_page.locale
    topic = TopicFactory(name=M("Carers"), slug="carers", locale=locale)
    area = AreaFactory(name=M("Riverside"), slug="riverside", locale=locale)
    venue = VenueFactory(name=M("Riverside Centre"), address=M("1 Mill Lane"), locale=locale)
    index = OpportunityIndexPageFactory(
        parent=home_page, title=M("Get involved"), introduction=marked_html("Find a way in.")
    )
    opportunity_text = {
        "summary": M("Help us make our leaflets clearer."),
        "what_you_would_do": marked_html("Read a leaflet."),
        "can_influence": f"<ul><li>{M('The words we use')}</li></ul>",
        "cannot_influence": f"<ul><li>{M('The law')}</li></ul>",
        "payment_level": PaymentLevelFactory(
            name=M("Contributor"),
            role=M("Reading papers and giving your views."),
            covers=M("Time to read before."),
            hourly_rate=25,
            locale=locale,
        ),
        "payment_note": M("Paid after each session."),
        "host_team": M("Involvement team"),
        "contact": M("Sam, involvement lead"),
        "time_details": M("Two hours"),
        "support_notes": M("Ask us for anything."),
        "joining_instructions": M("We send a link."),
    }
    opportunity = OpportunityPageFactory(
        parent=index,
        title=M("Carers' break days & more"),
        slug="leaflets",
        in_person=True,
        venue=venue,
        places=12,
        starts_at=in_days(20),
        ends_at=in_days(20, hour=12),
        pre_meeting=True,
        named_contact=True,
        travel_help=True,
        technology_help=True,
        **opportunity_text,
    )
    opportunity.topics.set([topic])
    opportunity.areas.set([area])
    opportunity.save_revision().publish()
    pages["index"], pages["opportunity"] = index, opportunity
    pages["closed"] = OpportunityPageFactory(
        parent=index,
        title=M("Closed reading group"),
        slug="closed",
        closing_date=timezone.localdate() - datetime.timedelta(days=3),
        what_happened_next=marked_html("We changed the leaflet."),
        **opportunity_text,
    )

    pages["register"] = RegisterPageFactory(
        parent=home_page,
        title=M("Join the involvement register"),
        summary=M("Hear about new ways to get involved."),
        introduction=marked_html("Join us."),
        what_it_means=marked_html("We keep your details safe."),
    )

    # Community forums
    forum_index = ForumIndexPageFactory(
        parent=home_page,
        title=M("Community forums"),
        summary=M("Meet us."),
        introduction=marked_html("Forums near you."),
        development_group=marked_html("People from each forum meet senior staff."),
    )
    forum = ForumPageFactory(
        parent=forum_index,
        title=M("Riverside forum"),
        slug="riverside",
        summary=M("A drop-in forum."),
        who_it_is_for=marked_html("Anyone."),
        how_it_runs=marked_html("Two parts."),
        facilitated_by=M("A co-production lead"),
    )
    meeting = MeetingPageFactory(
        parent=forum,
        title=M("Riverside, 7 December"),
        slug="december",
        what_will_be_discussed=marked_html("Care plans."),
        places=20,
        **{k: v for k, v in opportunity_text.items() if k in ("summary", "host_team", "contact")},
        joining_instructions=M("We use Microsoft Teams."),
    )
    past_meeting = MeetingPageFactory(
        parent=forum,
        title=M("Riverside, 1 June"),
        slug="june",
        starts_at=in_days(-60),
        summary=M("Last meeting."),
        what_will_be_discussed=marked_html("Care plans."),
        host_team=M("Involvement team"),
        contact=M("Grace"),
        joining_instructions=M("We use Microsoft Teams."),
    )
    outcome = ForumOutcomePageFactory(
        parent=past_meeting,
        title=M("What came of the June meeting"),
        summary=M("What people said."),
        what_happened=marked_html("We talked about care plans."),
        written_by=M("The co-production lead"),
    )
    add_point(
        outcome,
        theme=M("Waiting times"),
        what_was_said=M("People wait too long."),
        answered_by=M("Head of talking therapies"),
    )
    outcome.save_revision().publish()
    pages.update(forum_index=forum_index, forum=forum, meeting=meeting, outcome=outcome)

    # Glossary and toolkits
    glossary = GlossaryPageFactory(
        parent=home_page,
        title=M("Glossary"),
        summary=M("Words we use."),
        introduction=marked_html("Look a word up."),
    )
    GlossaryTermFactory(name=M("Carer"), definition=M("Someone who looks after a person."))
    GlossaryTermFactory(name=M("Advocate"), definition=M("Someone who speaks up for you."))
    toolkits = ToolkitIndexPageFactory(
        parent=home_page, title=M("Toolkits"), introduction=marked_html("Guides for teams.")
    )
    toolkit = ToolkitPageFactory(
        parent=toolkits,
        title=M("Before, during and after"),
        summary=M("How to run a session."),
        body=_marked_strings(ToolkitPageFactory.body.function()),
    )
    assessment = SelfAssessmentPageFactory(
        parent=toolkits,
        title=M("Check how well you involve people"),
        introduction=marked_html("Score each question."),
        reflection=marked_html("Talk about it."),
        sections=_marked_strings(assessment_sections()),
    )
    pages.update(glossary=glossary, toolkits=toolkits, toolkit=toolkit, assessment=assessment)

    # You said, we are doing
    service = ServiceFactory(name=M("Talking therapies"))
    project_index = ProjectIndexPageFactory(
        parent=home_page, title=M("You said, we are doing"), introduction=marked_html("Projects.")
    )
    project = make_project(
        project_index,
        title=M("Carers pack"),
        summary=M("A pack for carers."),
        you_said=marked_html("Carers get too little information."),
        service=service,
        level_reason=M("We ran out of time."),
        co_produced_with=M("The carers forum"),
        reported_level="informing",
        actions=[
            action(
                action=M("Write a carers pack"),
                what_should_change=M("Carers know their rights."),
                how_we_will_know=M("We ask new carers."),
                lead_role=M("Carers lead"),
            ),
            action(
                action=M("Print the pack"),
                what_should_change=M("Every ward has it."),
                how_we_will_know=M("We count them."),
                lead_role=M("Carers lead"),
                target_date=timezone.localdate() - datetime.timedelta(days=10),
            ),
        ],
        challenges=[challenge(what=M("No money yet."), what_we_are_doing=M("Asking the board."))],
        quotes=[quote(quote=M("Nobody told me."), said_by=M("A carer"))],
    )
    pages["update"] = ProjectUpdatePageFactory(
        parent=project,
        title=M("The pack is printed"),
        summary=M("What has happened."),
        written_by=M("Carers lead"),
        body=marked_html("We printed the pack."),
    )
    pages.update(project_index=project_index, project=project)

    # Improvement ideas
    idea_index = IdeaIndexPageFactory(
        parent=home_page,
        title=M("Improvement ideas"),
        summary=M("Vote for the changes you want."),
        introduction=marked_html("Ideas from forums."),
        how_we_decide=marked_html("The board decides."),
    )
    voting_round = VotingRoundFactory(index=idea_index, mode=VoteMode.EMAIL)
    closed_round = VotingRoundFactory(
        index=idea_index,
        mode=VoteMode.OPEN,
        opens_at=timezone.now() - datetime.timedelta(days=60),
        closes_at=timezone.now() - datetime.timedelta(days=30),
    )
    idea = IdeaPageFactory(
        parent=idea_index,
        title=M("Longer visiting hours"),
        what=M("Longer visiting hours on wards."),
        voting_round=voting_round,
        service=service,
    )
    old_idea = IdeaPageFactory(
        parent=idea_index,
        title=M("A quiet room"),
        what=M("A quiet room on every ward."),
        voting_round=closed_round,
    )
    add_change(old_idea, IdeaStatus.choices[-1][0], reason=M("The board agreed."))
    pages.update(idea_index=idea_index, idea=idea, round=voting_round, closed_round=closed_round)

    document = Document.objects.create(
        title=M("Agenda"), file=ContentFile(b"%PDF-1.4", name="agenda.pdf")
    )
    papers = DevelopmentGroupPapersPage(
        title=M("Spring papers"),
        slug="spring",
        met_on=timezone.localdate() - datetime.timedelta(days=30),
        summary=M("Papers."),
        introduction=marked_html("What we talked about."),
        agenda=document,
        papers=[
            {
                "type": "paper",
                "value": {
                    "title": M("Budget"),
                    "description": M("Money"),
                    "document": document.pk,
                },
            }
        ],
    )
    forum_index.add_child(instance=papers)
    papers.save_revision().publish()
    newsletter = NewsletterPage(
        title=M("Summer newsletter"),
        slug="summer",
        issued_on=timezone.localdate() - datetime.timedelta(days=2),
        summary=M("News."),
        body=content_page_body(),
    )
    forum_index.add_child(instance=newsletter)
    newsletter.save_revision().publish()
    pages.update(papers=papers, newsletter=newsletter)
    synchronise_language_trees()
    yield pages
    cache.clear()


def check(client, url, found, *, method="get", data=None, status=200, **extra):
    """Fetch `url` and add to `found` what it shows unmarked; gives the response."""
    response = getattr(client, method)(url, data or {}, **extra)
    if status is not None:
        assert response.status_code == status, f"{method.upper()} {url}: {response.status_code}"
    html = response.content.decode()
    # The pseudo-translation is active: a page with no mark at all was not read through it.
    assert MARK_OPEN in html, url
    for where, text in unmarked_texts(html):
        found.append(f"{method.upper()} {url} <{where}>: {text}")
    return response


HTML_ENTITY = re.compile(r"&(#x?[0-9a-f]+|[a-z]+);", re.IGNORECASE)


def check_email(message, found):
    subject = f"email {message.subject!r}"
    for part, text in [("subject", message.subject), ("text", message.body)]:
        for line in _unmarked_lines(text):
            found.append(f"{subject} [{part}]: {line}")
        # Plain text is read as it is: "&#x27;" is not an apostrophe to a mail program.
        for entity in HTML_ENTITY.findall(text):
            found.append(f"{subject} [{part}]: HTML entity &{entity};")
    for html, mimetype in getattr(message, "alternatives", []):
        for where, text in unmarked_texts(html):
            found.append(f"{subject} [{mimetype} <{where}>]: {text}")


# In a plain-text email to staff, words in “quotes” are quoted evidence: the words of the
# safeguarding lists that flagged a message, shown as the list writes them.
_QUOTED = re.compile(r"“[^”]*”")


def _unmarked_lines(text):
    from tests.pseudo import leftover

    return [line.strip() for line in text.splitlines() if leftover(_QUOTED.sub(" ", line))]


def registration_data():
    return {
        "submission_key": str(uuid.uuid4()),
        "name": M("Alex Taylor"),
        "email": "alex@example.org",
        "contact_method": "email",
        "consent": "on",
        "website": "",
        "needs_quiet_room": "on",
        "access_needs": M("A lift"),
    }


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def link_in(message, pattern):
    return path_of(re.search(rf"https?://\S+/{pattern}/\S+/", message.body).group(0))


def test_every_public_page_and_email_reads_only_translated_words(
    client, pseudo_site, django_capture_on_commit_callbacks
):
    pages = pseudo_site
    found = []
    with pseudo_translation():
        # Home, content pages (with the cookie banner, header, footer, language switcher)
        check(client, "/en-gb/", found)
        check(client, pages["content"].url, found)
        check(client, "/ur/principles/", found)  # "not yet available in your language"
        check(client, "/en-gb/no-such-page/", found, status=404)

        # Search and its error
        check(client, "/en-gb/search/", found)
        check(client, "/en-gb/search/", found, data={"q": M("leaflets")})
        check(client, "/en-gb/search/", found, data={"q": "x" * 500})

        # Cookies and its error
        check(client, "/en-gb/cookies/", found)
        check(client, "/en-gb/cookies/", found, method="post", data={"next": "/en-gb/"})

        # Ways to get involved
        index, opportunity = pages["index"], pages["opportunity"]
        check(client, index.url, found)
        check(client, index.url, found, data={"topic": "carers", "payment": "paid"})
        check(client, index.url, found, data={"topic": M("no-such-topic")})
        check(client, opportunity.url, found)
        check(client, opportunity.url, found, method="post", data={"website": ""})
        check(client, pages["closed"].url, found)
        check(client, f"{index.url}past/", found)
        with django_capture_on_commit_callbacks(execute=True):
            registered = client.post(opportunity.url, registration_data())
        assert registered.status_code == 302, registered.content.decode()[-3000:]
        check(client, registered["Location"], found)

        # Joining the register, its steps, its private pages and a bad link
        register = pages["register"]
        check(client, register.url, found)
        check(client, register.url, found, method="post", data={"website": ""})
        with django_capture_on_commit_callbacks(execute=True):
            joined = client.post(
                register.url,
                {
                    "submission_key": str(uuid.uuid4()),
                    "name": M("Jo Bloggs"),
                    "email": "jo@example.org",
                    "contact_method": "email",
                    "consent": "on",
                    "website": "",
                },
            )
        assert joined.status_code == 302
        step_two = joined["Location"]
        check(client, step_two, found)
        check(client, step_two.replace("/more/", "/equality/"), found)
        check(client, register.url + "done/", found)
        confirm = link_in(mail.outbox[-1], "join/confirm")
        check(client, confirm, found)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(confirm)
        check(client, register.url + "new-link/", found)
        check(client, register.url + "new-link/", found, method="post", data={"email": ""})
        with django_capture_on_commit_callbacks(execute=True):
            client.post(register.url + "new-link/", {"email": "jo@example.org", "website": ""})
        manage = link_in(mail.outbox[-1], "join/you")
        check(client, manage, found)
        check(client, manage + "change/", found)
        check(client, manage + "equality/", found)
        check(client, manage + "leave/", found)
        check(client, manage, found, method="post", data={"action": "nonsense"}, status=None)
        check(client, register.url + "you/not-a-real-token/", found, status=None)

        # Community forums, a meeting and its outcome
        check(client, pages["forum_index"].url, found)
        check(client, pages["forum"].url, found)
        check(client, pages["meeting"].url, found)
        check(client, pages["meeting"].url, found, method="post", data={"website": ""})
        check(client, pages["outcome"].url, found)
        check(client, pages["papers"].url, found)
        check(client, pages["newsletter"].url, found)

        # Glossary, toolkits, the self-assessment
        check(client, pages["glossary"].url, found)
        check(client, pages["glossary"].url, found, data={"letter": "A"})
        check(client, pages["glossary"].url, found, data={"q": "x" * 101})
        check(client, pages["toolkits"].url, found)
        check(client, pages["toolkit"].url, found)
        assessment = pages["assessment"].url
        check(client, assessment, found)
        answers = {"submitted": "1", "s1_1": "1", "s1_2": "2", "s2_1": "3", "s2_2": "3"}
        check(client, assessment, found, data={**answers, "s2_3": "3"})
        check(client, assessment, found, data=answers)

        # You said, we are doing
        project = pages["project"]
        check(client, pages["project_index"].url, found)
        check(client, project.url, found)
        check(
            client, project.url + "follow/", found, method="post", data={"email": "no"}, status=400
        )
        with django_capture_on_commit_callbacks(execute=True):
            client.post(project.url + "follow/", {"email": "sam@example.org", "website": ""})
        check(client, project.url + "follow/sent/", found)
        follow_confirm = link_in(mail.outbox[-1], "follow/confirm")
        check(client, follow_confirm, found)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(follow_confirm)
        check(client, project.url + "follow/confirm/not-a-token/", found, status=None)

        # Improvement ideas
        idea_index, idea = pages["idea_index"], pages["idea"]
        check(client, idea_index.url, found)
        check(client, idea_index.url, found, data={"sort": "votes"})
        check(client, idea.url, found)
        check(client, idea.url, found, method="post", data={"email": "no"}, status=None)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(idea.url, {"email": "sam@example.org", "wants_updates": "on"})
        vote = link_in(mail.outbox[-1], "vote")
        check(client, vote, found)
        check(client, vote, found, method="post")
        check(client, f"{idea_index.url}results/{pages['closed_round'].pk}/", found)
        check(client, idea_index.url + "suggest/", found)
        check(client, idea_index.url + "suggest/", found, method="post", data={}, status=None)

        # Over a rate limit (of forms refused as invalid, here): the 429 page
        cache.clear()
        for _attempt in range(REGISTRATIONS.limit * FAILED_PER_ACCEPTED + 1):
            response = client.post(opportunity.url, {"website": ""}, REMOTE_ADDR="10.9.9.9")
        assert response.status_code == 429
        check(
            client, opportunity.url, found, method="post", data={"website": ""},
            status=429, REMOTE_ADDR="10.9.9.9",
        )  # fmt: skip

        # The emails no page sends: reminders, news, renewals, updates, decisions
        with django_capture_on_commit_callbacks(execute=True):
            meeting_form = {**registration_data(), "email": "kim@example.org"}
            client.post(pages["meeting"].url, meeting_form)
        send_meeting_reminder.call(Registration.objects.get(email="kim@example.org").pk)
        person = Person.objects.get(email="jo@example.org")
        send_register_email.call(person.pk, "renewal")
        # News goes out of opportunities published after the person joined.
        OpportunityPage.objects.filter(pk=opportunity.pk).update(first_published_at=timezone.now())
        send_opportunity_alerts.call()
        follower = ProjectFollower.objects.get()
        send_update_email.call(follower.pk, pages["update"].pk)
        IdeaSettings.objects.update_or_create(
            site=pages["home"].get_site(), defaults={"safeguarding_email": "safe@example.org"}
        )
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                idea_index.url + "suggest/",
                {
                    "title": M("A garden"),
                    "what": M("I want to end my life, a garden would help."),
                    "service": "",
                    "email": "ali@example.org",
                    "submission_key": str(uuid.uuid4()),
                },
            )
        with django_capture_on_commit_callbacks(execute=True):
            decide(Suggestion.objects.get(), None, "declined", ModerationReason.NOT_OUR_SERVICES)
        with django_capture_on_commit_callbacks(execute=True):
            add_change(idea, IdeaStatus.choices[-1][0], reason=M("The board agreed."))

        # Every email sent above
        for message in mail.outbox:
            check_email(message, found)

    # Every kind of email was sent, so each was read.
    assert len({message.subject for message in mail.outbox}) >= 15, [
        message.subject for message in mail.outbox
    ]
    assert not found, f"{len(found)} unmarked texts:\n" + "\n".join(sorted(set(found)))
