import os
from contextlib import contextmanager

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from forums import demo as forums_demo
from glossary import demo as glossary_demo
from home import demo_content as demo
from home.models import ContentPage, OrganisationSettings
from home.translation import synchronise_language_trees
from opportunities import demo as opportunities_demo
from opportunities.register import demo as register_demo


def card_group(pages):
    return {
        "type": "card_group",
        "value": {
            "column": "one-half",
            "body": [
                {
                    "type": "card",
                    "value": {
                        "heading": page.title,
                        "heading_level": 3,
                        "heading_size": "",
                        "body": f"<p>{page.summary}</p>",
                        "internal_page": page.pk,
                        "url": "",
                    },
                }
                for page in pages
            ],
        },
    }


@contextmanager
def bulk_indexing():
    """The demo saves over a thousand pages (most of them aliases in the other languages).
    Indexing each for search and for Wagtail's reference index as it is saved took most of
    the time, so both wait and are rebuilt once at the end."""
    from modelsearch.index import get_indexed_models
    from modelsearch.signal_handlers import post_save_signal_handler

    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


class Command(BaseCommand):
    help = (
        "Build the demo site from the seed documents: home page, About involvement with its "
        "principles and ambitions, contact, privacy, accessibility, other formats, and the "
        "opportunities with their topics, areas and venues, with "
        "each page aliased into the other languages until it is translated. "
        "Safe to run again: it only adds what is missing and never overwrites an edit."
    )

    def handle(self, **options):
        with transaction.atomic(), bulk_indexing():
            created = self.build()
        if created:
            # Once for everything, rather than once per page as each was saved.
            with open(os.devnull, "w") as quiet:
                call_command("update_index", stdout=quiet)
                call_command("rebuild_references_index", stdout=quiet)
            self.stdout.write(f"Demo content: added {', '.join(created)}.")
        else:
            self.stdout.write("Demo content: already there, nothing changed.")

    def build(self):
        created = []
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific

        # First, so "Get involved" leads the main menu.
        get_involved = opportunities_demo.build(home, created)
        register_page = register_demo.build(home, created)
        forums_demo.build(home, created)
        about, about_is_new = self.ensure_page(home, demo.ABOUT, created, show_in_menus=True)
        principles, _new = self.ensure_page(about, demo.PRINCIPLES, created)
        ambitions, _new = self.ensure_page(about, demo.AMBITIONS, created)
        if about_is_new:
            about.body.append(("card_group", card_group([principles, ambitions])["value"]))
            about.save_revision().publish()
        contact, _new = self.ensure_page(home, demo.CONTACT, created, show_in_menus=True)
        privacy, _new = self.ensure_page(home, demo.PRIVACY, created)
        accessibility, _new = self.ensure_page(home, demo.ACCESSIBILITY, created)
        other_formats, _new = self.ensure_page(home, demo.OTHER_FORMATS, created)

        # The migration made a bare home page; fill it once, and leave an edited one alone.
        if not home.introduction:
            for field, value in demo.HOME.items():
                setattr(home, field, value)
            home.call_to_action_page = get_involved
            home.body = [card_group([get_involved, register_page, about, contact, other_formats])]
            home.save_revision().publish()
            created.append("home page")

        organisation = OrganisationSettings.for_site(site)
        if not organisation.phone:
            for field, value in demo.ORGANISATION.items():
                setattr(organisation, field, value)
            organisation.contact_page = contact
            organisation.privacy_page = privacy
            organisation.accessibility_page = accessibility
            organisation.other_formats_page = other_formats
            organisation.save()
            created.append("organisation settings")

        glossary_demo.build(home, created)

        aliases_before = Page.objects.exclude(alias_of=None).count()
        synchronise_language_trees()
        aliases_added = Page.objects.exclude(alias_of=None).count() - aliases_before
        if aliases_added:
            created.append(
                f"{aliases_added} pages in the other languages, in English until translated"
            )
        return created

    def ensure_page(self, parent, content, created, show_in_menus=False):
        """The child of `parent` with the content's slug, creating and publishing it if
        missing. Returns (page, whether it was created)."""
        existing = parent.get_children().filter(slug=content["slug"]).specific().first()
        if existing:
            return existing, False
        page = ContentPage(
            title=content["title"],
            slug=content["slug"],
            summary=content["summary"],
            body=content["body"],
            show_in_menus=show_in_menus,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        created.append(f"“{page.title}”")
        return page, True
