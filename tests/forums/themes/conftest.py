import uuid

import pytest

from forums.ideas.models import Suggestion
from tests.forums.ideas.factories import IdeaIndexPageFactory

from .texts import SUBJECTS


@pytest.fixture
def said(home_page):
    """The fixed multilingual set as suggestions: {subject: [Suggestion, ...]}."""
    index = IdeaIndexPageFactory(parent=home_page)
    return {
        subject: [
            Suggestion.objects.create(
                index=index,
                title="",
                what=text,
                language=language,
                submission_key=uuid.uuid4(),
            )
            for language, text in texts
        ]
        for subject, texts in SUBJECTS.items()
    }


def key(suggestion):
    return f"suggestion:{suggestion.pk}"
