import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from forums.projects.index import ProjectIndexPage
from forums.projects.models import ProjectAction, ProjectChallenge, ProjectQuote
from forums.projects.pages import ProjectPage, ProjectUpdatePage
from forums.taxonomy import Service


def day(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "You said, we are doing"
    slug = "you-said-we-are-doing"

    class Meta:
        model = ProjectIndexPage


class ServiceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Service


def action(**fields):
    values = {
        "action": "Write a carers pack",
        "what_should_change": "Carers know their rights.",
        "how_we_will_know": "We ask new carers.",
        "lead_role": "Carers lead",
        "target_date": day(30),
        "status": "under_way",
    }
    values.update(fields)
    return ProjectAction(**values)


def make_project(index, actions=None, challenges=None, quotes=None, themes=None, **fields):
    """A live project under `index`, saved as an editor would: a revision, published."""
    values = {
        "title": "Carers pack",
        "slug": "carers-pack",
        "summary": "A pack for carers.",
        "you_said": "<p>Carers get too little information.</p>",
        "stage": "doing",
        "planned_level": "consulting",
    }
    values.update(fields)
    project = ProjectPage(**values)
    project.actions = actions if actions is not None else [action()]
    project.challenges = challenges or []
    project.quotes = quotes or []
    if themes:
        project.themes = themes
    index.add_child(instance=project)
    project.save_revision().publish()
    project.refresh_from_db()
    return project


def challenge(**fields):
    values = {"what": "No money yet.", "since": day(-5), "what_we_are_doing": "Asking the board."}
    values.update(fields)
    return ProjectChallenge(**values)


def quote(**fields):
    values = {"quote": "Nobody told me.", "said_by": "A carer", "agreed": True}
    values.update(fields)
    return ProjectQuote(**values)


class ProjectUpdatePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Update {n}")
    slug = factory.Sequence(lambda n: f"update-{n}")
    summary = "What has happened."
    written_by = "Carers lead"
    body = "<p>We printed the pack.</p>"
    published_on = factory.Sequence(lambda n: day(-n))

    class Meta:
        model = ProjectUpdatePage
