import importlib
import importlib.util
import os
from contextlib import contextmanager

from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.demo_translations import translate_demo
from home.management.demo_commands import DemoCommand
from home.translation import synchronise_language_trees

# The main menu lists the pages under the home page in the order they were made, and the home
# page links to pages the other apps make. So these apps' demos run first, in this order:
# the opportunities ("Get involved" leads the menu, then the register), the forums (the
# forums, projects and ideas), home's own pages and the home page, then the glossary and
# toolkits. Any other app with a `demo` module follows, in INSTALLED_APPS order.
DEMO_ORDER = ["opportunities", "forums", "home", "glossary"]


def demo_modules():
    """Each installed app's `demo` module (`<app>/demo.py`), in DEMO_ORDER, then in
    INSTALLED_APPS order. Each has `build(home, created)`: it adds what is missing under the
    home page and appends a line for each thing it added to `created`."""
    configs = list(apps.get_app_configs())
    position = {config.label: number for number, config in enumerate(configs)}
    ranked = sorted(
        configs,
        key=lambda config: (
            DEMO_ORDER.index(config.label) if config.label in DEMO_ORDER else len(DEMO_ORDER),
            position[config.label],
        ),
    )
    return [
        importlib.import_module(f"{config.name}.demo")
        for config in ranked
        if importlib.util.find_spec(f"{config.name}.demo") is not None
    ]


@contextmanager
def bulk_indexing():
    """The demo saves over a thousand pages (most of them aliases in the other languages).
    Indexing each for search and for Wagtail's reference index as it is saved took most of
    the time, so both wait and are rebuilt once at the end."""
    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


class Command(DemoCommand):
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

        for module in demo_modules():
            module.build(home, created)

        aliases_before = Page.objects.exclude(alias_of=None).count()
        synchronise_language_trees()
        aliases_added = Page.objects.exclude(alias_of=None).count() - aliases_before
        if aliases_added:
            created.append(
                f"{aliases_added} pages in the other languages, in English until translated"
            )
        # Then the pages and snippets people translated (each app's demo/translations/).
        translate_demo(home, created)
        return created
