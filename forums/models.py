"""Imports each feature's models and page types, so that Django registers them under the
`forums` app label. Nothing is defined here; see each package's docstring."""

from .feedback.models import ServiceFeedback  # noqa: F401
from .feedback.pages import FeedbackPage  # noqa: F401
from .ideas.index import IdeaIndexPage  # noqa: F401
from .ideas.models import (  # noqa: F401
    IdeaFollower,
    IdeaSettings,
    IdeaStatusChange,
    StatusEmail,
    Suggestion,
    VotingRound,
)
from .ideas.pages import IdeaPage  # noqa: F401
from .ideas.votes import CodeBatch, EmailVoteRequest, Vote, VotingCode  # noqa: F401
from .meetings.models import ForumSettings, MeetingFormat, MeetingReminder  # noqa: F401
from .meetings.pages import (  # noqa: F401
    DevelopmentGroupPapersPage,
    ForumIndexPage,
    ForumPage,
    MeetingPage,
    NewsletterPage,
)
from .outcomes.models import OutcomePoint, PointStatus  # noqa: F401
from .outcomes.pages import ForumOutcomePage  # noqa: F401
from .projects.index import ProjectIndexPage  # noqa: F401
from .projects.models import (  # noqa: F401
    ProjectAction,
    ProjectChallenge,
    ProjectFollower,
    ProjectQuote,
    ProjectUpdateSend,
)
from .projects.pages import ProjectPage, ProjectUpdatePage  # noqa: F401
from .taxonomy import Service  # noqa: F401
from .themes.models import (  # noqa: F401
    ItemEmbedding,
    Theme,
    ThemeMembership,
    ThemeRun,
    ThemeSize,
)
from .told_us.pages import ThemeAnswer, WhatYouToldUsPage  # noqa: F401
