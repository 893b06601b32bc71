"""Where themes' items come from: one small adapter per source, each giving `Item`s (a
stable key, the words, their language, the service id, the date). A new source is one
function added to `SOURCES`."""

from dataclasses import dataclass

from ..feedback.models import ServiceFeedback
from ..ideas.models import ModerationDecision, ModerationReason, Suggestion
from ..outcomes.models import OutcomePoint


@dataclass(frozen=True)
class Item:
    key: str
    source: str
    text: str
    language: str
    service_id: int | None
    date: object  # datetime.date or None
    # False for words that mention crisis or self-harm: they count in a theme, but a theme
    # never shows them as an example quote.
    quotable: bool = True


def forum_points():
    rows = OutcomePoint.objects.published().values_list(
        "pk", "theme", "what_was_said", "page__first_published_at"
    )
    for pk, theme, said, published in rows:
        yield Item(
            f"point:{pk}", "point", f"{theme}. {said}", "en", None, published and published.date()
        )


def suggestions():
    """Suggested ideas, leaving out those passed to safeguarding or abusive: their words
    are not for quoting."""
    rows = (
        Suggestion.objects.exclude(crisis_flag=True)
        .exclude(decision=ModerationDecision.SAFEGUARDING)
        .exclude(reason=ModerationReason.ABUSIVE)
        .values_list("pk", "title", "what", "language", "service_id", "submitted_at")
    )
    for pk, title, what, language, service_id, submitted in rows:
        text = ". ".join(part.strip() for part in (title, what) if part.strip())
        yield Item(f"suggestion:{pk}", "suggestion", text, language, service_id, submitted.date())


def feedback():
    """Service feedback; what mentions crisis or self-harm is themed but never quoted."""
    rows = ServiceFeedback.objects.for_themes().values_list(
        "pk",
        "experience",
        "improvement",
        "language",
        "service_id",
        "created_at",
        "mentions_crisis",
    )
    for pk, experience, improvement, language, service_id, created, crisis in rows:
        text = f"{experience} {improvement}".strip()
        yield Item(
            f"feedback:{pk}",
            "feedback",
            text,
            language,
            service_id,
            created.date(),
            quotable=not crisis,
        )


SOURCES = [forum_points, suggestions, feedback]


def all_items():
    return [item for source in SOURCES for item in source() if item.text.strip()]


def texts_for(keys):
    """{key: text} for these item keys: what staff read when they split a theme. One query
    per source."""
    wanted = {}
    for key in keys:
        source, _colon, pk = key.partition(":")
        wanted.setdefault(source, set()).add(int(pk))
    found = {}
    if wanted.get("point"):
        for pk, theme, said in OutcomePoint.objects.filter(pk__in=wanted["point"]).values_list(
            "pk", "theme", "what_was_said"
        ):
            found[f"point:{pk}"] = f"{theme}. {said}"
    if wanted.get("suggestion"):
        for pk, title, what in Suggestion.objects.filter(pk__in=wanted["suggestion"]).values_list(
            "pk", "title", "what"
        ):
            found[f"suggestion:{pk}"] = ". ".join(p for p in (title, what) if p)
    if wanted.get("feedback"):
        for pk, experience, improvement in ServiceFeedback.objects.filter(
            pk__in=wanted["feedback"]
        ).values_list("pk", "experience", "improvement"):
            found[f"feedback:{pk}"] = f"{experience} {improvement}".strip()
    return found
