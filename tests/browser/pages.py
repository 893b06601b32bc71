"""Every page type the browser suite visits, and how each is reached in the state its name
says (a form with errors, a closed opportunity, a private link). test_accessibility.py and
test_language_of_parts.py both walk this list."""

from django.utils import timezone
from playwright.sync_api import expect

from forums.meetings.pages import MeetingPage
from forums.outcomes.pages import ForumOutcomePage
from opportunities.models import ExpenseClaim, OpportunityPage, PaymentsPage, Person, RegisterPage
from opportunities.payments.links import CLAIM_LINKS

PAGES = {
    "home": "/{lang}/",
    "content": "/{lang}/about-involvement/seven-ambitions/",
    "search": "/{lang}/search/?q=involvement",
    "search-error": "/{lang}/search/?q=" + "x" * 201,
    "opportunities": "/{lang}/get-involved/",
    "opportunities-filtered": "/{lang}/get-involved/?topic=carers&format=online&payment=paid",
    "opportunity": "/{lang}/get-involved/triangle-of-care-ward-review/",
    "opportunity-error": None,
    "opportunity-closed": None,
    # Taken part in through its link: no form, a "Take part online" link.
    "opportunity-take-part": "/{lang}/get-involved/crisis-line-survey/",
    "opportunities-past": "/{lang}/get-involved/past/",
    "cookies": "/{lang}/cookies/",
    "cookies-error": None,
    "not-found": "/{lang}/no-such-page/",
    "register": "/{lang}/join/",
    "register-error": None,
    "register-more": None,
    "register-equality": None,
    "register-manage": None,
    "register-bad-link": "/{lang}/join/you/not-a-real-link/",
    "forums": "/{lang}/community-forums/",
    "forum": "/{lang}/community-forums/riverside/",
    "forum-meeting": None,
    "forum-outcome": None,
    "forum-papers": "/{lang}/community-forums/development-group-spring/",
    "forum-newsletter": "/{lang}/community-forums/newsletter-what-you-told-us/",
    "glossary": "/{lang}/glossary/",
    "glossary-filtered": "/{lang}/glossary/?q=carer",
    "toolkits": "/{lang}/toolkits/",
    "toolkit": "/{lang}/toolkits/before-during-after/",
    "self-assessment": "/{lang}/toolkits/self-assessment/",
    "self-assessment-result": "/{lang}/toolkits/self-assessment/?submitted=1&"
    + "&".join(
        f"s{s}_{n}=2" for s, count in [(1, 2), (2, 7), (3, 4), (4, 4)] for n in range(1, count + 1)
    ),
    "self-assessment-error": "/{lang}/toolkits/self-assessment/?submitted=1&s1_1=1",
    "projects": "/{lang}/you-said-we-are-doing/",
    "projects-filtered": "/{lang}/you-said-we-are-doing/?stage=doing&theme=information",
    # A late action with its challenge, forum points, a quote and updates.
    "project": "/{lang}/you-said-we-are-doing/easier-expenses/",
    # "We said": co-designing, done, with the level at the end differing from the plan.
    "project-we-said": "/{lang}/you-said-we-are-doing/community-forum-redesign/",
    "project-follow-error": None,
    "ideas": "/{lang}/improvement-ideas/",
    "ideas-filtered": "/{lang}/improvement-ideas/?theme=wards&service=wards&sort=votes",
    "idea": "/{lang}/improvement-ideas/wi-fi-on-every-ward/",
    "idea-error": None,
    "idea-closed": "/{lang}/improvement-ideas/longer-visiting-hours-on-wards/",
    "idea-results": None,
    "idea-suggest": "/{lang}/improvement-ideas/suggest/",
    "idea-suggest-error": None,
    # The quarterly "What you told us" page: its chart and table of themes.
    "told-us": "/{lang}/what-you-told-us/",
    # Tell us about a service: the public feedback form, and the form sent empty.
    "feedback": "/{lang}/tell-us-about-a-service/",
    "feedback-error": None,
    "format-request": None,
    "format-request-error": None,
    # Payment for involvement, and a claim's private pages (the demo's past interview panel).
    "payments": "/{lang}/payment-for-involvement/",
    "claim": None,
    "claim-error": None,
    "claim-year": None,
}
NOT_FOUND = {"not-found", "register-bad-link"}


def closed_opportunity_path(lang):
    closed = OpportunityPage.objects.filter(
        locale__language_code=lang,
        closing_date__lt=timezone.localdate(),
        what_happened_next__gt="",
    ).first()
    return closed.url


def register_link_path(lang, route, purpose):
    """A private link for a demo person who answered every question."""
    page = RegisterPage.objects.get(locale__language_code=lang)
    return page.link_url(route, Person.objects.get(name="Amira Hussain"), purpose)


REGISTER_LINKS = {
    "register-more": ("more", "details"),
    "register-equality": ("equality", "details"),
    "register-manage": ("you", "manage"),
}


def claim_path(lang, name, route=""):
    """A demo claim's private page in `lang`: Maria's, which we asked a question about (the
    form), or Daniel's, approved (his tax year)."""
    page = PaymentsPage.objects.get(locale__language_code=lang)
    claim = ExpenseClaim.objects.get(name=name)
    return f"{page.url}claim/{CLAIM_LINKS.make(claim, 'claim')}/{route}"


def forum_path(name, lang):
    """The demo's meeting and outcome slugs are dates, set when the demo is loaded: the next
    Riverside meeting, and the outcome of its latest meeting (which has an overdue answer)."""
    if name == "forum-meeting":
        pages = MeetingPage.objects.filter(starts_at__gte=timezone.now()).order_by("starts_at")
    else:
        pages = ForumOutcomePage.objects.order_by("-path")
    forum = f"/{lang}/community-forums/riverside/"
    return next(
        page.url for page in pages.filter(locale__language_code=lang) if page.url.startswith(forum)
    )


# The error states: (the page, the button that sends its form with nothing filled in).
SENT_EMPTY = {
    # Registering with nothing filled in: every error at once.
    "opportunity-error": ("opportunity", "form.involve-registration-form button[type=submit]"),
    # Following a project with no email address.
    "project-follow-error": ("project", "#follow button[type=submit]"),
    # Saving the cookie settings without a choice.
    "cookies-error": ("cookies", "main button[type=submit]"),
    "register-error": ("register", "main form button[type=submit]"),
    # Voting with no email address.
    "idea-error": ("idea", "form[action$='#error-summary'] button[type=submit]"),
    "idea-suggest-error": ("idea-suggest", "main form button[type=submit]"),
    # No service chosen and nothing said about how it went.
    "feedback-error": ("feedback", "main form button[type=submit]"),
}


def show(page, live_site, name, lang):
    """Opens page type `name` in `lang` in the tab `page`, in the state its name says (a form
    with errors, a closed opportunity, a private link)."""
    if name in SENT_EMPTY:
        # A form sent with what it needs left out: its error state.
        shown, submit = SENT_EMPTY[name]
        page.goto(live_site + PAGES[shown].format(lang=lang))
        page.click(submit)
        expect(page.locator(".nhsuk-error-summary").first).to_be_visible()
    elif name == "opportunity-closed":
        page.goto(live_site + closed_opportunity_path(lang))
        # Closed: the notice, and no form to register with (in any language).
        expect(page.locator("main .nhsuk-inset-text").first).to_be_visible()
        expect(page.locator("form.involve-registration-form")).to_have_count(0)
    elif name == "opportunity-take-part":
        page.goto(live_site + PAGES[name].format(lang=lang))
        # Taken part in through its link: the link, and no form asking who you are.
        expect(page.locator("main a.nhsuk-action-link")).to_be_visible()
        expect(page.locator("form.involve-registration-form")).to_have_count(0)
    elif name in {"forum-meeting", "forum-outcome"}:
        response = page.goto(live_site + forum_path(name, lang))
        assert response.status == 200
    elif name == "idea-results":
        # The closed round's results, reached from the list as a reader would.
        page.goto(live_site + PAGES["ideas"].format(lang=lang))
        page.click("main a[href*='/results/'] >> nth=0")
        expect(page.locator("svg[role=img] >> nth=0").first).to_be_visible()
    elif name in {"format-request", "format-request-error"}:
        # Reached as a reader would: the link under a page, which names the page.
        page.goto(live_site + PAGES["content"].format(lang=lang))
        page.click("main a[href*='/ask-for-this-page/']")
        expect(page.locator("input[name=page]")).to_have_count(1)
        if name == "format-request-error":
            # Another language, without saying which: the form's error state.
            page.check("input[value=other_language]")
            page.click("main form button[type=submit]")
            expect(page.locator(".nhsuk-error-summary").first).to_be_visible()
    elif name in {"claim", "claim-error"}:
        response = page.goto(live_site + claim_path(lang, "Maria Silva"))
        assert response.status == 200
        if name == "claim-error":
            # Sent without ticking that what is claimed is true: the form's error state.
            page.click("main form button[type=submit]")
            expect(page.locator(".nhsuk-error-summary").first).to_be_visible()
    elif name == "claim-year":
        response = page.goto(live_site + claim_path(lang, "Daniel Okafor", "year/"))
        assert response.status == 200
    elif name in REGISTER_LINKS:
        response = page.goto(live_site + register_link_path(lang, *REGISTER_LINKS[name]))
        assert response.status == 200
    else:
        response = page.goto(live_site + PAGES[name].format(lang=lang))
        assert response.status == (404 if name in NOT_FOUND else 200)
