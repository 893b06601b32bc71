"""The glossary in the Wagtail admin: its snippets, and the list of plainer words that
every editor may open (the plain-English checks link to it). The checks themselves are in
the editor's Checks panel (templates/wagtailadmin/shared/side_panels/checks.html).

Imports terms and views of this app.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import views
from .models import GlossaryTerm, PlainerWord


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    list_display = ["name", "definition", "abbreviations"]
    search_fields = ["name", "definition", "other_forms", "abbreviations"]


class PlainerWordViewSet(SnippetViewSet):
    model = PlainerWord
    icon = "edit"
    list_display = ["word", "alternative"]


class GlossarySnippets(SnippetViewSetGroup):
    menu_label = _("Glossary")
    menu_icon = "help"
    items = (GlossaryTermViewSet, PlainerWordViewSet)


register_snippet(GlossarySnippets)


@hooks.register("register_admin_urls")
def register_plainer_words_url():
    # Any account that reaches the admin may open it: Wagtail checks admin access.
    return [path("plainer-words/", views.plainer_words, name="glossary_plainer_words")]
