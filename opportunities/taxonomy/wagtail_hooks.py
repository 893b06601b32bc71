"""Topics, areas and venues in the admin, as one menu of snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Area, Topic, Venue


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "site"
    list_display = ["name", "slug"]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "home"
    list_display = ["name", "step_free_access", "hearing_loop", "accessible_toilet"]


class OpportunitySnippets(SnippetViewSetGroup):
    menu_label = _("Opportunity lists")
    menu_icon = "list-ul"
    items = (TopicViewSet, AreaViewSet, VenueViewSet)


register_snippet(OpportunitySnippets)
