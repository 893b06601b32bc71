"""The public side of improvement ideas: the list, one idea and its vote, suggesting an idea,
confirming an email vote and the results of a round. Every form posts, then redirects."""

import uuid

from django.contrib import messages
from django.core import signing
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from home.ratelimit import over_limit
from opportunities.forms import recaptcha_enabled

from .idea_charts import bar_chart
from .idea_forms import CodeVoteForm, EmailVoteForm, IdeaFilterForm, OpenVoteForm, SuggestionForm
from .ideas import (
    EmailVoteRequest,
    IdeaFollower,
    IdeaPage,
    Suggestion,
    Vote,
    VoteMode,
    VotingCode,
    keyed_hash,
    mentions_crisis,
    network_hash,
    reads_as_complaint,
    vote_counts,
)

VOTER_COOKIE = "involve_voter"
VOTER_COOKIE_SALT = "involve.ideas.voter"
THANKS_SALT = "involve.ideas.suggestion"
# Generous for a person, tight for a robot.
VOTES_PER_ADDRESS = 30
SUGGESTIONS_PER_ADDRESS = 6
RATE_WINDOW_SECONDS = 60 * 60


class VoteResult:
    COUNTED = "counted"
    ALREADY = "already"
    NO_VOTES_LEFT = "no_votes_left"


def source_ids(ideas):
    """{translation key: id of the idea in the default language}, in one query: votes belong to
    the idea in the default language, whatever language it is read in."""
    keys = [idea.translation_key for idea in ideas]
    return dict(
        IdeaPage.objects.filter(translation_key__in=keys, locale=Locale.get_default()).values_list(
            "translation_key", "pk"
        )
    )


def attach_counts(ideas):
    """Set `.vote_total` on each idea: two queries, whatever the number of ideas."""
    ids = source_ids(ideas)
    counts = vote_counts(ids.values())
    for idea in ideas:
        idea.vote_total = counts.get(ids.get(idea.translation_key), 0)
    return ideas


def attach_theme_names(ideas):
    """Set `.theme_name` on each idea, in the reader's language where the theme has been
    translated: one query, whatever the number of ideas."""
    from opportunities.models import Topic

    keys = {idea.theme.translation_key for idea in ideas if idea.theme}
    names = dict(
        Topic.objects.filter(translation_key__in=keys, locale=Locale.get_active()).values_list(
            "translation_key", "name"
        )
    )
    for idea in ideas:
        idea.theme_name = (
            names.get(idea.theme.translation_key, idea.theme.name) if idea.theme else ""
        )
    return ideas


def index_context(request, index_page):
    """The open ideas (filtered and sorted), the round, and the past rounds."""
    current = index_page.current_round()
    totals_shown = current is None or current.totals_shown
    form = IdeaFilterForm(request.GET or None, allow_vote_sort=totals_shown)
    ideas = index_page.ideas().select_related("theme")
    if current is not None:
        ideas = ideas.filter(voting_round_id=current.pk)
    else:
        ideas = ideas.none()
    ideas = attach_theme_names(
        attach_counts(list(form.filter(ideas).order_by("-first_published_at", "-pk")))
    )
    if form.chosen_sort == "votes" and totals_shown:
        ideas.sort(key=lambda idea: -idea.vote_total)
    query = request.GET.copy()
    return {
        "current_round": current,
        "totals_shown": totals_shown,
        "filter_form": form,
        "open_ideas": ideas,
        "past_rounds": list(index_page.past_rounds()),
        "filter_query": query.urlencode(),
    }


@never_cache
def idea_detail(request, idea):
    """The idea, and the vote form for its round's way of voting."""
    voting_round = idea.voting_round
    can_vote = voting_round is not None and voting_round.is_open
    form = None
    status = 200
    if can_vote:
        form_class = {
            VoteMode.EMAIL: EmailVoteForm,
            VoteMode.CODE: CodeVoteForm,
            VoteMode.OPEN: OpenVoteForm,
        }[voting_round.mode]
        kwargs = (
            {"use_recaptcha": recaptcha_enabled(request)} if form_class is OpenVoteForm else {}
        )
        if request.method == "POST":
            form = form_class(request.POST, **kwargs)
            if over_limit(request, "idea-vote", VOTES_PER_ADDRESS, RATE_WINDOW_SECONDS):
                form.is_valid()
                form.add_error(
                    None, _("You have voted a lot in a short time. Please wait an hour.")
                )
                status = 429
            else:
                response = (
                    _take_vote(request, idea, voting_round, form) if form.is_valid() else None
                )
                if response is not None:
                    return response
                status = 400
        else:
            form = form_class(**kwargs)
    context = {
        "page": idea,
        "self": idea,
        "vote_form": form,
        "can_vote": can_vote,
        "voting_round": voting_round,
        "totals_shown": voting_round is None or voting_round.totals_shown,
        "vote_count": idea.vote_count(),
        "history": sorted(
            idea.status_changes.all(), key=lambda c: (c.changed_on, c.sort_order or 0)
        ),
        "forum_points": idea.forum_points(),
        "already_voted": _has_browser_vote(request, idea) if can_vote else False,
    }
    return TemplateResponse(request, "forums/ideas/idea_page.html", context, status=status)


def _take_vote(request, idea, voting_round, form):
    """Count the vote, or start it (email). A redirect when done; None with a form error."""
    source = idea.source_idea
    if voting_round.mode == VoteMode.EMAIL:
        vote_request = EmailVoteRequest.start(
            source,
            form.cleaned_data["email"],
            form.cleaned_data["wants_updates"],
            request.LANGUAGE_CODE,
        )
        from .idea_tasks import send_vote_link

        transaction.on_commit(lambda: send_vote_link.enqueue(vote_request.pk))
        messages.success(
            request,
            _("Nearly done. Check your email and click the link. Your vote counts when you do."),
        )
        return redirect(idea.url + "#vote")

    if voting_round.mode == VoteMode.CODE:
        code = VotingCode.find(form.cleaned_data["code"], voting_round)
        if code is None:
            form.add_error(
                "code",
                _("We do not recognise that code for this round. Check it and try again."),
            )
            return None
        result = cast_code_vote(source, voting_round, code, network_hash(request))
        if result == VoteResult.NO_VOTES_LEFT:
            form.add_error("code", _("This code has no votes left."))
            return None
        if result == VoteResult.ALREADY:
            form.add_error("code", _("This code has already voted for this idea."))
            return None
        messages.success(request, _("Thank you. Your vote has been counted."))
        return redirect(idea.url + "#vote")

    browser_id = _browser_id(request) or uuid.uuid4().hex
    result = cast_vote(
        source, voting_round, VoteMode.OPEN, f"browser:{browser_id}", network_hash(request)
    )
    if result == VoteResult.ALREADY:
        messages.info(request, _("This browser has already voted for this idea."))
    else:
        messages.success(request, _("Thank you. Your vote has been counted."))
    response = redirect(idea.url + "#vote")
    response.set_signed_cookie(
        VOTER_COOKIE,
        browser_id,
        salt=VOTER_COOKIE_SALT,
        max_age=60 * 60 * 24 * 365,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )
    return response


def _browser_id(request):
    return request.get_signed_cookie(VOTER_COOKIE, default=None, salt=VOTER_COOKIE_SALT)


def _has_browser_vote(request, idea):
    browser_id = _browser_id(request)
    if not browser_id or idea.voting_round.mode != VoteMode.OPEN:
        return False
    return Vote.objects.filter(
        idea_id=idea.source_idea.pk, voter_key=f"browser:{browser_id}"
    ).exists()


def cast_vote(idea, voting_round, mode, voter_key, network=""):
    """Store one vote. The unique key decides, whatever the timing: a second vote by the same
    voter on the same idea fails in the database, and we say so."""
    try:
        with transaction.atomic():
            Vote.objects.create(
                idea=idea,
                voting_round=voting_round,
                mode=mode,
                voter_key=voter_key,
                network_hash=network,
            )
    except IntegrityError:
        return VoteResult.ALREADY
    return VoteResult.COUNTED


def cast_code_vote(idea, voting_round, code, network=""):
    """One of the code's votes, for this idea: the code's row is locked while its votes are
    counted down, so two people sharing a code cannot spend the same vote twice."""
    with transaction.atomic():
        locked = VotingCode.objects.select_for_update().get(pk=code.pk)
        if locked.votes_left < 1:
            return VoteResult.NO_VOTES_LEFT
        result = cast_vote(idea, voting_round, VoteMode.CODE, f"code:{locked.pk}", network)
        if result == VoteResult.COUNTED:
            locked.votes_left -= 1
            locked.save(update_fields=["votes_left"])
        return result


@never_cache
def confirm_email_vote(request, index_page, token):
    """The link in a vote email. GET shows a button (mail scanners follow links); POST counts
    the vote, once. The address is wiped as the vote is stored: only its keyed hash stays."""
    vote_request = (
        EmailVoteRequest.objects.filter(token_hash=EmailVoteRequest.hash_token(token))
        .select_related("idea", "idea__voting_round")
        .first()
    )
    state = "ready"
    if vote_request is None:
        state = "invalid"
    elif vote_request.used_at is not None:
        state = "used"
    elif vote_request.is_expired:
        state = "expired"
    elif vote_request.idea.voting_round is None or not vote_request.idea.voting_round.is_open:
        state = "closed"
    if state == "ready" and request.method == "POST":
        state = _confirm(vote_request, network_hash(request))
    idea = vote_request.idea if vote_request else None
    if idea is not None:
        idea = (
            IdeaPage.objects.filter(
                translation_key=idea.translation_key, locale=Locale.get_active()
            ).first()
            or idea
        )
    return TemplateResponse(
        request,
        "forums/ideas/confirm_vote.html",
        {"page": index_page, "self": index_page, "state": state, "idea": idea},
        status=404 if state == "invalid" else 200,
    )


def _confirm(vote_request, network):
    with transaction.atomic():
        email = vote_request.email
        taken = EmailVoteRequest.objects.filter(pk=vote_request.pk, used_at=None).update(
            used_at=timezone.now(), email=""
        )
        if not taken:
            return "used"
        idea = vote_request.idea
        result = cast_vote(
            idea, idea.voting_round, VoteMode.EMAIL, "email:" + keyed_hash("email", email), network
        )
        if vote_request.wants_updates:
            IdeaFollower.follow(idea, email, vote_request.language)
    return "counted" if result == VoteResult.COUNTED else "already"


@never_cache
def suggest(request, index_page):
    use_recaptcha = recaptcha_enabled(request)
    status = 200
    if request.method == "POST":
        form = SuggestionForm(request.POST, use_recaptcha=use_recaptcha)
        if form.is_spam:
            return redirect(index_page.url + "suggest/thanks/")
        if over_limit(request, "idea-suggest", SUGGESTIONS_PER_ADDRESS, RATE_WINDOW_SECONDS):
            form.is_valid()
            form.add_error(
                None, _("You have sent a lot of ideas in a short time. Please wait an hour.")
            )
            status = 429
        elif form.is_valid():
            suggestion = save_suggestion(form, index_page, request.LANGUAGE_CODE)
            ref = signing.dumps(suggestion.pk, salt=THANKS_SALT)
            return redirect(f"{index_page.url}suggest/thanks/?ref={ref}")
    else:
        form = SuggestionForm(
            initial={"submission_key": uuid.uuid4()}, use_recaptcha=use_recaptcha
        )
    return TemplateResponse(
        request,
        "forums/ideas/suggest.html",
        {"page": index_page, "self": index_page, "form": form},
        status=status,
    )


def save_suggestion(form, index_page, language):
    """Save once (a double click finds the first by its submission key); a suggestion that
    mentions crisis or self-harm goes to the safeguarding contact at once."""
    from .idea_tasks import tell_safeguarding

    data = form.cleaned_data
    text = f"{data['title']}\n{data['what']}"
    suggestion, created = Suggestion.objects.get_or_create(
        submission_key=data["submission_key"],
        defaults={
            "index": index_page.source_index,
            "title": data["title"],
            "what": data["what"],
            "service": data["service"],
            "email": data["email"],
            "wants_updates": data["wants_updates"],
            "language": language,
            "crisis_flag": mentions_crisis(text),
            "complaint_flag": reads_as_complaint(text),
        },
    )
    if created and suggestion.crisis_flag:
        transaction.on_commit(lambda: tell_safeguarding.enqueue(suggestion.pk))
    return suggestion


@never_cache
def suggest_thanks(request, index_page):
    suggestion = None
    try:
        pk = signing.loads(request.GET.get("ref", ""), salt=THANKS_SALT, max_age=60 * 60 * 24)
        suggestion = Suggestion.objects.filter(pk=pk).first()
    except signing.BadSignature:
        pass
    from .ideas import IdeaSettings

    return TemplateResponse(
        request,
        "forums/ideas/suggest_thanks.html",
        {
            "page": index_page,
            "self": index_page,
            "suggestion": suggestion,
            "idea_settings": IdeaSettings.read(index_page.get_site()),
        },
    )


def results(request, index_page, round_id):
    """A round's votes, by idea and by theme: a chart drawn on the server and the same numbers
    in a table. Hidden until the round closes when the round hides its totals."""
    voting_round = index_page.source_index.rounds.filter(pk=round_id).first()
    if voting_round is None:
        raise Http404
    ideas = []
    if voting_round.totals_shown:
        ideas = attach_theme_names(
            attach_counts(
                list(
                    index_page.ideas()
                    .filter(voting_round_id=voting_round.pk)
                    .select_related("theme")
                    .order_by("title")
                )
            )
        )
        ideas.sort(key=lambda idea: -idea.vote_total)
    themes = {}
    for idea in ideas:
        name = idea.theme_name or _("No theme")
        themes[name] = themes.get(name, 0) + idea.vote_total
    by_theme = sorted(themes.items(), key=lambda item: -item[1])
    rtl = request.LANGUAGE_CODE in {"ur", "ar", "fa", "he"}
    total = sum(idea.vote_total for idea in ideas)
    return TemplateResponse(
        request,
        "forums/ideas/results.html",
        {
            "page": index_page,
            "self": index_page,
            "voting_round": voting_round,
            "ideas": ideas,
            "by_theme": by_theme,
            "total": total,
            "idea_chart": bar_chart(
                [(idea.title, idea.vote_total) for idea in ideas[:15]],
                title=_("Votes for each idea"),
                description=_("A bar for each of the %(count)s ideas with the most votes.")
                % {"count": min(len(ideas), 15)},
                rtl=rtl,
            ),
            "theme_chart": bar_chart(
                by_theme,
                title=_("Votes for each theme"),
                description=_("A bar for each theme, with its total votes."),
                rtl=rtl,
            ),
        },
    )


@never_cache
def stop_emails(request, index_page, token):
    """The link in every status email: GET asks, POST deletes the address."""
    follower = IdeaFollower.from_stop_token(token)
    state = "ready" if follower else "gone"
    if follower and request.method == "POST":
        follower.delete()
        state = "stopped"
    return TemplateResponse(
        request,
        "forums/ideas/stop.html",
        {"page": index_page, "self": index_page, "state": state, "follower": follower},
    )
