import factory
import wagtail_factories

from glossary.models import (
    GlossaryPage,
    GlossaryTerm,
    PlainerWord,
    SelfAssessmentPage,
    ToolkitIndexPage,
    ToolkitPage,
)
from tests.home.factories import LocaleFactory


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    definition = factory.LazyAttribute(lambda term: f"What {term.name} means, in plain words.")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = GlossaryTerm


class PlainerWordFactory(factory.django.DjangoModelFactory):
    word = "utilise"
    alternative = "use"
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = PlainerWord


class GlossaryPageFactory(wagtail_factories.PageFactory):
    title = "Glossary"
    slug = "glossary"
    summary = "Words we use, explained."

    class Meta:
        model = GlossaryPage


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Toolkits"
    slug = "toolkits"

    class Meta:
        model = ToolkitIndexPage


class ToolkitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Toolkit {n}")
    summary = "How to do something well."
    body = factory.LazyFunction(
        lambda: [
            {
                "type": "steps",
                "value": {
                    "heading": "Steps",
                    "steps": [
                        {"title": "Plan", "body": "<p>Plan it with people.</p>"},
                        {"title": "Do", "body": "<p>Do it together.</p>"},
                    ],
                },
            },
            {
                "type": "checklist",
                "value": {
                    "heading": "Before you start",
                    "introduction": "",
                    "items": ["<p>Book a room with step-free access.</p>"],
                },
            },
            {
                "type": "resources",
                "value": {
                    "heading": "Resources",
                    "resources": [
                        {
                            "title": "A guide",
                            "document": None,
                            "url": "https://example.org/guide",
                            "description": "A longer guide.",
                        }
                    ],
                },
            },
        ]
    )

    class Meta:
        model = ToolkitPage


def assessment_sections():
    levels = {f"level_{n}": f"Level {n} looks like this." for n in range(4)}
    return [
        {
            "type": "section",
            "value": {
                "heading": "Design",
                "question": "Do people help design the service?",
                "levels": levels,
                "statements": ["On a working group?", "At a workshop?"],
            },
        },
        {
            "type": "section",
            "value": {
                "heading": "Support",
                "question": "Do people get support?",
                "levels": levels,
                "statements": ["A named person?", "A peer network?", "Training?"],
            },
        },
    ]


class SelfAssessmentPageFactory(wagtail_factories.PageFactory):
    title = "Check how well you involve people"
    slug = "self-assessment"
    sections = factory.LazyFunction(assessment_sections)

    class Meta:
        model = SelfAssessmentPage
