"""The glossary in the Wagtail admin: its snippets, and the plain-English checks added to
Wagtail's content checker. Imports checks and terms of this app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .checks import PlainEnglishCheckerItem
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


@hooks.register("construct_wagtail_userbar")
def add_plain_english_checks(request, items, page):
    """Wagtail's content checker (the editor's Checks panel and the userbar), with our
    plain-English checks added to its own."""
    items[:] = [
        PlainEnglishCheckerItem(in_editor=getattr(item, "in_editor", False), page=page)
        if isinstance(item, ContentCheckerItem)
        else item
        for item in items
    ]
